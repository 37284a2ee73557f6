import { NAME_ES } from './names';
import type { EntryEs } from './types';

/**
 * "Numbers youth should memorize" (content/memorize.ts). The DCFS Command Post keeps its
 * English name: no source says what it is, so a Spanish gloss would be a guess.
 */
export const MEMORIZE_ES: EntryEs = {
  title: 'Números que los jóvenes deben memorizar',
  body:
    'Anime a los jóvenes a memorizar estos números: el de su trabajador/a social, el DCFS Command Post, el de su CASA, ' +
    `la ${NAME_ES.trafficking}, love is respect (abuso en el noviazgo de adolescentes), RAINN y la ${NAME_ES.runaway}. ` +
    'El folleto de capacitación no explica qué es el DCFS Command Post ni da su número: pregunte a su supervisor/a de CASA.',
  lineNames: {
    'Social worker (CSW)': 'Trabajador/a social (CSW)',
    'DCFS Command Post': 'DCFS Command Post',
    CASA: 'CASA',
    'National Human Trafficking Hotline': NAME_ES.trafficking,
    'love is respect — dating abuse': 'love is respect — abuso en el noviazgo',
    RAINN: 'RAINN',
    'National Runaway Safeline': NAME_ES.runaway,
  },
  synonyms: [
    'memorizar',
    'números de teléfono',
    'numeros de telefono',
    'números importantes',
    'teléfonos de ayuda',
    'command post',
    'número de la trabajadora social',
    'numero del trabajador social',
    'número de casa',
    'tarjeta de bolsillo',
    'tarjeta para la cartera',
    'números para aprender',
  ],
};
