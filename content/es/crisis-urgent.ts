import { NAME_ES } from './names';
import type { EntryEs } from './types';

/**
 * Danger now, suicide, a youth missing (content/crisis/urgent.ts). These speak to the advocate,
 * an adult, so they use usted; the steps keep the English order and count.
 */
export const EMERGENCY_NAMES = { 'Emergency (police, fire, ambulance)': NAME_ES.emergency };

export const URGENT_ES: Readonly<Record<string, EntryEs>> = {
  'crisis-danger-now': {
    title: 'Alguien está herido o en peligro ahora mismo: llame al 911',
    body:
      'El 911 es para emergencias que están pasando ahora: alguien está herido o en peligro, se está cometiendo un delito, o ' +
      'se necesita a la policía, a los bomberos o una ambulancia de inmediato. Si no está seguro/a, llame y deje que la ' +
      'persona que contesta decida. Algo que ya pasó y no necesita una respuesta inmediata se le informa al/a la CSW ' +
      `del/de la joven y, si es abuso, a la ${NAME_ES.dcfsShort} (DCFS Child Protection Hotline). Primero están las ` +
      'instrucciones de su supervisor/a de CASA.',
    steps: [
      'Llame al 911. Es mejor una llamada de voz: los mensajes de texto al 911 no funcionan en todas partes.',
      'Primero diga el lugar; luego, qué está pasando y quién está en peligro. Conteste las preguntas y no cuelgue hasta que le digan.',
      'No se ponga en peligro, y nunca contacte ni confronte al explotador.',
      'Después, avise a su supervisor/a de CASA y al/a la CSW del/de la joven.',
      `Si hubo abuso o explotación del/de la joven, pregunte a su supervisor/a si también debe llamar a la ${NAME_ES.dcfsShort}, y sobre el seguimiento por escrito.`,
    ],
    lineNames: EMERGENCY_NAMES,
    synonyms: [
      '911',
      'emergencia',
      'peligro',
      'en peligro',
      'ahora mismo',
      'herido',
      'herida',
      'lastimado',
      'lastimada',
      'policía',
      'policia',
      'llamar a la policía',
      'ambulancia',
      'lo atacaron',
      'la atacaron',
      'amenazado',
      'amenazada',
      'violencia',
      'inseguro',
    ],
  },
  'crisis-suicide': {
    title: 'El/la joven habla de suicidio o de hacerse daño: 988',
    body:
      `La ${NAME_ES.line988} es gratuita, confidencial y atiende 24/7 por llamada, mensaje de texto o chat: para ` +
      'pensamientos de suicidio, una crisis de salud mental o de consumo de sustancias, o cualquier angustia emocional, y ' +
      'también para quienes están preocupados por otra persona. Un consejero o consejera primero pregunta si usted está a ' +
      'salvo; luego escucha, ofrece apoyo y comparte recursos. En español: marque 2 en una llamada, envíe AYUDA por texto ' +
      'al 988 o use el chat en español; en las llamadas también hay intérpretes en más de 250 idiomas. Si el/la joven está ' +
      'bajo el DCFS, el/la CSW puede pedir una respuesta de salud mental del condado en el lugar (field response).',
    steps: [
      'Si el/la joven se ha hecho daño grave o está a punto de hacerlo, llame al 911.',
      'Pregúntele directamente si está pensando en el suicidio. Preguntar abiertamente, sin juzgar, abre la conversación.',
      'Quédese con el/la joven y escuche sin juzgar. No lo/la deje solo/a, y no prometa guardar en secreto los pensamientos de suicidio.',
      'Pregunte si tiene un plan y si tiene a su alcance con qué hacerse daño. Si puede hacerlo sin ponerse en peligro, ayude a alejar cualquier cosa que podría usar para lastimarse.',
      'Llamen o envíen un mensaje de texto al 988 juntos, o usen el chat en 988lifeline.org, o dele el número. En español: marque 2 en una llamada, o envíe AYUDA por texto al 988. Usted también puede contactar al 988 para pedir orientación.',
      'Avise pronto a su supervisor/a de CASA y al/a la CSW del/de la joven.',
      'Haga seguimiento en los días siguientes: una llamada o un mensaje después sí importa.',
    ],
    lineNames: { '988 Suicide & Crisis Lifeline': NAME_ES.line988, ...EMERGENCY_NAMES },
    synonyms: [
      'suicidio',
      'suicida',
      'se quiere morir',
      'quiero morirme',
      'se quiere matar',
      'matarme',
      'hacerse daño',
      'autolesión',
      'autolesion',
      'se corta',
      'cortarse',
      'sobredosis',
      'sin esperanza',
      'crisis de salud mental',
      'línea de crisis',
      'linea de crisis',
      '988',
      'ayuda',
    ],
  },
  'crisis-missing': {
    title: 'No se sabe dónde está el/la joven, o se fue de su colocación (AWOL)',
    body:
      'Reportar a un/a joven desaparecido/a es deber de la agencia, no del/de la CASA: la ley federal exige que la agencia ' +
      'de bienestar infantil reporte a un menor desaparecido a la policía y al NCMEC de inmediato, y a más tardar 24 horas ' +
      'después de saberlo. California exige lo mismo para un/a joven que es, o corre el riesgo de ser, explotado/a ' +
      'sexualmente con fines comerciales, y el/la trabajador/a social o el/la oficial de libertad condicional debe avisar a ' +
      'la policía y a los padres o tutores dentro de 24 horas. El/la CSW sigue haciendo esfuerzos para encontrar al/a la ' +
      'joven, y el DCFS avisa al/a la abogado/a del/de la joven dentro de 24 horas. Usted puede preguntar al/a la CSW o a ' +
      'su supervisor/a si ya se hicieron esos reportes. Si el DCFS le avisa al/a la CASA cuando un/a joven desaparece: ' +
      'pregunte a su supervisor/a de CASA.',
    steps: [
      'Si cree que el/la joven está en peligro inmediato, llame al 911.',
      'Avise de inmediato al/a la CSW del/de la joven: llame, y luego mande una nota corta con lo que sabe y cuándo se enteró.',
      `Fuera del horario de oficina, o si no puede comunicarse con el/la CSW, llame a la ${NAME_ES.dcfsShort} (DCFS Child Protection Hotline): recibe fuera de horario los reportes sobre jóvenes bajo el cuidado del DCFS que se han escapado.`,
      'Avise a su supervisor/a de CASA.',
      'Comparta lo que podría ayudar a encontrar al/a la joven o que muestre riesgo: con quién podría estar, los lugares adonde va, las cuentas que usa, señales de explotación.',
      'No vaya a recoger al/a la joven, y nunca contacte al explotador.',
      `Siga comunicándose por teléfono o mensaje de texto, sin presionar; puede recordarle al/a la joven la ${NAME_ES.runaway} y la línea contra la trata de personas.`,
      'Cuando el/la joven regrese, empiece con “Estoy aquí para hablar, si me necesitas.” Si dice que ha tenido relaciones sexuales, asegúrese de que pueda recibir atención médica. No lo/la interrogue: hablar a fondo de lo que pasó (el debrief) le toca al/a la trabajador/a social.',
    ],
    lineNames: {
      ...EMERGENCY_NAMES,
      'LA County DCFS Child Protection Hotline': NAME_ES.dcfs,
      'National Runaway Safeline': NAME_ES.runaway,
      'National Human Trafficking Hotline': NAME_ES.trafficking,
    },
    synonyms: [
      'desaparecido',
      'desaparecida',
      'se escapó',
      'se escapo',
      'se fugó',
      'se fugo',
      'se fue',
      'awol',
      'se fue del group home',
      'se fue de la colocación',
      'no regresó',
      'no regreso a casa',
      'no sé dónde está',
      'no se donde esta',
      'a quién aviso',
      'la trabajadora social',
      'anda en la calle',
      'se desapareció',
    ],
  },
};
