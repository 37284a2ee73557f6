import type { EntryKind, GuideEntry, SeedSectionId } from './schema';

interface Draft {
  id: string;
  title: string;
  body: string;
  synonyms: string[];
  tags?: string[];
  /** Entries to offer as links, e.g. the glossary entry of a term the text uses. */
  related?: string[];
}

/** Builds entries of one kind from one handout section, so each list below stays readable. */
const section =
  (kind: EntryKind, sectionId: SeedSectionId, prefix: string, tags: string[]) =>
  (d: Draft): GuideEntry => ({
    id: `${prefix}-${d.id}`,
    kind,
    title: d.title,
    body: d.body,
    tags: [...tags, ...(d.tags ?? [])],
    synonyms: d.synonyms,
    source: { type: 'seed', section: sectionId },
    ...(d.related && { related: d.related }),
  });

export const informationGathering: GuideEntry[] = [
  {
    id: 'case-parties',
    title: 'Connect with the case parties',
    body: "Connect with the necessary case parties: the youth's social worker (CSW), attorney and CLC case manager.",
    synonyms: [
      'csw',
      'social worker',
      'attorney',
      'lawyer',
      'clc',
      'case manager',
      'team',
      'who to call',
      // Search-only routing words (content review, section F): the case parties a CASA meets.
      'probation',
      'probation officer',
      'dual status',
      '241.1',
      "children's law center",
    ],
    related: ['term-csw', 'term-clc'],
  },
  {
    id: 'mdt',
    title: 'Take part in MDT meetings',
    body: 'Participate in multidisciplinary team (MDT) meetings.',
    synonyms: ['mdt', 'multidisciplinary', 'team meeting', 'meeting', 'case conference'],
    related: ['term-mdt'],
  },
  {
    id: 'supervisor-resources',
    title: 'Learn the CSEC resources with your supervisor',
    body: 'Work with your Advocate Supervisor to understand the CSEC resources available.',
    synonyms: ['supervisor', 'advocate supervisor', 'resources', 'what is available'],
  },
].map(section('action', 'information-gathering', 'info', ['information gathering', 'case team']));

export const approach: GuideEntry[] = [
  {
    id: 'empowerment',
    title: 'Empower and collaborate',
    body: 'Empower the young person, and collaborate with them.',
    synonyms: ['empower', 'collaborate', 'youth voice', 'choice', 'partner with youth'],
  },
  { id: 'safety-first', title: 'Safety first', body: 'People need safety first.', synonyms: ['safety', 'safe', 'danger', 'protect'] },
  {
    id: 'support-healing',
    title: 'Support healing',
    body: "Validate the young person's strengths and meet them where they are at.",
    synonyms: ['healing', 'strengths', 'meet them where they are', 'recovery', 'trauma informed'],
  },
].map(section('action', 'approach', 'approach', ['approach', 'trauma-informed']));

export const advocacy: GuideEntry[] = [
  {
    id: 'validate-feelings',
    title: 'Validate feelings',
    body: 'Allow the young person to fully express themselves. Recognize their feelings as real and important, without condoning abuse or exploitation.',
    synonyms: ['feelings', 'listen', 'validate', 'emotions', 'angry', 'upset', 'crying', 'what to say'],
    related: ['crisis-talking-with-youth'],
  },
  {
    id: 'advocate-for-resources',
    title: 'Advocate for resources',
    body: 'Advocate for needs related to identification, medical attention, mental health resources, housing and more.',
    synonyms: ['id', 'identification', 'medical', 'doctor', 'health', 'mental health', 'housing', 'needs', 'court report'],
  },
  {
    id: 'consistent-support',
    title: 'Be a consistent support person',
    body: "Prove to your young person that you are truly on their side. A CASA is often the only consistent adult in a foster youth's life, and can give them a sense of stability in an otherwise chaotic system.",
    synonyms: [
      'consistent',
      'stability',
      'trust',
      'be there',
      'show up',
      'relationship',
      'wont talk to me',
      'stopped talking',
      'shuts me out',
      'pushes me away',
    ],
  },
].map(section('action', 'advocacy', 'advocacy', ['advocacy']));

export const services: GuideEntry[] = [
  {
    id: 'saving-innocence-worker',
    title: 'Advocate for a Saving Innocence worker',
    body: 'Advocate for the youth to have a Saving Innocence worker.',
    synonyms: ['saving innocence', 'si worker', 'csec advocate', 'mentor'],
  },
  {
    id: 'career-exploration',
    title: 'Explore career opportunities with the youth',
    body: 'Work with the youth to explore career opportunities.',
    synonyms: ['career', 'job', 'work', 'employment', 'future', 'school', 'goals'],
  },
  {
    id: 'safety-plan',
    title: 'Make a safety plan together',
    body: 'Collaborate with the youth and the team to make a safety plan.',
    synonyms: ['safety plan', 'plan', 'safety planning', 'top 3 people'],
  },
  {
    id: 'intensive-therapy',
    title: 'Connect the youth to more intensive therapy (e.g. EMDR)',
    body: 'Connect the youth to more intensive therapeutic services, for example EMDR.',
    synonyms: ['therapy', 'therapist', 'emdr', 'counseling', 'mental health', 'trauma therapy', 'treatment'],
  },
  {
    id: 'secondary-social-worker',
    title: 'Request a secondary DCFS social worker',
    body: 'Request a secondary DCFS social worker for extra support.',
    synonyms: ['second social worker', 'csw', 'dcfs', 'extra support', 'csec unit'],
    related: ['term-csw', 'term-dcfs'],
  },
  {
    id: 'restoration-funds',
    title: 'Request Restoration Funds',
    body:
      'Request Restoration Funds for the youth. The handout does not say what Restoration Funds are or how to request them: ' +
      'ask your CASA supervisor.',
    synonyms: ['funds', 'money', 'restoration', 'financial help'],
  },
].map(section('action', 'services', 'service', ['services', 'advocate for']));

export const harmReduction: GuideEntry[] = [
  {
    id: 'not-ready',
    title: 'The youth may not be ready to change',
    body: 'Understand that a youth may not be ready to acknowledge or change their current behaviors or choices.',
    synonyms: ['not ready', 'going back', 'returns to trafficker', 'wont leave', 'denial', 'relapse'],
  },
  {
    id: 'reduce-harm',
    title: 'Accept their choice and reduce harm',
    body: 'Accept their choice and provide resources and plans to reduce harm as much as possible.',
    synonyms: [
      'harm reduction',
      'reduce harm',
      'accept',
      'condoms',
      'health',
      'safer',
      // Search-only routing words (content review, section F): the handout's "access to health resources".
      'std',
      'sti',
      'pregnant',
      'pregnancy',
      'birth control',
      'sexual health',
      'testing',
    ],
    // The handout's own framing beside "accept their choice": validate feelings "without condoning abuse".
    related: ['advocacy-validate-feelings'],
  },
  {
    id: 'top-3-people',
    title: 'Help the youth name their top 3 people',
    body: 'Encourage the youth to identify their top 3 people to provide additional support.',
    synonyms: ['top 3', 'trusted adults', 'support people', 'safe people', 'who to call'],
  },
].map(section('action', 'harm-reduction', 'harm-reduction', ['harm reduction']));

export const avoid: GuideEntry[] = [
  {
    id: 'picking-up-youth',
    title: 'Do not pick the youth up when they run away',
    body: 'Do not pick up the youth when they run away.',
    synonyms: [
      'runaway',
      'ran away',
      'awol',
      'pick up',
      'drive',
      'ride',
      'go get them',
      'left placement',
      // Search-only routing words (content review, section F).
      'gone',
      'left',
      'missing from care',
      'strtp',
      'foster home',
      'resource family',
      'caregiver',
    ],
    // Who to tell instead is sourced in the crisis reference, not the handout: see crisis-missing.
    related: ['crisis-missing', 'term-awol'],
  },
  {
    id: 'contacting-trafficker',
    title: 'Do not communicate with the trafficker',
    body: 'Do not communicate with the trafficker.',
    synonyms: ['pimp', 'trafficker', 'contact', 'confront', 'message', 'call him', 'boyfriend'],
    related: ['crisis-danger-now'],
  },
].map(section('avoid', 'what-not-to-do', 'avoid', ['what not to do', 'boundaries']));

export const confidentiality: GuideEntry[] = [
  {
    id: 'csec-status-court',
    title: 'Do not share CSEC status with the court unless it is confirmed',
    body: 'Do not share CSEC status with the court unless it has been confirmed by DCFS or the court (for example, a CSEC unit is assigned or the youth has openly disclosed to the team).',
    synonyms: ['court', 'judge', 'court report', 'disclose', 'privacy', 'confidential', 'hearing', 'report'],
    related: ['term-csec', 'term-dcfs', 'term-dependency-court'],
  },
].map(section('confidentiality', 'confidentiality', 'confidentiality', ['confidentiality', 'court']));

export const stayInvolved: GuideEntry[] = [
  {
    id: 'stay-in-contact',
    title: 'Stay active and in contact with the case parties',
    body: 'Stay active and in contact with the case parties: family, CSW and attorney.',
    synonyms: ['family', 'csw', 'attorney', 'check in', 'follow up', 'team'],
    related: ['term-csw'],
  },
  {
    id: 'continuing-education',
    title: 'Ask about CSEC continuing education',
    body: 'Ask your supervisor about CSEC continuing education opportunities: webinars, books and classes.',
    synonyms: ['training', 'webinar', 'books', 'classes', 'learn more', 'education'],
  },
  {
    id: 'share-and-support',
    title: 'Attend a CSEC share & support group',
    body: 'Attend a CSEC share & support group at CASA.',
    synonyms: ['support group', 'peer support', 'group', 'other advocates'],
  },
  {
    id: 'short-term-advocacy',
    title: 'Ask about Short-term Advocacy',
    body: 'Ask your supervisor about Short-term Advocacy opportunities.',
    synonyms: ['short term', 'volunteer', 'opportunities'],
  },
].map(section('action', 'stay-involved', 'involved', ['stay involved', 'learning']));
