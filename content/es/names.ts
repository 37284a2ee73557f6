/**
 * How the lines are named in Spanish. Organization names stay in English (that is what a youth
 * hears when the line answers, and what they would search for); the Spanish gloss before them is
 * only an explanation. The Trafficking Hotline's gloss is the name its own Spanish page uses
 * ("La Línea Nacional Contra la Trata de Personas", humantraffickinghotline.org/es/misión).
 */
export const NAME_ES = {
  trafficking: 'Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline)',
  dcfs: 'Línea de Protección Infantil del DCFS del Condado de Los Ángeles (LA County DCFS Child Protection Hotline)',
  /** After the first mention in a text. */
  dcfsShort: 'Línea de Protección Infantil del DCFS',
  line988: 'Línea 988 de Prevención del Suicidio y Crisis (988 Suicide & Crisis Lifeline)',
  runaway: 'Línea Nacional para Jóvenes que se Van de Casa (National Runaway Safeline)',
  emergency: 'Emergencias (policía, bomberos, ambulancia)',
} as const;

/** The Spanish of the few asides lines carry in a message (content/memorize.ts), by the English. */
export const LINE_NOTES_ES: Readonly<Record<string, string>> = {
  'ask your CASA supervisor for this number': 'pida este número a su supervisor/a de CASA',
};
