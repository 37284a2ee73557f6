import type { EntryEs } from './types';

/** Organizations named in the handout that no primary source confirmed (contacts.md: seed only). */
export const SEED_ONLY_RESOURCES_ES: Readonly<Record<string, EntryEs>> = {
  'resource-saving-innocence': {
    title: 'Saving Innocence',
    body:
      'Organización de Los Ángeles que aboga por jóvenes afectados por la explotación sexual comercial (CSEC). Abogue para ' +
      'que el/la joven tenga un/a trabajador/a de Saving Innocence.',
    synonyms: [
      'saving innocence',
      'trabajadora de saving innocence',
      'trabajador de saving innocence',
      'si worker',
      'defensora csec',
      'mentora',
      'mentor',
      'trabajadora de caso',
      'apoyo para víctimas de trata',
    ],
  },
  'resource-clcht-call': {
    title: 'Llamada mensual de CLCHT',
    body:
      'Un foro para profesionales, expertos y cualquier persona interesada en la trata de personas en California, para ' +
      'hablar de las leyes actuales de California sobre la trata y recibir ideas y orientación sobre la abogacía en ' +
      'políticas públicas. El último viernes de cada mes, de 11 AM a 12 PM hora del Pacífico (de 2 a 3 PM hora del Este). ' +
      'Se entra por teléfono; no se necesita PIN.',
    message:
      'Llamada mensual de CLCHT (último viernes de cada mes, de 11 AM a 12 PM hora del Pacífico / de 2 a 3 PM hora del ' +
      'Este): marque 866-383-9568, no se necesita PIN.',
    contact: {
      hours: 'Último viernes de cada mes, de 11 AM a 12 PM hora del Pacífico (de 2 a 3 PM hora del Este)',
      phoneLabels: { 'dial-in, no PIN needed': 'para entrar a la llamada, no se necesita PIN' },
    },
    correction:
      'El folleto dice "11 AM-12 PM PST/2-4 PM EST"; de 11 AM a 12 PM hora del Pacífico es de 2 a 3 PM hora del Este. ' +
      'Su enlace web estaba mal escrito y ese servicio de conferencias ya no existe, así que no se muestra.',
    synonyms: [
      'llamada mensual',
      'llamada de conferencia',
      'conferencia telefónica',
      'políticas públicas',
      'politicas publicas',
      'legislación',
      'legislacion',
      'leyes de trata',
      'abogacía',
      'clcht',
    ],
  },
  'resource-alliance-childrens-rights': {
    title: "Alliance for Children's Rights (Alianza por los Derechos de los Niños) — programa CSEC",
    body:
      'Ayuda a jóvenes afectados por CSEC (hasta los 21 años) con servicios legales directos para apoyar su educación y ' +
      'su paso a la vida independiente.',
    synonyms: [
      'abogado',
      'abogada',
      'ayuda legal',
      'asesoría legal',
      'escuela',
      'derechos educativos',
      'educación',
      'vida independiente',
      'independencia',
      'salir del sistema',
      'alliance',
      'alianza por los derechos de los niños',
    ],
  },
};
