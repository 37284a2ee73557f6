import { term } from './term';

/** Glossary terms 31–41: system and case-file words of Los Angeles County and California. */
export const systemTerms = [
  term({
    n: 31,
    id: 'term-csec',
    title: 'CSEC / CSE / CSEC-Y',
    variants: ['csec', 'cse', 'csec/y', 'cse youth', 'commercially sexually exploited child', 'dmst', 'child sex trafficking'],
    search: ['csecy', 'csey', 'commercially sexually exploited', 'sex trafficking', 'trafficking'],
    meaning:
      'Commercial sexual exploitation of children: sexual abuse of a child in exchange for anything of value (money, food, ' +
      'shelter, drugs), given to anyone. LA County now often says CSEC/Y or CSE, to include youth.',
    why: 'California law (SB 855, 2014) made clear that these children can be served by child welfare as abused children, and LA DCFS requires reports to its Child Protection Hotline.',
    note: 'Say “a youth who has experienced CSE”, not “a CSEC”. The CASA handout: don’t share CSEC status with the court unless it is confirmed.',
    urls: [
      'https://humanservices.ucdavis.edu/toolkits/csec',
      'http://calswec.berkeley.edu/toolkits/commercially-sexually-exploited-children-csec-toolkit/abcs-csec',
      'https://policy.dcfs.lacounty.gov/Policy?id=5744',
      'https://lacounty.gov/human-trafficking/',
      'https://youthlaw.org/publication/3316/',
      'https://sfcasa.org/csec',
    ],
    handout: true,
    related: ['fact-csec-definition', 'confidentiality-csec-status-court', 'crisis-report-abuse'],
  }),
  term({
    n: 32,
    id: 'term-cse-it',
    title: 'CSE-IT',
    variants: ['cse-it', 'see it', 'cse-it 2.0', 'cse-it brief', 'csec screening', 'screening tool'],
    search: ['cseit', 'cse it', 'westcoast'],
    meaning:
      'The Commercial Sexual Exploitation–Identification Tool from WestCoast Children’s Clinic in Oakland: a validated screening ' +
      'tool, built with input from more than 100 survivors and providers, that helps youth-serving providers spot signs of ' +
      'exploitation early.',
    why:
      'A CSE-IT score may appear in a file. It is not a questionnaire read to the youth and not legal proof of trafficking: it ' +
      'shows the level of concern and whether follow-up is needed. San Francisco CASA uses it; whether LA DCFS or CASA of Los ' +
      'Angeles does: ask your CASA supervisor.',
    note: 'Never read the items to a youth as an interview.',
    urls: [
      'https://westcoastcc.org/cse-it',
      'https://newmexicocasa.org/2022/06/29/cse-it-trainings/',
      'https://sfcasa.org/csec',
      'https://youthlaw.org/case/csec-action-team/',
    ],
    related: ['term-csec'],
  }),
  term({
    n: 33,
    id: 'term-mdt',
    title: 'MDT (multidisciplinary team) / First Responder Protocol',
    variants: ['mdt', 'mdt meeting', 'csec mdt', 'frp', 'first responder protocol', 'marc'],
    search: ['multidisciplinary team', 'multi-disciplinary', 'team meeting'],
    meaning:
      'A meeting of the people working with a youth (social worker, probation, advocate, health and mental health, and others) ' +
      'to plan services together. LA County’s Law Enforcement First Responder Protocol for CSEC sets out roles for law ' +
      'enforcement, DCFS, Probation, an advocacy agency, health services and an MDT, so that exploited youth are treated as ' +
      'victims, connected to supportive adults and services, and given a health evaluation within 72 hours.',
    why:
      'The CASA handout asks CASAs to take part in MDT meetings, and California’s CSEC Program (SB 855) requires participating ' +
      'counties to use a multidisciplinary team. When your youth’s MDT meets and who attends: ask your CASA supervisor.',
    note: 'The youth should have a voice in their own plan: bring what the youth told you they want, with their permission.',
    urls: [
      'https://doczz.net/doc/4165527/los-angeles-county-law-enforcement-first-responder-protocol',
      'https://youthlaw.org/los-angeles-county-receives-national-recognition-for-its-innovative-approach-to-serving-commercially-sexually-exploited-children/',
      'https://lacounty.gov/law-enforcement-first-responder-protocol-for-csec/',
      'https://youthlaw.org/laws-policy/implementation-californias-csec-program-2014',
    ],
    handout: true,
    related: ['info-mdt', 'term-csec'],
  }),
  term({
    n: 34,
    id: 'term-strtp',
    title: 'STRTP (Short-Term Residential Therapeutic Program)',
    variants: ['strtp', 'group home', 'congregate care', 'residential treatment', 'placement'],
    search: ['strtps', 'short term residential', 'grouphome', 'residential'],
    meaning:
      'California’s replacement for group homes since 1 January 2017 (AB 403): a licensed home that gives short-term, ' +
      'round-the-clock, trauma-informed care with intensive treatment, meant to help a youth move on to a family setting. Some ' +
      'have a specialized program for commercially sexually exploited youth.',
    why:
      'Studies cited by the California Evidence-Based Clearinghouse found youth in group or residential care more likely to run ' +
      'away, and recruitment has been reported inside a California youth assessment center. STRTPs serve youth with high ' +
      'mental-health needs who are assessed as needing that level of care.',
    note: 'Ask the youth how they feel in placement: feeling unsafe is a common reason youth leave.',
    urls: [
      'https://ssa.ocgov.com/adoptfoster-care-youth-services/continuum-care/short-term-residential-therapeutic-programs',
      'https://kids-alliance.org/ufaqs/existing-group-homes-converting-short-term-residential-therapeutic-programs-strtps-californias-new-residential-care-model-will-strtps-serve-population-youth-group-ho/',
      'https://calmatters.digitaldemocracy.org/bills/ca_202520260sb1109',
      'https://www.cebc4cw.org/search/topic-areas/running-away-and-awol/',
      'https://kinkonnect.org/us-fighting-sex-trafficking-is-harder-than-it-seems',
    ],
    related: ['term-awol', 'term-recruiter', 'recruitment-peers'],
  }),
  term({
    n: 35,
    id: 'term-awol',
    title: 'AWOL / runaway / missing from care',
    variants: [
      'awol',
      'went awol',
      'absent without leave',
      'absent without official leave',
      'runaway',
      'ran away',
      'missing from care',
      'absent from placement',
      'away from approved placement',
      'on the run',
      'awop',
    ],
    search: ['a.w.o.l.', 'run away', 'runaway youth', 'missing', 'left placement'],
    meaning:
      'A youth has left their placement without permission. LA DCFS policy calls it “missing or absent from care”; child-welfare ' +
      'writing and CASA programs often say AWOL.',
    why:
      'Youth who leave care face a higher risk of sexual exploitation. When a foster youth is missing, the social worker must ' +
      'report quickly, and California also requires the social worker to learn why the youth left and what happened while away.',
    note:
      'Youth often have real reasons: feeling unsafe, wanting family, needing a break. Leaving can be a way a youth takes care of ' +
      'their needs, and staying in contact is crucial. Use the handout’s “when the youth returns” questions; don’t scold.',
    urls: [
      'https://policy.dcfs.lacounty.gov/Policy?id=5926',
      'https://www.cebc4cw.org/search/topic-areas/running-away-and-awol/',
      'https://sfcasa.org/advocacy-strategies/out-of-approved-placement',
      'https://www.childwelfare.gov/resources/responding-youth-missing-foster-care-california/',
      'https://docslib.org/doc/6638488/youth-who-chronically-awol-from-foster-care-why-they-run-where-they-go-and-what-can-be-done',
    ],
    handout: true,
    related: ['crisis-missing', 'avoid-picking-up-youth', 'phrase-what-led-you-to-leave', 'term-nmd'],
  }),
  term({
    n: 36,
    id: 'term-csw',
    title: "CSW (Children's Social Worker)",
    variants: ['csw', 'dcfs social worker', 'case-carrying csw', 'er csw', 'scsw', 'my worker'],
    search: ['social worker', "children's social worker", 'childrens social worker', 'case worker', 'caseworker'],
    meaning:
      'An LA County DCFS social worker who investigates abuse reports and supervises the care and placement of children under ' +
      'the court. The “case-carrying CSW” is the youth’s assigned worker; an SCSW supervises CSWs.',
    why: 'The CSW is the first person a CASA tells about safety concerns or a missing youth, and must keep making efforts to find a missing youth.',
    note: 'Youth may have had many CSWs; don’t assume trust.',
    urls: [
      // LA DCFS's own policy first: it is the page shown as the source.
      'https://policy.dcfs.lacounty.gov/Policy?id=5926',
      'https://careersingovernment.com/job/751217/children-s-social-worker-trainee-stipend-program-dcfs-interns-only',
      'https://www.vincentwdavis.com/family-law/juvenile-dependency-process',
      'https://policy.dcfs.lacounty.gov/Policy?id=5812',
    ],
    related: ['crisis-missing', 'info-case-parties', 'term-dcfs'],
  }),
  term({
    n: 37,
    id: 'term-dcfs',
    title: 'DCFS (LA County Department of Children and Family Services)',
    variants: ['dcfs', 'cps', 'the department', 'child welfare'],
    search: ['child protective services', 'department of children and family services'],
    meaning:
      'The county agency that responds to child abuse and neglect: it takes reports through one central hotline, the Child ' +
      'Protection Hotline, and sends them to regional offices for investigation and case management.',
    why: 'DCFS runs the hotline an advocate calls to report abuse or exploitation, and it takes after-hours reports about runaway dependents.',
    urls: ['https://www.bsa.ca.gov/reports/2018-126/introduction.html', 'https://policy.dcfs.lacounty.gov/Policy?id=6149'],
    related: ['hotline-la-dcfs-child-protection', 'crisis-report-abuse', 'term-csw', 'term-referral'],
  }),
  term({
    n: 38,
    id: 'term-referral',
    title: 'Referral (DCFS hotline report)',
    variants: ['referral', 'hotline referral', 'referral number', 'immediate response', 'five-day', 'evaluated out'],
    search: ['five day'],
    meaning:
      'In DCFS language, a report to the Child Protection Hotline becomes a “referral”. The hotline gives the caller a ' +
      'preliminary outcome (for example an in-person response within 24 hours or within five business days, “evaluated out”, ' +
      'or information passed to the assigned CSW) and, for some outcomes, a referral number.',
    why: 'Write down the referral number and the outcome, and give them to your supervisor.',
    urls: ['https://mandreptla.org/cars.web/Info/VerbalReport', 'https://policy.dcfs.lacounty.gov/Policy?id=6149'],
    related: ['crisis-report-abuse', 'term-dcfs'],
  }),
  term({
    n: 39,
    id: 'term-nmd',
    title: 'NMD (nonminor dependent)',
    variants: ['nmd', 'nonminor dependent', 'extended foster care', 'ab 12'],
    search: ['non-minor dependent', 'ab12'],
    meaning: 'A young adult, 18 to 21, who stays in foster care under the court.',
    why:
      'Rules differ when an NMD goes missing: DCFS does not seek a protective custody warrant, but files a missing-person report ' +
      'if foul play is suspected. NCMEC can help with missing young adults aged 18 to 20.',
    urls: [
      'https://policy.dcfs.lacounty.gov/Policy?id=5926',
      'https://legalbeagle.com/6818362-california-runaway-laws.html',
      'https://www.slocounty.ca.gov/departments/probation/forms-documents/education-and-training-materials-documents/procedures/4-juvenile-services-procedures/placement/4-24-youth-who-are-missing-from-foster-care',
    ],
    related: ['crisis-missing', 'term-awol', 'hotline-ncmec'],
  }),
  term({
    n: 40,
    id: 'term-dependency-court',
    title: "Dependency court / Children's Court",
    variants: [
      'dependency court',
      'juvenile dependency court',
      "children's court",
      'edelman',
      'monterey park',
      'wic 300',
      'the judge',
      'court report',
    ],
    search: ['childrens court', 'juvenile court'],
    meaning:
      'The juvenile court that protects children who have been abused or neglected; it is not a criminal court. In LA County ' +
      'most hearings are at the Edmund D. Edelman Children’s Court in Monterey Park, with a courtroom in Lancaster; DCFS files ' +
      'the petitions.',
    why: 'A CASA is appointed by this court and gives it independent, factual information about the child’s best interests.',
    note: 'Court can be frightening: ask the youth what they want the judge to know.',
    urls: [
      'http://clccal.org/children_court',
      'https://docsbay.net/office-of-county-counsel-for-los-angeles',
      'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=WIC&sectionNum=102.',
      'https://www.losangelescpslawyer.com/blog/understanding-juvenile-dependency-cases-in-los-angeles-county-a-complete-guide-for-parents-and-guardians',
    ],
    related: ['confidentiality-csec-status-court', 'term-clc'],
  }),
  term({
    n: 41,
    id: 'term-clc',
    title: "CLC (Children's Law Center)",
    variants: ['clc', 'clc attorney', 'clc case manager', "minor's counsel", 'my lawyer'],
    search: ["children's law center", 'attorney', 'lawyer'],
    meaning: 'In LA County every child in dependency court gets their own lawyer, usually from the Children’s Law Center of California.',
    why: 'The CASA handout asks CASAs to connect with the CSW, the attorney and the CLC case manager. Legal questions, including about charges, go to the youth’s attorney.',
    urls: ['http://clccal.org/children_court'],
    handout: true,
    related: ['info-case-parties', 'term-dependency-court', 'term-caught-a-case'],
  }),
];
