import type { EntryEs } from './types';

/**
 * "What to say/ask when the youth returns" (content/phrasings.ts). The phrase itself is said to
 * a youth, so it uses tú; the line under it speaks to the advocate, so it uses usted.
 */
// "Vuelve" too: "volvió" does not reach it ("cuando vuelve" found a red flag first, helper-62).
const RETURN_WORDS = ['qué decir', 'qué preguntar', 'regresó', 'volvió', 'ya volvió', 'vuelve', 'se escapó', 'group home'];

const phrase = (title: string, body: string, synonyms: string[]): EntryEs => ({
  title,
  body,
  message: title,
  synonyms: [...RETURN_WORDS, ...synonyms],
});

const ASK = 'Pregunte esto cuando el/la joven regrese a su colocación.';

export const PHRASINGS_ES: Readonly<Record<string, EntryEs>> = {
  'phrase-here-to-talk': phrase('Estoy aquí para hablar, si me necesitas.', 'Diga esto cuando el/la joven regrese.', [
    'estoy aquí',
    'hablar',
    'escuchar',
    'apoyo',
    'aquí estoy para ti',
    'platicar',
    'contar conmigo',
    'puede contar con',
    'disponible',
    'confianza',
    'la escucho',
    'empezar la conversación',
  ]),
  'phrase-what-led-you-to-leave': phrase('¿Qué te llevó a irte de tu colocación?', ASK, [
    'por qué te fuiste',
    'porque se fue',
    'razón',
    'irse de la colocación',
    'awol',
    'se fue de la casa hogar',
    'razón por la que se salió',
    'qué pasó para que se fuera',
  ]),
  'phrase-support-differently': phrase('¿Hay alguna manera de apoyarte diferente, para que no sientas la necesidad de irte?', ASK, [
    'apoyo',
    'ayuda',
    'qué necesitas',
    'que necesitas',
    'para que no se vaya',
    'quedarse',
    'qué le faltó',
    'no se vuelva a ir',
    'hacer diferente',
    'apoyar diferente',
    'para que no te vayas',
  ]),
  'phrase-where-did-you-go': phrase(
    'Si te sientes con confianza para contarme, ¿a dónde fuiste mientras no estabas?',
    'Pregunte esto cuando el/la joven regrese. Si dice que ha tenido relaciones sexuales, asegúrese de que tenga acceso a recursos de salud.',
    [
      'dónde estabas',
      'dónde andabas',
      'a dónde se fue',
      // As an advocate asks about the youth: "cómo preguntarle a dónde fue".
      'a dónde fue',
      'dónde estuvo',
      'adónde anduvo',
      'relaciones sexuales',
      'salud sexual',
      'clínica',
      'embarazo',
      'anticonceptivos',
      'ets',
    ],
  ),
  'phrase-safety-plan': phrase('¿Te gustaría que habláramos de un plan de seguridad?', ASK, [
    'plan de seguridad',
    'plan',
    'estar a salvo',
    'mantenerse seguro',
  ]),
};
