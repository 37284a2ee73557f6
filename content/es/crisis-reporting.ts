import { EMERGENCY_NAMES } from './crisis-urgent';
import { NAME_ES } from './names';
import type { EntryEs } from './types';

/** Reporting, the trafficking hotline's limits, talking with a youth (content/crisis/reporting.ts); usted, as in crisis-urgent.ts. */
export const REPORTING_ES: Readonly<Record<string, EntryEs>> = {
  'crisis-report-abuse': {
    title: `Sospecha que hay abuso o explotación: haga un reporte (${NAME_ES.dcfsShort})`,
    body:
      'Considérese informante obligatorio/a (mandated reporter), y confírmelo con su supervisor/a de CASA: los resúmenes ' +
      'de la ley de California incluyen a los voluntarios de un programa CASA entre los informantes obligatorios, y los ' +
      'programas CASA de California capacitan a sus voluntarios como tales. La norma es la sospecha razonable, no la ' +
      'prueba. El DCFS de Los Ángeles considera la explotación sexual comercial de un/a menor como abuso infantil que se ' +
      'debe reportar a su Línea de Protección Infantil (Child Protection Hotline), que recibe llamadas 24/7 de cualquier ' +
      'persona. Le van a preguntar el nombre y la edad del/de la menor, dónde está, qué vio u oyó y cuándo, si está ' +
      'herido/a, y si la persona que le hace daño tiene acceso al/a la menor. Childhelp no es una línea para hacer reportes.',
    steps: [
      'Si hay peligro ahora, llame al 911.',
      `Llame a la ${NAME_ES.dcfsShort} y haga el reporte usted mismo/a. Anote el número de referencia (referral number) y el resultado.`,
      'Avise a su supervisor/a de CASA y al/a la CSW del/de la joven el mismo día: además de su propia llamada, no en lugar de ella.',
      'Pregunte a su supervisor/a de CASA sobre el seguimiento por escrito: qué formulario y para cuándo (los resúmenes de la ley de California dan 36 horas).',
      'No investigue ni le haga preguntas al/a la joven para sacar detalles. Si le cuenta algo, anote sus propias palabras y lo que usted observó.',
      'Mantenga la confidencialidad: comparta solo con quienes necesitan saberlo, y nunca ponga la condición de CSEC en un informe para la corte a menos que el DCFS o la corte lo haya confirmado.',
    ],
    lineNames: { 'LA County DCFS Child Protection Hotline': NAME_ES.dcfs, ...EMERGENCY_NAMES },
    synonyms: [
      'reportar',
      'cómo reportar',
      'como reportar',
      'reportar abuso',
      'número para reportar abuso',
      'hacer un reporte',
      'denunciar',
      'informante obligatorio',
      'reportero obligatorio',
      'sospecho abuso',
      'sospecho explotación',
      'abuso',
      'maltrato',
      'negligencia',
      'me contó',
      'me dijo',
      'seguimiento por escrito',
      'la trabajadora social',
    ],
  },
  'crisis-trafficking-hotline': {
    title: `Lo que la ${NAME_ES.trafficking} hace y no hace`,
    body:
      'La Línea no es una agencia del gobierno, ni la policía, ni una autoridad de inmigración: la opera Polaris, con fondos ' +
      'de HHS y otros donantes. Atiende 24/7, en inglés, en español y en más de 200 idiomas con intérpretes. Mantiene en ' +
      'privado los nombres y los datos que identifican a una persona, a menos que quien llama esté de acuerdo o la ley exija ' +
      'compartirlos, y los avisos pueden ser anónimos. Con adultos, pide un consentimiento claro antes de hacer un reporte ' +
      'por ellos. Pero si sospecha que un/a menor está siendo abusado/a, o cree que alguien está a punto de sufrir daño, ' +
      'avisa de inmediato a las autoridades correspondientes. A qué autoridad avisa en el Condado de Los Ángeles: pregunte ' +
      'a su supervisor/a de CASA.',
    steps: [
      'Úsela para preguntas sobre la trata de personas, para orientación y referencias, o cuando un/a joven quiere hablar con alguien.',
      'Antes de sugerírsela a un/a joven, dígale con honestidad que una llamada o un mensaje sobre un/a menor puede llevar a la Línea a avisar a las autoridades, aun sin el consentimiento del/de la joven.',
      `Si sospecha abuso o explotación, haga también su propio reporte a la ${NAME_ES.dcfsShort} (DCFS Child Protection Hotline): la Línea no es una de las agencias que California nombra para los reportes obligatorios.`,
    ],
    lineNames: { 'National Human Trafficking Hotline': NAME_ES.trafficking, 'LA County DCFS Child Protection Hotline': NAME_ES.dcfs },
    synonyms: [
      'línea contra la trata',
      'linea contra la trata',
      'trata de personas',
      'polaris',
      'llaman a la policía',
      'van a llamar a la policia',
      'reportan',
      'policía',
      'inmigración',
      'inmigracion',
      'migra',
      'confidencial',
      'anónimo',
      'anonimo',
      'consentimiento',
      'hablar con alguien',
      'preguntas sobre trata',
    ],
  },
  'crisis-talking-with-youth': {
    title: 'Cómo hablar con un/a joven en crisis (con enfoque informado sobre el trauma)',
    body:
      'Antes de empezar, pregúntese: ¿el/la joven está en crisis ahora mismo? ¿Están en un lugar donde se siente seguro/a? ' +
      '¿Puede mantener en privado, de forma adecuada, lo que le cuente? ¿Tienen suficiente confianza para preguntas ' +
      'delicadas? ¿Es usted la persona indicada, o debería dirigir la conversación el/la CSW o un/a terapeuta?',
    steps: [
      'La seguridad primero: si alguien está en peligro ahora, llame al 911.',
      'Sea honesto/a sobre los límites. No prometa guardar secretos que no puede guardar, sobre todo de daño o suicidio; explique quién podría necesitar saberlo y por qué.',
      'Escuche más de lo que habla. Mantenga la calma, muestre que está escuchando y no juzgue.',
      'No presione para que le cuente toda la historia ni cuestione sus motivos. Su trabajo no es investigar.',
      'Hable de las conductas, no de la persona: sin etiquetas ni culpas. Una decisión arriesgada no significa que merecía el daño.',
      'Si le preocupa el suicidio, pregunte directamente y ayude a que se comunique con el 988.',
      'Ofrezca opciones y deje que el/la joven decida cuando se pueda. Reconozca lo que siente sin justificar el abuso.',
      'Está bien no saber: diga que lo va a averiguar y que le responderá, y hágalo.',
      'Haga seguimiento y sea constante. Cuídese usted también: pida apoyo a su supervisor/a.',
    ],
    lineNames: { ...EMERGENCY_NAMES, '988 Suicide & Crisis Lifeline': NAME_ES.line988 },
    synonyms: [
      'cómo hablar',
      'como hablar',
      'hablar con el joven',
      'conversación',
      'me contó',
      'me dijo',
      'llorando',
      'está llorando',
      'ataque de pánico',
      'calmarse',
      'tranquilizar',
      'calmar la situación',
      'trauma',
      'guardar un secreto',
      'secreto',
      'prometer',
      'no sé qué decir',
    ],
  },
};
