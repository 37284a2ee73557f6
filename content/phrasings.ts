import type { GuideEntry } from './schema';

/** "What to say/ask when the youth returns": each phrase is its own entry, ready to copy. */
const phrase = (id: string, title: string, body: string, synonyms: string[]): GuideEntry => ({
  id: `phrase-${id}`,
  kind: 'phrasing',
  title,
  body,
  message: title,
  tags: ['what to say', 'youth returns', 'back to placement'],
  synonyms: [
    'what to say',
    'what to ask',
    'returned',
    'came back',
    'back in placement',
    'after awol',
    'ran away',
    // Search-only routing words (content review, section F).
    'back home',
    "she's back",
    "he's back",
    'strtp',
    ...synonyms,
  ],
  source: { type: 'seed', section: 'when-youth-returns' },
  related: ['crisis-missing'],
});

export const phrasings: GuideEntry[] = [
  phrase('here-to-talk', 'I am here to talk, if you need me.', 'Say this when the youth returns.', [
    'talk',
    'listen',
    'support',
    'here for you',
  ]),
  phrase('what-led-you-to-leave', 'What led you to leave placement?', 'Ask this when the youth returns to placement.', [
    'why did you leave',
    'reason',
    'leave placement',
    'awol',
  ]),
  phrase(
    'support-differently',
    "Is there a way we can support you differently, so you don't feel the need to leave?",
    'Ask this when the youth returns to placement.',
    ['support', 'help', 'what do you need', 'prevent', 'stay'],
  ),
  phrase(
    'where-did-you-go',
    'If you feel comfortable telling me, where did you go while you were away?',
    'Ask this when the youth returns. If the youth reports being sexually active, make sure they have access to health resources.',
    [
      'where were you',
      'while away',
      'sexually active',
      'health',
      'clinic',
      'sexual health',
      'std',
      'sti',
      'pregnant',
      'pregnancy',
      'birth control',
      'testing',
    ],
  ),
  phrase('safety-plan', 'Would you be open to discussing a safety plan?', 'Ask this when the youth returns to placement.', [
    'safety plan',
    'plan',
    'stay safe',
  ]),
];
