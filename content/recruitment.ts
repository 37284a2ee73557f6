import type { GuideEntry } from './schema';

const recruit = (id: string, title: string, body: string, synonyms: string[], related?: string[]): GuideEntry => ({
  id: `recruitment-${id}`,
  kind: 'recruitment',
  title,
  body,
  tags: ['recruitment', 'how youth are recruited'],
  // The handout's "Risk factors" slide lost its text; the list after it is how youth are
  // recruited, never labelled risk factors (content review #8). Asked for "risk factors",
  // every author of the evaluation sets wanted the facts on who is at greater risk, which
  // carry the words (content/typed-words.ts).
  synonyms,
  source: { type: 'seed', section: 'recruitment' },
  ...(related && { related }),
});

/** How youth are recruited: the list that follows the handout's "Risk factors" heading. */
export const recruitmentMethods: GuideEntry[] = [
  recruit(
    'seduction',
    'Seduction or coercion',
    'Youth may be drawn in through seduction or coercion.',
    ['grooming', 'boyfriend', 'romance', 'pressure', 'lover boy'],
    ['term-grooming', 'term-romeo-pimp'],
  ),
  recruit('force', 'Violence and force (kidnapping)', 'Some youth are recruited through violence or force, including kidnapping.', [
    'kidnapped',
    'abducted',
    'taken',
    'forced',
  ]),
  recruit('gang', 'Gang-related recruitment', 'Recruitment can be gang related.', ['gang', 'gangs', 'set', 'crew']),
  recruit(
    'peers',
    'Peer recruitment',
    'Other young people may recruit the youth.',
    ['friend', 'friends', 'classmate', 'roommate', 'group home', 'placement peer'],
    ['term-recruiter', 'term-strtp'],
  ),
  recruit(
    'survival-sex',
    'Survival sex (the handout says “self-exploited” or “renegades”)',
    'Trading sex to meet basic needs. No child exploits themselves: this is commercial sexual ' +
      'exploitation of a child (see Forms of CSEC), and the youth is not to blame.',
    ['survival sex', 'renegade', 'self exploited', 'homeless', 'food', 'place to stay', 'basic needs'],
    ['term-survival-sex', 'term-renegade', 'fact-csec-forms'],
  ),
  recruit(
    'false-advertising',
    'False advertising for "modeling", "acting" or "dancing"',
    'False offers of modeling, acting or dancing work are used to recruit youth.',
    ['modeling', 'model', 'acting', 'dancing', 'audition', 'job offer', 'photo shoot'],
  ),
  recruit(
    'internet',
    'Internet enticement through chat rooms or profile sites',
    'Recruiters reach youth through chat rooms and profile-sharing sites.',
    ['instagram', 'snapchat', 'tiktok', 'social media', 'online', 'dm', 'chat', 'app', 'gaming', 'discord'],
    ['term-sextortion', 'term-grooming'],
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

const tactic = (id: string, title: string, body: string, synonyms: string[], related: string[]): GuideEntry => ({
  id: `tactic-${id}`,
  kind: 'tactic',
  title,
  body,
  tags: ['trafficker', 'tactics', 'grooming'],
  synonyms: ['pimp', 'exploiter', ...synonyms],
  source: { type: 'seed', section: 'trafficker-tactics' },
  related,
});

/** How traffickers keep control of a youth. */
export const traffickerTactics: GuideEntry[] = [
  tactic(
    'illusion-of-family',
    'They create an illusion of family',
    'Traffickers create an illusion of family structure around the youth.',
    // The last four are search-only routing words (content review, section F).
    ['family', 'belonging', 'wifey', 'daddy', 'sisters', 'bottom', 'bottom girl', 'wife-in-law', 'folks'],
    ['term-family-stable', 'term-daddy', 'term-bottom', 'term-wife-in-law'],
  ),
  tactic(
    'intimate-partner',
    'They often start as an intimate partner',
    'Traffickers often begin as intimate partners, with behaviors like intimate partner violence: controlling, degrading and threatening.',
    // The last four are search-only routing words (content review, section F).
    [
      'boyfriend',
      'girlfriend',
      'partner',
      'controlling',
      'threats',
      'domestic violence',
      'dating',
      'quota',
      'choosing',
      'out of pocket',
      'romeo pimp',
    ],
    ['term-romeo-pimp', 'term-grooming', 'hotline-domestic-violence'],
  ),
  tactic(
    'role-model',
    'They become a role model or parent figure',
    'The trafficker becomes a role model or parent figure to the youth.',
    ['father figure', 'mentor', 'parent figure'],
    ['term-daddy'],
  ),
  tactic(
    'indulgences',
    'They occasionally provide indulgences',
    'Traffickers occasionally provide indulgences (gifts, treats).',
    ['gifts', 'presents', 'rewards', 'shopping', 'nails', 'hair'],
    ['term-grooming', 'red-flag-expensive-items'],
  ),
  tactic(
    'drugs',
    'They may use drugs or alcohol to manipulate',
    'Traffickers may use drugs or alcohol to further manipulate the youth.',
    ['drugs', 'alcohol', 'substance', 'addiction', 'high', 'weed'],
    ['term-trap-house'],
  ),
];
