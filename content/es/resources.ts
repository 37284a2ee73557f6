import { NAME_ES } from './names';
import type { EntryEs } from './types';

/**
 * The hotlines and services of content/resources.ts. Only what the English entry says: where the
 * Spanish-language table of docs/sources/crisis-and-reporting.md confirms more (RAINN's Spanish
 * chat, the Domestic Violence Hotline's Spanish phone line), the English entry must say it first.
 */
const MEMORIZE = 'Anime a los jóvenes a memorizar este número.';
const TTY_WORDS = ['tty', 'sordo', 'sorda'];

export const NATIONAL_LINES_ES: Readonly<Record<string, EntryEs>> = {
  'hotline-human-trafficking': {
    title: NAME_ES.trafficking,
    body:
      'La opera Polaris. Atiende 24/7, es confidencial y no es la policía. Tiene recursos en todo el país. ' +
      `Atiende en inglés y en español, y en más de 200 idiomas con intérpretes. ${MEMORIZE} ` +
      'La confidencialidad tiene un límite: si sospecha que un/a menor sufre abuso, avisa a las autoridades, ' +
      'aun sin el consentimiento del/de la joven. Dígaselo con honestidad antes de sugerírsela a un/a joven.',
    contact: {
      hours: '24/7',
      languages: 'inglés, español y más de 200 idiomas con intérprete',
      traits: ['confidencial', 'no es la policía'],
    },
    synonyms: [
      'trata de personas',
      'trata',
      'tráfico de personas',
      'trafico de personas',
      'línea contra la trata',
      'linea contra la trata',
      'reportar trata',
      'explotación sexual',
      'padrote',
      'polaris',
      'línea de ayuda',
      'linea de ayuda',
      'en español',
      'intérprete',
      'interprete',
      ...TTY_WORDS,
    ],
  },
  'hotline-rainn': {
    title: 'Línea Nacional de Ayuda contra la Agresión Sexual (RAINN National Sexual Assault Hotline)',
    body:
      'Rape, Abuse & Incest National Network (Red Nacional contra la Violación, el Abuso y el Incesto). ' +
      `Atiende 24/7 por teléfono y por chat en línea. ${MEMORIZE}`,
    contact: { hours: '24/7' },
    synonyms: [
      'rainn',
      'violación',
      'violacion',
      'me violaron',
      'agresión sexual',
      'agresion sexual',
      'abuso sexual',
      'asalto sexual',
      'ataque sexual',
      'incesto',
      'abusaron de mí',
      'abusaron de mi',
    ],
  },
  'hotline-runaway-safeline': {
    title: NAME_ES.runaway,
    body: `Atiende 24/7 por llamada o mensaje de texto, y tiene chat, correo electrónico y un foro en su sitio web. ${MEMORIZE}`,
    contact: { hours: '24/7' },
    correction:
      'Los folletos más antiguos la llaman National Runaway Switchboard; el 2013-01-15 cambió su nombre a National Runaway ' +
      'Safeline. El número es el mismo.',
    synonyms: [
      'se quiere ir de su casa',
      'se escapó',
      'se escapo',
      'se fue de la casa',
      'se fugó',
      'se fugo',
      'escaparse',
      'huir de casa',
      'awol',
      'desaparecido',
      'sin hogar',
      'vive en la calle',
      'switchboard',
      'runaway',
      'línea para jóvenes que se escapan',
    ],
  },
  'hotline-love-is-respect': {
    title: 'love is respect — línea de ayuda sobre el abuso en el noviazgo de adolescentes',
    body: `Antes se llamaba National Teen Dating Abuse Helpline. Atiende 24/7 por llamada, mensaje de texto y chat. ${MEMORIZE}`,
    contact: { hours: '24/7' },
    correction: 'Los folletos más antiguos dan el 1-866-331-9473; el número actual es el 1-866-331-9474.',
    synonyms: [
      'abuso en el noviazgo',
      'violencia en el noviazgo',
      'noviazgo',
      'novio',
      'novia',
      'mi novio me controla',
      'pareja',
      'relación',
      'relacion',
      'relación abusiva',
      'celos',
      'loveisrespect',
      'love is respect',
      ...TTY_WORDS,
    ],
  },
};

export const ADDED_LINES_ES: Readonly<Record<string, EntryEs>> = {
  'hotline-la-dcfs-child-protection': {
    title: NAME_ES.dcfs,
    body:
      'Es adonde van los reportes de abuso en el Condado de Los Ángeles. Recibe fuera del horario de oficina los reportes ' +
      'sobre jóvenes bajo el cuidado del DCFS que se han escapado. Atiende 24/7.',
    contact: { hours: '24/7', phoneLabels: { 'in California': 'en California', 'outside California': 'fuera de California' } },
    synonyms: [
      'dcfs',
      'fuera de california',
      'reportar abuso',
      'número para reportar abuso',
      'numero para reportar abuso',
      'reportar maltrato',
      'abuso infantil',
      'maltrato infantil',
      'cps',
      'protección infantil',
      'proteccion infantil',
      'fuera de horario',
      'se escapó',
      'awol',
      'informante obligatorio',
      'tdd',
      ...TTY_WORDS,
    ],
  },
  'hotline-988': {
    title: NAME_ES.line988,
    body: 'Línea de crisis por llamada, mensaje de texto o chat. Reemplaza el antiguo número 1-800-273-8255.',
    contact: {
      languages: 'inglés y español (marcar 2 en una llamada, o enviar AYUDA por texto al 988); intérpretes para más de 250 idiomas',
      traits: ['en español: marcar 2 en una llamada, o enviar AYUDA por texto al 988'],
    },
    synonyms: [
      'suicidio',
      'suicida',
      'quiero morirme',
      'hacerse daño',
      'autolesión',
      'autolesion',
      'crisis',
      'salud mental',
      'línea de crisis',
      // "Lifeline" as Spanish speakers often say it: a search word, never shown as its name.
      'línea de vida',
      'línea de ayuda',
      'emergencia',
      'en español',
      'ayuda',
      'depresión',
      'ansiedad',
    ],
  },
  'hotline-domestic-violence': {
    title: 'Línea Nacional contra la Violencia Doméstica (National Domestic Violence Hotline)',
    body: 'Para la violencia de pareja. La guía señala que los tratantes muchas veces actúan como parejas abusivas.',
    synonyms: [
      'violencia doméstica',
      'violencia domestica',
      'violencia de pareja',
      'mi pareja me pega',
      'novio',
      'pareja',
      'relación abusiva',
      'relacion abusiva',
      'maltrato',
      'abuso doméstico',
      'thehotline',
      'dv',
    ],
  },
  'hotline-childhelp': {
    title: 'Línea Nacional sobre el Abuso Infantil (Childhelp National Child Abuse Hotline)',
    body: 'Consejería y referencias por llamada o mensaje de texto. No es una línea para hacer reportes: los reportes van al DCFS.',
    contact: { traits: ['no es una línea para hacer reportes: los reportes van al DCFS'] },
    synonyms: [
      'abuso infantil',
      'maltrato infantil',
      'abuso de niños',
      'consejería',
      'consejeria',
      'orientación',
      'referencias',
      'hablar con un consejero',
      'childhelp',
      'línea de ayuda',
    ],
  },
  'hotline-ncmec': {
    title: 'NCMEC (Centro Nacional para Niños Desaparecidos y Explotados — National Center for Missing & Exploited Children)',
    body:
      'Cuando un/a joven bajo cuidado desaparece, las agencias deben reportarlo al NCMEC dentro de 24 horas. Ese es el ' +
      'deber del/de la trabajador/a social; el/la CASA le avisa al/a la trabajador/a social.',
    synonyms: [
      'desaparecido',
      'desaparecida',
      'niño desaparecido',
      'menor desaparecido',
      'no aparece',
      'se escapó',
      'awol',
      'ncmec',
      'explotado',
      'niños perdidos',
      'the lost',
      'desaparecido del sistema',
    ],
  },
};
