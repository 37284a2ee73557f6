import type { GuideEntry } from './schema';

/** One entry per red flag in the handout's table, so each can be found and copied alone. */
const flag = (id: string, title: string, body: string, observed: string, synonyms: string[], related?: string[]): GuideEntry => ({
  id: `red-flag-${id}`,
  kind: 'red-flag',
  title,
  body,
  observed,
  tags: ['red flag', 'warning sign', 'indicator'],
  synonyms,
  source: { type: 'seed', section: 'red-flags' },
  ...(related && { related }),
});

export const redFlags: GuideEntry[] = [
  flag(
    'loyalty-to-trafficker',
    'Loyalty to, or positive feelings toward, the trafficker',
    'The youth shows loyalty to, or positive feelings toward, the person exploiting them.',
    'loyalty to, or positive feelings toward, a person of concern',
    ['pimp', 'defends', 'loyal', 'trauma bond', 'daddy'],
    ['term-daddy', 'term-automatic'],
  ),
  flag(
    'not-a-victim',
    'Does not see themselves as a victim',
    'The youth does not consider themselves a victim.',
    'the youth describing their situation as not a problem',
    ['denies', 'not a victim', 'in denial', 'choice', 'consent'],
  ),
  flag(
    'expensive-items',
    'Unexplained expensive items',
    'The youth has expensive items they do not or cannot explain.',
    'expensive items the youth did not explain',
    ['gifts', 'new phone', 'designer', 'clothes', 'jewelry', 'nails', 'shopping'],
  ),
  flag(
    'excess-cash',
    'Excess cash in their possession',
    'An excess amount of cash; the youth may be reluctant to explain its source.',
    'a large amount of cash',
    // "quota" is a search-only routing word (content review, section F).
    ['money', 'cash', 'rolls of cash', 'quota'],
    ['term-quota', 'term-sugar-daddy'],
  ),
  flag(
    'older-partner',
    'Has an older intimate partner',
    'The youth has an older intimate partner.',
    'a relationship with an older intimate partner',
    ['boyfriend', 'girlfriend', 'older man', 'older woman', 'dating', 'partner', 'relationship'],
    ['term-daddy', 'term-romeo-pimp'],
  ),
  flag(
    'fearful-demeanor',
    'Fear, anxiety, depression or submissiveness',
    'A demeanor that shows fear, anxiety, depression, submissiveness, tenseness or nervousness.',
    'fear, anxiety, low mood, submissiveness, tension or nervousness',
    ['scared', 'afraid', 'anxious', 'depressed', 'nervous', 'withdrawn', 'quiet'],
  ),
  flag(
    'injuries',
    'Injuries or signs of physical abuse',
    'Injuries or signs of physical abuse that the youth may be reluctant to explain.',
    'injuries or signs of physical harm',
    ['bruises', 'marks', 'hurt', 'injury', 'beaten', 'tattoo', 'branding'],
    ['term-branding', 'term-gorilla-pimp', 'crisis-danger-now'],
  ),
  flag(
    'familiar-with-sex-terms',
    'Overly familiar with sex acts and sex terms',
    'The youth is overly familiar with sex acts and sex terms.',
    'familiarity with sex acts or sexual terms beyond the youth’s age',
    ['slang', 'the life', 'the game', 'terms'],
    ['term-the-life'],
  ),
  flag('sexualized-behavior', 'Sexualized behaviors', 'The youth shows sexualized behaviors.', 'sexualized behavior', [
    'sexual behavior',
    'sexualized',
    'provocative',
  ]),
  flag(
    'inconsistent-accounts',
    'Inconsistencies when describing events',
    'Inconsistencies when the youth describes and recounts events.',
    'differing accounts of the same events',
    ['story changes', 'lying', 'inconsistent', 'where were you'],
  ),
  flag(
    'prepaid-cards-phones',
    'Prepaid cash cards or multiple prepaid phones',
    'Prepaid cash cards, or multiple prepaid cellphones.',
    'prepaid cash cards, or more than one prepaid phone',
    ['burner', 'burner phone', 'two phones', 'gift cards', 'cash card', 'cellphone'],
  ),
];
