import { MEMORIZE_ES } from './memorize';
import type { PlanFormEs } from './types';

/**
 * The safety plan's labels in Spanish (utils/plans/form.ts), for the print view and the wallet
 * card. Only the labels: what the youth wrote is printed as typed. The services table's status
 * column has its choices under the `services` field, since the columns map holds labels only.
 */
export const PLAN_FORM_ES: PlanFormEs = {
  sections: {
    about: { title: 'Sobre este plan', prompt: 'Para quién es el plan (solo apodo o iniciales), cuándo se hizo y con quién.' },
    'warning-signs': {
      title: 'Señales de alerta y detonantes',
      prompt: 'Situaciones, personas, sentimientos o mensajes que vienen antes del peligro.',
    },
    strengths: {
      title: 'Fortalezas y cosas que me ayudan a enfrentar lo difícil',
      prompt: 'Las fortalezas del/de la joven, y lo que puede hacer por su cuenta para calmarse o mantenerse a salvo.',
    },
    people: {
      title: 'Mis 3 personas de confianza',
      prompt:
        'Hasta tres personas de confianza (una cuarta si hace falta): el nombre como lo dice el/la joven, la relación y cómo comunicarse con ellas.',
    },
    places: { title: 'Lugares seguros', prompt: 'Lugares adonde el/la joven puede ir, y cómo llegar.' },
    'code-word': {
      title: 'Palabra clave o señal',
      prompt: 'Una palabra o un emoji que el/la joven puede enviar, y lo que debe hacer la persona que lo recibe.',
      practice:
        'Práctica de planificación de seguridad (Línea Nacional contra la Trata de Personas): acuerden con anticipación una palabra clave o una señal.',
    },
    numbers: {
      title: 'Números para memorizar',
      prompt: 'Los números que el/la joven debe saber de memoria. Se puede imprimir como tarjeta de bolsillo.',
    },
    'go-bag': {
      title: 'Mochila de emergencia y documentos',
      prompt: 'Lo que hay que tener listo, y dónde se guardan las copias.',
      practice:
        'Práctica de planificación de seguridad (Línea Nacional contra la Trata de Personas): guarden juntos los documentos importantes, con copias en un lugar seguro.',
    },
    'phone-safety': {
      title: 'Seguridad en el teléfono y en internet',
      prompt:
        'Compartir la ubicación, quién tiene las contraseñas, apps y cuentas que hay que revisar, una forma segura de comunicarse con el/la CASA.',
    },
    'harm-reduction': {
      title: 'Reducción de daños si todavía no está listo/a para irse',
      prompt:
        'Pasos que reducen el daño ahora: mensajes o llamadas para saber que está bien, alguien que le acompañe, recursos de salud, a quién llamar si algo sale mal.',
    },
    services: { title: 'Servicios y apoyos', prompt: 'Lo que se ha pedido o ya está en marcha, con notas.' },
    'leaves-placement': {
      title: 'Si el/la joven se va de su colocación',
      prompt: 'A quién avisar, lo que el/la defensor/a no va a hacer, y qué decir cuando el/la joven regrese.',
    },
    team: {
      title: 'Equipo del caso',
      prompt: 'CSW, abogado/a, administrador/a de casos de CLC, supervisor/a, terapeuta; fechas y notas de las reuniones MDT.',
    },
    review: { title: 'Revisión', prompt: 'Cuándo volver a ver el plan, y qué cambió desde la última revisión.' },
  },
  fields: {
    nickname: { label: 'Apodo o iniciales del/de la joven', hint: 'Nunca el nombre completo.' },
    planDate: { label: 'Fecha del plan' },
    madeWith: { label: 'Quién ayudó a hacerlo', hint: 'Joven, CSW, terapeuta, CASA…' },
    youthAgreed: {
      label: '¿El/la joven lo ha visto y está de acuerdo?',
      choices: { Yes: 'Sí', 'Not yet': 'Todavía no', No: 'No' },
    },
    csecStatus: {
      label: '¿El DCFS o la corte han confirmado el estatus CSEC?',
      choices: { 'Not confirmed': 'No confirmado', Confirmed: 'Confirmado' },
    },
    warningSigns: { label: 'Señales de alerta y detonantes' },
    strengths: { label: 'Fortalezas' },
    coping: { label: 'Cosas que me ayudan a enfrentar lo difícil' },
    people: { label: 'Personas de confianza', addLabel: 'Agregar una persona' },
    places: { label: 'Lugares seguros', addLabel: 'Agregar un lugar' },
    codeWord: { label: 'Palabra clave o señal' },
    codeWordAction: { label: 'Lo que debe hacer la persona que la recibe' },
    numbers: { label: 'Números', addLabel: 'Agregar un número' },
    goBag: {
      label: 'Listo para llevar',
      choices: {
        ID: 'Identificación',
        'Birth certificate': 'Acta de nacimiento',
        'Social Security card': 'Tarjeta del Seguro Social',
        Medications: 'Medicinas',
        'Phone charger': 'Cargador del teléfono',
        'Some money': 'Algo de dinero',
      },
    },
    copiesKept: { label: 'Dónde se guardan las copias' },
    phoneSafety: { label: 'Seguridad en el teléfono y en internet' },
    harmReduction: { label: 'Pasos que reducen el daño' },
    services: {
      label: 'Servicios',
      addLabel: 'Agregar un servicio',
      choices: { 'Not started': 'Sin empezar', Requested: 'Solicitado', 'In place': 'En marcha', 'Not needed': 'No hace falta' },
    },
    whoToTell: { label: 'A quién avisar' },
    returnNotes: { label: 'Qué decir cuando el/la joven regrese' },
    team: { label: 'Equipo', addLabel: 'Agregar a alguien del equipo' },
    mdtNotes: { label: 'Reuniones MDT: fechas y notas' },
    nextReview: { label: 'Fecha de la próxima revisión' },
    changes: { label: 'Qué cambió desde la última revisión' },
  },
  columns: {
    'people.name': 'Nombre',
    'people.relationship': 'Relación',
    'people.contact': 'Cómo comunicarse',
    'places.place': 'Lugar',
    'places.route': 'Cómo llegar',
    'numbers.label': 'Quién',
    'numbers.number': 'Número',
    'services.service': 'Servicio',
    'services.status': 'Estado',
    'services.notes': 'Notas',
    'team.role': 'Función',
    'team.name': 'Nombre',
    'team.contact': 'Contacto',
  },
  presets: {
    // The numbers to memorize under the names the Spanish guide entry gives them.
    'numbers.label': MEMORIZE_ES.lineNames ?? {},
    'services.service': {
      'Saving Innocence worker': 'Trabajador/a de Saving Innocence',
      'More intensive therapy (e.g. EMDR)': 'Terapia más intensiva (por ejemplo, EMDR)',
      'Secondary DCFS social worker': 'Segundo/a trabajador/a social del DCFS',
      'Restoration Funds': 'Fondos de restauración (Restoration Funds)',
      'Career exploration': 'Explorar carreras y trabajos',
      'Health and mental-health care': 'Atención médica y de salud mental',
      'ID and housing needs': 'Necesidades de identificación y vivienda',
      "Legal services (Alliance for Children's Rights)": "Servicios legales (Alliance for Children's Rights)",
    },
  },
};

/** The Spanish words of fields asked under another one (Field.details): how CSEC status was confirmed. */
export const PLAN_DETAILS_ES: PlanFormEs['fields'] = {
  csecConfirmedOn: { label: 'Cuándo se confirmó' },
  csecConfirmedHow: {
    label: 'Quién lo confirmó y cómo',
    hint: 'El DCFS o la corte. Por ejemplo: se asignó una unidad CSEC, o el/la joven lo reveló abiertamente al equipo.',
  },
};
