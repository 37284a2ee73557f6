import type { GuideEntry } from './schema';

const recruit = (id: string, title: string, body: string, synonyms: string[]): GuideEntry => ({
  id: `recruitment-${id}`,
  kind: 'recruitment',
  title,
  body,
  tags: ['risk factor', 'recruitment'],
  synonyms,
  source: { type: 'seed', section: 'recruitment' },
});

/** "Risk factors for CSEC can include": the ways youth are drawn in. */
export const recruitmentMethods: GuideEntry[] = [
  recruit('seduction', 'Seduction or coercion', 'Youth may be drawn in through seduction or coercion.', [
    'grooming',
    'boyfriend',
    'romance',
    'pressure',
    'lover boy',
  ]),
  recruit('force', 'Violence and force (kidnapping)', 'Some youth are recruited through violence or force, including kidnapping.', [
    'kidnapped',
    'abducted',
    'taken',
    'forced',
  ]),
  recruit('gang', 'Gang-related recruitment', 'Recruitment can be gang related.', ['gang', 'gangs', 'set', 'crew']),
  recruit('peers', 'Peer recruitment', 'Other young people may recruit the youth.', [
    'friend',
    'friends',
    'classmate',
    'roommate',
    'group home',
    'placement peer',
  ]),
  recruit(
    'survival-sex',
    'Survival sex (sometimes called "self-exploited")',
    'Trading sex to meet basic needs, with or without a third party; the handout also lists ' +
      'the term "renegades". It is still commercial sexual exploitation of a child: the youth is ' +
      'exploited, not to blame.',
    ['survival sex', 'renegade', 'self exploited', 'homeless', 'food', 'place to stay', 'basic needs'],
  ),
  recruit(
    'false-advertising',
    'False advertising for "modeling", "acting" or "dancing"',
    'Offers of modeling, acting or dancing work that are a way to recruit.',
    ['modeling', 'model', 'acting', 'dancing', 'audition', 'job offer', 'photo shoot'],
  ),
  recruit(
    'internet',
    'Internet enticement through chat rooms or profile sites',
    'Recruiters reach youth through chat rooms and profile-sharing sites.',
    ['instagram', 'snapchat', 'tiktok', 'social media', 'online', 'dm', 'chat', 'app', 'gaming', 'discord'],
  ),
  recruit('family', 'Parents or family', 'Parents or family members can be the ones who exploit a youth.', [
    'mom',
    'dad',
    'parent',
    'relative',
    'uncle',
    'family member',
    'interfamilial',
  ]),
];

const tactic = (id: string, title: string, body: string, synonyms: string[]): GuideEntry => ({
  id: `tactic-${id}`,
  kind: 'tactic',
  title,
  body,
  tags: ['trafficker', 'tactics', 'grooming'],
  synonyms: ['pimp', 'exploiter', ...synonyms],
  source: { type: 'seed', section: 'trafficker-tactics' },
});

/** How traffickers keep control of a youth. */
export const traffickerTactics: GuideEntry[] = [
  tactic(
    'illusion-of-family',
    'They create an illusion of family',
    'Traffickers create an illusion of family structure around the youth.',
    ['family', 'belonging', 'wifey', 'daddy', 'sisters'],
  ),
  tactic(
    'intimate-partner',
    'They often start as an intimate partner',
    'Often initiate as intimate partners, with behaviors like intimate partner violence: controlling, degrading and threatening.',
    ['boyfriend', 'girlfriend', 'partner', 'controlling', 'threats', 'domestic violence', 'dating'],
  ),
  tactic('role-model', 'They become a role model or parent figure', 'The trafficker becomes a role model or parent figure to the youth.', [
    'father figure',
    'mentor',
    'parent figure',
  ]),
  tactic('indulgences', 'They occasionally provide indulgences', 'Occasional gifts and treats keep the youth attached.', [
    'gifts',
    'presents',
    'rewards',
    'shopping',
    'nails',
    'hair',
  ]),
  tactic('drugs', 'They may use drugs or alcohol to manipulate', 'Traffickers may use drugs or alcohol to further manipulate the youth.', [
    'drugs',
    'alcohol',
    'substance',
    'addiction',
    'high',
    'weed',
  ]),
];
