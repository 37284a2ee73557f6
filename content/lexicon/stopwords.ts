/**
 * Words too common to tell entries apart, in English and Spanish: Orama's lists (pronouns,
 * auxiliaries, question words), their contractions without the apostrophe (queries drop it:
 * "dont"), and a few words advocates add to any question without meaning anything by them.
 * A hand-made list once missed pronouns and question words ("her" prefix-matched "here", "do"
 * matched "do not…"), which then outranked the words that mattered.
 */
import { stopwords as english } from '@orama/stopwords/english';
import { stopwords as spanish } from '@orama/stopwords/spanish';
import { stripAccents } from '@/utils/accents';

const ADDED =
  'a im ive id ill u ur pls please ok okay just really also get got porfa xfa now rn mandar mandarle manda mando enviar enviarle';

/** Accents folded as queries fold them ("qué" → "que"). */
const fold = (w: string) => stripAccents(w).replace(/'/g, '');

/**
 * Words of the lists that carry meaning here, kept searchable: "la" (Los Angeles) and "son" (a
 * son) in English; "trata" (trafficking: "trata de personas"), work, days and hours (how long a
 * youth has been gone), "sola" in Spanish.
 */
const KEEP = new Set('la son trata trabajo trabajar trabaja trabajan trabajas dia dias horas ayer hoy sola solo'.split(' '));

export const STOPWORDS: readonly string[] = [...new Set([...english, ...spanish, ...ADDED.split(' ')].map(fold))].filter(
  (w) => !KEEP.has(w),
);

/** Small words only Spanish has: a query with one of them is Spanish. */
export const SPANISH_MARKERS: readonly string[] = 'de del para el que con por una los las mi su es esta se'.split(' ');

/** Kept above for their English meaning ("la county"), but only small words in a Spanish query. */
export const SPANISH_SMALL_WORDS: readonly string[] = ['la'];

/** Words that only say who a query is about: not its topic when it names one ("terapia para la joven"). */
export const PERSON_WORDS: readonly string[] = ['joven', 'jovenes'];

/**
 * English words for the youth: a topic of their own ("line for youth", "talking with a youth"),
 * but not when they are all a question that asks for something names ("signs a youth is being
 * sold" asks what "signs she is being sold" asks).
 */
export const YOUTH_WORDS: readonly string[] = ['youth', 'teen', 'kid', 'child', 'minor', 'girl', 'boy'];

/** Everyday words one letter from a crisis signal's word, never read as its typo: "se queda con su abuelita" (stays with) is not "se quema" (burns herself). */
export const SPELLED_RIGHT: readonly string[] = [
  'queda',
  'quedo',
  'quede',
  'quedas',
  'failing',
  'llave',
  'llaves',
  'poster',
  'pelearon',
  'peleaban',
  'pelearan',
];

/** Text-speak the crisis signals read as the word it stands for: "sleeps w a guy so she has somewhere to stay". */
export const SHORTHAND: Readonly<Record<string, string>> = { w: 'with' };

/**
 * What a phone's dictation writes for a word it does not know, read as that word by the whole
 * search ("my youth went a wall" → "went awol"). Only with the words around them that make the
 * reading sure: "hit a wall" stays a wall.
 */
export const DICTATED: Readonly<Record<string, string>> = {
  'sue side': 'suicide',
  'sue sidal': 'suicidal',
  'polar is': 'polaris',
  'see ess double you': 'csw',
  'went a wall': 'went awol',
  'gone a wall': 'gone awol',
  'go a wall': 'go awol',
  'going a wall': 'going awol',
  'is a wall': 'is awol',
};

/**
 * A partner's age given as an adult's ("hes 24", "bf is 30", "el novio tiene 25"): read as the
 * word the older-partner red flag uses. Not the youth's own age ("she is 19"), not "24 7".
 */
export const ADULT_AGE = {
  pattern: String.raw` (hes|he is|he s|(bf|boyfriend|man|guy|dude|pimp|daddy|novio|senor|señor|tipo|el) (is|tiene|de)|(a|an) (grown )?(man|guy)) (1[89]|[2-6][0-9])( |$)(?!(7|hours|hrs|horas|minutes|mins|days|dias|weeks|semanas|percent|dollars|bucks|dolares))`,
  en: 'older',
  es: 'mayor',
};
