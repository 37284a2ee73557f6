import { emergencyLine } from '../lines';
import { crisis, dcfsHotline, line988, traffickingHotline } from './entry';

/** Reporting, the trafficking hotline's limits, and talking with a youth (crisis reference d–f). */
export const reportAbuse = crisis({
  id: 'crisis-report-abuse',
  title: 'You suspect abuse or exploitation: make a report (DCFS Child Protection Hotline)',
  part: '(d) Suspected abuse or exploitation — are CASA volunteers mandated reporters?',
  urls: [
    'https://policy.dcfs.lacounty.gov/Policy?id=5744',
    'https://childusa.org/law/california/california-mandatory-reporting-laws/',
    'https://www.keanelaw.com/faqs/what-type-of-professional-occupations-are-regarded-as-mandated-reporters-for-suspected-child-abu.cfm',
    'https://casaofsantacruz.org/for-advocates/continuing-education/mandated-reporter.html',
    'https://speakupnow.org/?p=9404',
    'https://www.littleleague.org/player-safety/child-protection-program/state-specific-information-child-abuse/',
    'http://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=200920100AB886',
    'https://legalclarity.org/who-is-a-mandated-reporter-under-ca-penal-code-11165-7',
    'http://www.leginfo.ca.gov/pub/11-12/bill/asm/ab_1401-1450/ab_1435_bill_20120321_amended_asm_v96.html',
    'https://legiscan.com/CA/text/AB1001/2015',
    'https://policy.dcfs.lacounty.gov/Policy?id=5792',
    'https://policy.dcfs.lacounty.gov/Policy?id=6149',
    'https://mandreptla.org/cars.web/Info/VerbalReport',
    'https://mandreptla.org/cars.web/Info/ResCaresFAQ',
    'https://mandreptla.org/cars.web/Info/AboutHotline',
    'https://childhelphotline.org/how-it-works',
    'https://sfcasa.org/csec',
  ],
  body:
    'Treat yourself as a mandated reporter, and confirm it with your CASA supervisor: summaries of California law list ' +
    'volunteers of a CASA program among mandated reporters, and California CASA programs train their volunteers as such. ' +
    'The standard is reasonable suspicion, not proof. LA DCFS treats commercial sexual exploitation of a child as child ' +
    'abuse that must be reported to its Child Protection Hotline, which takes calls 24/7 from anyone. It will ask for the ' +
    "child's name and age, where the child is, what you saw or heard and when, whether the child is injured, and whether " +
    'the person causing harm has access to the child. Childhelp is not a reporting line.',
  steps: [
    'If there is danger now, call 911.',
    'Call the DCFS Child Protection Hotline and make the report yourself. Write down the referral number and the outcome.',
    "Tell your CASA supervisor and the youth's CSW the same day: as well as your own call, not instead of it.",
    'Ask your CASA supervisor about the written follow-up: which form, and by when (summaries of California law give 36 hours).',
    "Don't investigate or question the youth for details. If they tell you something, write down their own words and what you observed.",
    'Keep it confidential: share only with those who need to know, and never put CSEC status in a court report unless DCFS or the court has confirmed it.',
  ],
  lines: [dcfsHotline, emergencyLine],
  synonyms: [
    'report',
    'how to report',
    'report abuse',
    'make a report',
    'mandated reporter',
    'mandatory reporter',
    'mandated report',
    'suspect abuse',
    'suspected abuse',
    'suspect exploitation',
    'suspect trafficking',
    'abuse',
    'neglect',
    'written follow-up',
    'disclosed',
    'disclosure',
    'she told me',
    'he told me',
  ],
  related: [
    'term-referral',
    'term-dcfs',
    'term-csw',
    'term-csec',
    'confidentiality-csec-status-court',
    'hotline-childhelp',
    'crisis-trafficking-hotline',
  ],
});

export const traffickingHotlineLimits = crisis({
  id: 'crisis-trafficking-hotline',
  title: "What the National Human Trafficking Hotline will and won't do",
  part: "(e) The National Human Trafficking Hotline — what it will and won't do",
  urls: [
    'https://humantraffickinghotline.org/our-approach',
    'https://humantraffickinghotline.org/faqs/hotline-faqs',
    'http://humantraffickinghotline.org/es/misi%C3%B3n',
    'https://acf.gov/blog/2025/05/one-call-can-change-everything-supporting-survivors-through-national-human-trafficking',
    'https://user-23310503727.cld.bz/Building-a-Trauma-Informed-System-of-Care-Toolkit/92',
    'https://www.littleleague.org/player-safety/child-protection-program/state-specific-information-child-abuse/',
  ],
  body:
    'The Hotline is not a government agency, police or immigration authority: Polaris runs it, with funding from HHS and ' +
    'other donors. It answers 24/7, in English, Spanish and more than 200 languages by interpreter. It keeps names and ' +
    'identifying details private unless the caller agrees or the law requires sharing, and tips can be anonymous. For ' +
    'adults, it asks for clear consent before reporting for them. But if it suspects a child is being abused, or thinks ' +
    'someone is about to be harmed, it contacts the proper authorities right away. Which authority it contacts in Los ' +
    'Angeles County: ask your CASA supervisor.',
  steps: [
    'Use it for questions about trafficking, for guidance and referrals, or when a youth wants to talk to someone.',
    "Before suggesting it to a youth, say honestly that a call or text about a minor may lead the Hotline to alert authorities, even without the youth's consent.",
    'If you suspect abuse or exploitation, also make your own report to the DCFS Child Protection Hotline: the Hotline is not one of the agencies California names for mandated reports.',
  ],
  lines: [traffickingHotline, dcfsHotline],
  synonyms: [
    'trafficking hotline',
    'polaris',
    'will they call the police',
    'will they report',
    'does it report',
    'police',
    'law enforcement',
    'immigration',
    'confidential',
    'anonymous',
    'consent',
    'talk to someone',
    'questions about trafficking',
  ],
  related: ['hotline-human-trafficking', 'crisis-report-abuse', 'term-dcfs'],
});

export const talkingWithYouth = crisis({
  id: 'crisis-talking-with-youth',
  title: 'Talking with a youth in crisis (trauma-informed)',
  part: '(f) Talking with a youth in crisis — trauma-informed, from the sources',
  urls: [
    'https://activatecenter.org/resource/conversation-young-person-sex-trafficking-survivor/',
    'https://love146.org/?p=24971',
    'https://wedgwood.org/?p=14746',
    'https://www.spbh.org/how-to-bethe1to-help-in-5-steps/',
    'https://www.waterford.k12.ca.us/o/waterford-adult-education-center/article/1224497',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC8222088/table/T1',
    'https://user-23310503727.cld.bz/Building-a-Trauma-Informed-System-of-Care-Toolkit/92',
  ],
  body:
    'Before you start, ask yourself: is the youth in crisis right now? Are you somewhere they feel safe? Can you keep what ' +
    'they say appropriately private? Do you have enough rapport for sensitive questions? Are you the right person, or ' +
    'should the CSW or a therapist lead?',
  steps: [
    'Safety first: if anyone is in danger now, call 911.',
    "Be honest about limits. Don't promise to keep secrets you can't keep, especially about harm or suicide; explain who may need to know and why.",
    "Listen more than you talk. Stay calm, show you are listening, and don't judge.",
    "Don't push for the whole story or question their motives. It is not your job to investigate.",
    "Name behaviors, not the youth: no labels, no blame. A risky choice doesn't mean they deserved harm.",
    'If you are worried about suicide, ask directly and connect them to 988.',
    'Offer choices and let the youth lead where they can. Validate their feelings without condoning abuse.',
    "It's fine not to know: say you'll find out and get back to them, then do.",
    'Follow up and stay consistent. Look after yourself too: ask your supervisor for support.',
  ],
  lines: [emergencyLine, line988],
  synonyms: [
    'how to talk',
    'talking',
    'conversation',
    'disclosure',
    'she told me',
    'he told me',
    'crying',
    'panic',
    'calm down',
    'de-escalate',
    'trauma informed',
    'keep a secret',
    'secret',
    'promise',
  ],
  related: [
    'advocacy-validate-feelings',
    'approach-safety-first',
    'crisis-suicide',
    'harm-reduction-not-ready',
    'self-care-supervisor',
    'term-csw',
  ],
});
