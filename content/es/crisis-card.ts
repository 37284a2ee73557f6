import { NAME_ES } from './names';
import type { CrisisCardEs } from './types';

/**
 * "When it can't wait" (content/crisis/index.ts), row by row. Numbers appear only where the
 * English row writes them out in its text (911, 988, AYUDA, 988lifeline.org); the row's
 * numbers as links come from the English row's own lines.
 */
export const CRISIS_CARD_ES: CrisisCardEs = {
  title: 'Cuando no puede esperar',
  note: 'Primero están las instrucciones de su supervisor/a de CASA. Esta es una guía para voluntarios, no un consejo legal.',
  rows: {
    'crisis-danger-now': {
      situation: 'Alguien está herido o en peligro ahora mismo',
      first: 'Llame al 911.',
      then: 'Avise a su supervisor/a de CASA y al/a la CSW del/de la joven.',
    },
    'crisis-suicide': {
      situation: 'El/la joven habla de suicidio o de hacerse daño',
      first:
        'Quédese con el/la joven. Si ya se hizo daño o está a punto de hacerlo, llame al 911; si no, comuníquense juntos con el 988: ' +
        'llamen o envíen un mensaje de texto al 988, o usen el chat en 988lifeline.org (en español: marcar 2, o enviar AYUDA por texto).',
      then: 'Avise a su supervisor/a y al/a la CSW; haga seguimiento.',
    },
    'crisis-missing': {
      situation: 'No se sabe dónde está el/la joven, o se fue de su colocación (AWOL)',
      first: `Avise ahora al/a la CSW del/de la joven; fuera del horario de oficina, llame a la ${NAME_ES.dcfsShort} (DCFS Child Protection Hotline).`,
      then: 'Avise a su supervisor/a; siga comunicándose con el/la joven; no vaya a recogerlo/a; nunca contacte al explotador.',
    },
    'crisis-report-abuse': {
      situation: 'Sospecha que hay abuso o explotación',
      first: `Haga el reporte usted mismo/a a la ${NAME_ES.dcfsShort} (DCFS Child Protection Hotline); llame al 911 si hay peligro ahora.`,
      then: 'Avise a su supervisor/a y al/a la CSW; pregunte a su supervisor/a sobre el seguimiento por escrito; no investigue.',
    },
    'crisis-trafficking-hotline': {
      situation: 'Preguntas sobre la trata de personas, o un/a joven quiere hablar con alguien',
      first: `Llame o envíe un mensaje de texto a la ${NAME_ES.trafficking}. Sepa que avisará a las autoridades si sospecha abuso infantil.`,
      then: 'No es un reporte al DCFS: si sospecha abuso, haga también ese reporte.',
    },
  },
  more: { label: 'Cómo hablar con un/a joven en crisis' },
};
