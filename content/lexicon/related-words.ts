/**
 * Everyday words for the guide's words, so a hurried question in plain English still lands:
 * "scared" finds "fear", "cops" finds "police", "online" finds "internet". Each group lists
 * words that mean the same here; a query word also looks up the rest of its group, at a lower
 * weight than the word itself. Small on purpose: entry-specific words belong in the entry's
 * own `synonyms` (or content/typed-words.ts).
 */
export const RELATED_WORDS: readonly string[] = [
  'youth kid kids child children teen teens minor girl boy client',
  'scared afraid frightened terrified jumpy nervous anxious fear fearful panicky',
  'sad depressed down hopeless depression',
  'money cash dollars paid',
  'online internet app apps snapchat instagram tiktok dm dms social media',
  'police cops cop law enforcement officer',
  'lawyer attorney counsel',
  'judge court hearing',
  'overwhelmed stressed exhausted burnout burned out drained',
  'tattoo tattoos tattooed branded branding',
  'photo photos picture pictures pics nudes',
  'worker caseworker csw social worker',
  'boyfriend bf partner',
  'family families',
  'leave left leaving run ran runaway',
  'return returned returns back',
  'help support',
];
