import type { AdvocateEntryEs } from './types';

/**
 * The handout's red flags (content/red-flags.ts) in Spanish, by the English entry's id, for the
 * observations checklist and the court-report note of a Spanish interface. Translations, never
 * new guidance. Kept apart from ENTRIES_ES on purpose: those are messages for youth and families
 * (copied with Alt+Enter, searched in Spanish); these are words the advocate reads and writes.
 * `observed` follows a verb in the note ("El/la CASA observó …"), in the English's neutral words:
 * it describes, it never labels the youth (tests/observations/red-flags-es.test.ts).
 */
export const RED_FLAGS_ES: Readonly<Record<string, AdvocateEntryEs>> = {
  'red-flag-loyalty-to-trafficker': {
    title: 'Lealtad o sentimientos positivos hacia el/la tratante',
    body: 'El/la joven muestra lealtad o sentimientos positivos hacia la persona que lo/la explota.',
    observed: 'lealtad o sentimientos positivos hacia una persona que causa preocupación',
  },
  'red-flag-not-a-victim': {
    title: 'No se considera víctima',
    body: 'El/la joven no se considera víctima.',
    observed: 'al/a la joven describiendo su situación como algo que no es un problema',
  },
  'red-flag-expensive-items': {
    title: 'Artículos caros sin explicación',
    body: 'El/la joven tiene artículos caros que no explica o no puede explicar.',
    observed: 'artículos caros que el/la joven no explicó',
  },
  'red-flag-excess-cash': {
    title: 'Exceso de dinero en efectivo en su poder',
    body: 'Una cantidad excesiva de dinero en efectivo; puede que el/la joven no quiera explicar de dónde viene.',
    observed: 'una gran cantidad de dinero en efectivo',
  },
  'red-flag-older-partner': {
    title: 'Tiene una pareja íntima de más edad',
    body: 'El/la joven tiene una pareja íntima de más edad.',
    observed: 'una relación con una pareja íntima de más edad',
  },
  'red-flag-fearful-demeanor': {
    title: 'Miedo, ansiedad, depresión o sumisión',
    body: 'Una actitud que muestra miedo, ansiedad, depresión, sumisión, tensión o nerviosismo.',
    observed: 'miedo, ansiedad, desánimo, sumisión, tensión o nerviosismo',
  },
  'red-flag-injuries': {
    title: 'Lesiones o señales de abuso físico',
    body: 'Lesiones o señales de abuso físico que puede que el/la joven no quiera explicar.',
    observed: 'lesiones o señales de daño físico',
  },
  'red-flag-familiar-with-sex-terms': {
    title: 'Demasiada familiaridad con actos y términos sexuales',
    body: 'El/la joven conoce demasiado bien los actos sexuales y los términos sexuales.',
    observed: 'familiaridad con actos o términos sexuales que no corresponde a la edad del/de la joven',
  },
  'red-flag-sexualized-behavior': {
    title: 'Conductas sexualizadas',
    body: 'El/la joven muestra conductas sexualizadas.',
    observed: 'conducta sexualizada',
  },
  'red-flag-inconsistent-accounts': {
    title: 'Inconsistencias al describir hechos',
    body: 'Inconsistencias cuando el/la joven describe y vuelve a contar lo que pasó.',
    observed: 'relatos diferentes de los mismos hechos',
  },
  'red-flag-prepaid-cards-phones': {
    title: 'Tarjetas de efectivo prepagadas o varios teléfonos prepagados',
    body: 'Tarjetas de efectivo prepagadas, o varios celulares prepagados.',
    observed: 'tarjetas de efectivo prepagadas, o más de un teléfono prepagado',
  },
};

/**
 * The handout's note on confidentiality (content/advocacy.ts, "csec-status-court"), quoted in
 * Spanish by the warning before a court-report note leaves the panel; shown as a translation.
 */
export const CONFIDENTIALITY_NOTE_ES: AdvocateEntryEs = {
  title: 'No comparta el estatus CSEC con la corte a menos que esté confirmado',
  body:
    'No comparta el estatus CSEC con la corte a menos que el DCFS o la corte lo hayan confirmado (por ejemplo, hay una unidad ' +
    'CSEC asignada o el/la joven lo ha revelado abiertamente al equipo).',
};
