import type { GuideEntry } from './schema';

/**
 * Hotlines and services. Numbers come from docs/sources/contacts.md (checked 2026-11-29),
 * never from memory: the handout had one wrong number and one renamed line.
 */
const CHECKED = '2026-11-29';
const CONTACTS = 'docs/sources/contacts.md';
const NATIONAL = 'National lines (in the seed)';
const ADDED = 'Added lines (not in the seed; useful to a CASA in Los Angeles County)';
/** Search words for the lines with a TTY number (content review, section F). */
const TTY_WORDS = ['tty', 'tdd', 'deaf', 'hard of hearing'];

export const nationalLines: GuideEntry[] = [
  {
    id: 'hotline-human-trafficking',
    kind: 'resource',
    title: 'National Human Trafficking Hotline',
    body:
      'Operated by Polaris. Available 24/7, confidential, and not law enforcement. Has resources ' +
      'across the country. Answers in English and Spanish, and in 200+ languages through ' +
      'interpreters. Encourage youth to memorize this number. One limit to confidentiality: if it ' +
      'suspects a child is being abused, it contacts the authorities, even without the youth’s ' +
      'consent. Say so honestly before suggesting it to a youth.',
    contact: {
      phones: [{ number: '1-888-373-7888' }],
      text: { number: '233733' },
      tty: '711',
      chatUrl: 'https://humantraffickinghotline.org',
      hours: '24/7',
      languages: 'English, Spanish and 200+ languages by interpreter',
      traits: ['confidential', 'not law enforcement'],
    },
    tags: ['hotline', 'national', 'trafficking', 'report'],
    synonyms: [
      'polaris',
      'trafficking hotline',
      // Not "report trafficking": an advocate's report goes to DCFS; this line "does not replace
      // your DCFS report" (crisis-and-reporting.md). That query opens the report steps.
      'tip line',
      'sex trafficking',
      'pimp',
      'help line',
      'crisis',
      ...TTY_WORDS,
      'spanish',
      'español',
      'interpreter',
      'language',
    ],
    source: {
      type: 'reference',
      document: CONTACTS,
      part: NATIONAL,
      url: 'https://humantraffickinghotline.org/about-us/what-we-do',
      // The limit for minors: crisis-and-reporting.md, (e) What the Hotline does with a minor.
      also: ['https://humantraffickinghotline.org/our-approach'],
      alsoIn: 'docs/sources/crisis-and-reporting.md',
      section: 'resources',
    },
    checked: CHECKED,
    hotlineRank: 1,
    related: ['crisis-trafficking-hotline'],
  },
  {
    id: 'hotline-rainn',
    kind: 'resource',
    title: 'RAINN National Sexual Assault Hotline',
    body:
      'Rape, Abuse & Incest National Network. Available 24/7 by phone and by online chat. ' + 'Encourage youth to memorize this number.',
    contact: {
      phones: [{ number: '1-800-656-4673', letters: '1-800-656-HOPE' }],
      chatUrl: 'https://rainn.org',
      hours: '24/7',
    },
    tags: ['hotline', 'national', 'sexual assault'],
    synonyms: ['rainn', 'rape', 'sexual assault', 'abuse', 'incest', 'assaulted', 'raped'],
    source: {
      type: 'reference',
      document: CONTACTS,
      part: NATIONAL,
      url: 'https://rainn.org/get-help/national-sexual-assault-hotline',
      section: 'resources',
    },
    checked: CHECKED,
    hotlineRank: 3,
  },
  {
    id: 'hotline-runaway-safeline',
    kind: 'resource',
    title: 'National Runaway Safeline',
    body: 'Available 24/7 by call or text, with chat, email and a forum on its website. ' + 'Encourage youth to memorize this number.',
    contact: {
      phones: [{ number: '1-800-786-2929', letters: '1-800-RUNAWAY' }],
      text: { number: '66008' },
      chatUrl: 'https://1800runaway.org',
      hours: '24/7',
      spanishUnconfirmed: true,
    },
    tags: ['hotline', 'national', 'runaway'],
    synonyms: ['runaway', 'ran away', 'run away', 'awol', 'left placement', 'missing', 'homeless', 'switchboard', 'runaway switchboard'],
    source: { type: 'reference', document: CONTACTS, part: NATIONAL, url: 'https://1800runaway.org/about-us/faq', section: 'resources' },
    checked: CHECKED,
    correction:
      'Older handouts call this the National Runaway Switchboard; it was renamed the National ' +
      'Runaway Safeline on 2013-01-15. The number is unchanged.',
    hotlineRank: 4,
    related: ['crisis-missing', 'term-awol'],
  },
  {
    id: 'hotline-love-is-respect',
    kind: 'resource',
    title: 'love is respect — teen dating abuse helpline',
    body:
      'Formerly the National Teen Dating Abuse Helpline. Available 24/7 by call, text and chat. ' +
      'Encourage youth to memorize this number.',
    contact: {
      phones: [{ number: '1-866-331-9474' }],
      text: { number: '22522', keyword: 'LOVEIS' },
      tty: '1-866-331-8453',
      chatUrl: 'https://loveisrespect.org',
      hours: '24/7',
      spanishUnconfirmed: true,
    },
    tags: ['hotline', 'national', 'dating abuse'],
    synonyms: [
      'dating abuse',
      'teen dating',
      'boyfriend',
      'girlfriend',
      'partner',
      'relationship',
      'loveisrespect',
      'teen dating abuse helpline',
      ...TTY_WORDS,
    ],
    source: { type: 'reference', document: CONTACTS, part: NATIONAL, url: 'https://loveisrespect.org', section: 'resources' },
    checked: CHECKED,
    correction: 'Older handouts list 1-866-331-9473; the current number is 1-866-331-9474.',
    hotlineRank: 5,
  },
];

/** Lines not in the handout, added for CASAs in Los Angeles County (contacts.md). */
export const addedLines: GuideEntry[] = [
  {
    id: 'hotline-la-dcfs-child-protection',
    kind: 'resource',
    title: 'LA County DCFS Child Protection Hotline',
    body: 'Where abuse reports go in Los Angeles County. Takes after-hours reports about runaway ' + 'DCFS dependents. Available 24/7.',
    contact: {
      phones: [
        { number: '1-800-540-4000', label: 'in California' },
        { number: '213-639-4500', label: 'outside California' },
      ],
      tty: '1-800-272-6699',
      hours: '24/7',
      spanishUnconfirmed: true,
    },
    tags: ['hotline', 'los angeles', 'report', 'dcfs'],
    synonyms: ['dcfs', 'report abuse', 'child abuse report', 'cps', 'after hours', 'runaway', 'awol', 'mandated report', ...TTY_WORDS],
    source: { type: 'reference', document: CONTACTS, part: ADDED, url: 'https://policy.dcfs.lacounty.gov', title: 'policy 0050-502.10' },
    checked: CHECKED,
    added: true,
    hotlineRank: 2,
    related: ['crisis-report-abuse', 'term-dcfs', 'term-referral'],
  },
  {
    id: 'hotline-988',
    kind: 'resource',
    title: '988 Suicide & Crisis Lifeline',
    body: 'Crisis line by call, text or chat. Replaces the old 1-800-273-8255 number.',
    contact: {
      phones: [{ number: '988' }],
      text: { number: '988' },
      chatUrl: 'https://988lifeline.org',
      // docs/sources/crisis-and-reporting.md, "Spanish" (988lifeline.org/get-help/what-to-expect).
      languages: 'English and Spanish (press 2 on a call, or text AYUDA to 988); interpreters for 250+ more languages',
      // The copied message says how to get help in Spanish, for a family that would rather.
      traits: ['in Spanish: press 2 on a call, or text AYUDA to 988'],
    },
    tags: ['hotline', 'national', 'crisis', 'mental health'],
    synonyms: ['suicide', 'suicidal', 'crisis', 'self harm', 'mental health', 'lifeline', 'emergency', 'spanish', 'español', 'ayuda'],
    source: { type: 'reference', document: CONTACTS, part: ADDED, url: 'https://988lifeline.org' },
    checked: CHECKED,
    added: true,
    hotlineRank: 6,
    related: ['crisis-suicide'],
  },
  {
    id: 'hotline-domestic-violence',
    kind: 'resource',
    title: 'National Domestic Violence Hotline',
    body: 'For partner violence. The guide notes that traffickers often act like abusive intimate partners.',
    contact: { phones: [{ number: '1-800-799-7233', letters: '1-800-799-SAFE' }] },
    tags: ['hotline', 'national', 'partner violence'],
    synonyms: ['domestic violence', 'dv', 'boyfriend', 'partner', 'abusive relationship', 'thehotline'],
    source: { type: 'reference', document: CONTACTS, part: ADDED, url: 'https://thehotline.org' },
    checked: CHECKED,
    added: true,
    hotlineRank: 7,
  },
  {
    id: 'hotline-childhelp',
    kind: 'resource',
    title: 'Childhelp National Child Abuse Hotline',
    body: 'Counseling and referrals by call or text. Not a reporting line: reports go to DCFS.',
    // Copied with it: passed on, the message must not read as the place to report (helper-72).
    contact: {
      phones: [{ number: '1-800-422-4453' }],
      text: { number: '1-800-422-4453' },
      traits: ['not a reporting line: reports go to DCFS'],
    },
    tags: ['hotline', 'national', 'child abuse', 'counseling'],
    synonyms: ['child abuse', 'counseling', 'referral', 'childhelp'],
    source: { type: 'reference', document: CONTACTS, part: ADDED, url: 'https://childhelphotline.org' },
    checked: CHECKED,
    added: true,
    hotlineRank: 8,
    related: ['crisis-report-abuse', 'term-dcfs'],
  },
  {
    id: 'hotline-ncmec',
    kind: 'resource',
    title: 'NCMEC (National Center for Missing & Exploited Children)',
    body:
      'Agencies must report a youth missing from care to NCMEC within 24 hours. That is the ' +
      "social worker's duty; the CASA informs the social worker.",
    contact: { phones: [{ number: '1-800-843-5678', letters: '1-800-THE-LOST' }], spanishUnconfirmed: true },
    tags: ['hotline', 'national', 'missing'],
    synonyms: ['missing', 'missing child', 'ran away', 'awol', 'ncmec', 'exploited', 'the lost', 'gone', 'missing from care'],
    source: { type: 'reference', document: CONTACTS, part: ADDED, url: 'https://missingkids.org' },
    checked: CHECKED,
    added: true,
    hotlineRank: 9,
    related: ['crisis-missing'],
  },
];

/** Organizations named in the handout; no primary source confirmed them (contacts.md). */
export const seedOnlyResources: GuideEntry[] = [
  {
    id: 'resource-saving-innocence',
    kind: 'resource',
    title: 'Saving Innocence',
    body: 'Los Angeles organization that advocates for CSEC youth. Advocate for a Saving Innocence ' + 'worker for the youth.',
    contact: { phones: [{ number: '323-379-4232' }], email: 'info@savinginnocence.org', spanishUnconfirmed: true },
    tags: ['los angeles', 'csec services', 'advocate'],
    synonyms: ['saving innocence worker', 'si worker', 'csec advocate', 'mentor', 'case worker'],
    source: { type: 'seed', section: 'saving-innocence' },
    verified: false,
  },
  {
    id: 'resource-clcht-call',
    kind: 'resource',
    title: 'CLCHT monthly call',
    body:
      'A forum for practitioners, experts and anyone interested in human trafficking in ' +
      'California to discuss current trafficking-related legislation in California and receive ' +
      'insight and guidance on policy advocacy. The last Friday of every month, 11 AM–12 PM ' +
      'Pacific (2–3 PM Eastern). Dial in; no PIN needed.',
    message:
      'CLCHT monthly call (last Friday of every month, 11 AM–12 PM Pacific / 2–3 PM Eastern): ' + 'dial in at 866-383-9568, no PIN needed.',
    contact: {
      phones: [{ number: '866-383-9568', label: 'dial-in, no PIN needed' }],
      hours: 'Last Friday of every month, 11 AM–12 PM Pacific (2–3 PM Eastern)',
      spanishUnconfirmed: true,
    },
    tags: ['training', 'policy', 'legislation', 'california'],
    synonyms: ['conference call', 'policy call', 'legislation', 'advocacy call', 'monthly call', 'clcht'],
    source: { type: 'seed', section: 'clcht' },
    verified: false,
    correction:
      'The handout says "11 AM-12 PM PST/2-4 PM EST"; 11 AM–12 PM Pacific is 2–3 PM Eastern. ' +
      'Its web link was malformed and that conferencing service has been discontinued, so it ' +
      'is not shown.',
  },
  {
    id: 'resource-alliance-childrens-rights',
    kind: 'resource',
    title: "Alliance for Children's Rights — CSEC program",
    body: 'Assists CSEC youth (up to age 21) with direct legal services to support their education ' + 'and transition to independence.',
    contact: { website: 'https://kids-alliance.org/programs/csec/', spanishUnconfirmed: true },
    tags: ['legal', 'education'],
    synonyms: ['lawyer', 'attorney', 'legal help', 'school', 'education rights', 'independence', 'aging out', 'alliance'],
    source: { type: 'seed', section: 'alliance' },
    verified: false,
  },
];
