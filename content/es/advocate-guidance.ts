import type { AdvocateEntryEs } from './types';

/**
 * The handout's guidance for advocates in Spanish, by the English entry's id: what to do and
 * not do, myths and facts, how youth are recruited and controlled, self-care. Translations of
 * the English entries (which come from the handout), never new guidance: every number, date and
 * percentage is the English entry's own (tests/content-es-advocate.test.ts). Like the red flags
 * (./red-flags.ts), these are the advocate's reading: shown and copied in Spanish, marked as
 * translated, and found by Spanish searches through their words.
 */
export const ADVOCATE_ES: Readonly<Record<string, AdvocateEntryEs>> = {
  // How youth are recruited (content/recruitment.ts).
  'recruitment-seduction': {
    title: 'Seducción o coerción',
    body: 'Se puede atraer a los jóvenes mediante la seducción o la coerción.',
  },
  'recruitment-force': {
    title: 'Violencia y fuerza (secuestro)',
    body: 'A algunos jóvenes los reclutan con violencia o por la fuerza, incluso mediante un secuestro.',
  },
  'recruitment-gang': {
    title: 'Reclutamiento relacionado con pandillas',
    body: 'El reclutamiento puede estar relacionado con pandillas.',
  },
  'recruitment-peers': {
    title: 'Reclutamiento por otros jóvenes',
    body: 'Otros jóvenes pueden reclutar a la persona joven.',
  },
  'recruitment-survival-sex': {
    title: 'Sexo por sobrevivencia (el folleto dice “self-exploited” o “renegades”)',
    body:
      'Intercambiar sexo para cubrir necesidades básicas. Ninguna persona menor de edad se explota a sí misma: esto es ' +
      'explotación sexual comercial infantil (vea Formas de la CSEC), y la persona joven no tiene la culpa.',
  },
  'recruitment-false-advertising': {
    title: 'Anuncios falsos de “modelaje”, “actuación” o “baile”',
    body: 'Se usan ofertas falsas de trabajo de modelaje, actuación o baile para reclutar a jóvenes.',
  },
  'recruitment-internet': {
    title: 'Enganche por internet en salas de chat o sitios de perfiles',
    body: 'Quienes reclutan llegan a los jóvenes por medio de salas de chat y sitios donde se comparten perfiles.',
  },
  'recruitment-family': {
    title: 'Padres o familia',
    body: 'Quienes explotan a una persona joven pueden ser sus padres o sus familiares.',
  },

  // How traffickers keep control (content/recruitment.ts).
  'tactic-illusion-of-family': {
    title: 'Crean una ilusión de familia',
    body: 'Los tratantes crean una ilusión de estructura familiar alrededor de la persona joven.',
  },
  'tactic-intimate-partner': {
    title: 'Muchas veces empiezan como pareja íntima',
    body:
      'Los tratantes muchas veces empiezan como pareja íntima, con conductas como las de la violencia de pareja: ' +
      'controladoras, degradantes y amenazantes.',
  },
  'tactic-role-model': {
    title: 'Se convierten en un modelo a seguir o en una figura de padre o madre',
    body: 'El o la tratante se convierte en un modelo a seguir o en una figura de padre o madre para la persona joven.',
  },
  'tactic-indulgences': {
    title: 'De vez en cuando dan gustos',
    body: 'Los tratantes de vez en cuando dan gustos (regalos, antojos).',
  },
  'tactic-drugs': {
    title: 'Pueden usar drogas o alcohol para manipular',
    body: 'Los tratantes pueden usar drogas o alcohol para manipular aún más a la persona joven.',
  },

  // Gathering information (content/advocacy.ts).
  'info-case-parties': {
    title: 'Comuníquese con las partes del caso',
    body:
      'Comuníquese con las partes del caso que sean necesarias: trabajador/a social (CSW), abogado/a y administrador/a de ' +
      'casos de CLC de la persona joven.',
  },
  'info-mdt': {
    title: 'Participe en las reuniones MDT',
    body: 'Participe en las reuniones del equipo multidisciplinario (MDT).',
  },
  'info-supervisor-resources': {
    title: 'Conozca los recursos CSEC con su supervisor/a',
    body: 'Trabaje con su supervisor/a (Advocate Supervisor) para entender qué recursos CSEC hay disponibles.',
  },

  // The approach (content/advocacy.ts).
  'approach-empowerment': {
    title: 'Empodere y colabore',
    body: 'Empodere a la persona joven y colabore con ella.',
  },
  'approach-safety-first': {
    title: 'La seguridad primero',
    body: 'Lo primero que las personas necesitan es seguridad.',
  },
  'approach-support-healing': {
    title: 'Apoye la sanación',
    body: 'Valide las fortalezas de la persona joven y acompáñela desde el punto en que se encuentra.',
  },

  // Advocacy (content/advocacy.ts).
  'advocacy-validate-feelings': {
    title: 'Valide los sentimientos',
    body:
      'Permita que la persona joven se exprese por completo. Reconozca que sus sentimientos son reales e importantes, ' +
      'sin aprobar el abuso ni la explotación.',
  },
  'advocacy-advocate-for-resources': {
    title: 'Abogue por recursos',
    body:
      'Abogue por las necesidades relacionadas con documentos de identificación, atención médica, recursos de salud mental, ' +
      'vivienda y más.',
  },
  'advocacy-consistent-support': {
    title: 'Sea una persona de apoyo constante',
    body:
      'Demuéstrele a su joven que usted de verdad está de su lado. En la vida de jóvenes en cuidado de crianza (foster care), ' +
      'muchas veces su CASA es la única persona adulta constante, y puede darles una sensación de estabilidad en un ' +
      'sistema que, por lo demás, es caótico.',
  },

  // Services to advocate for (content/advocacy.ts).
  'service-saving-innocence-worker': {
    title: 'Abogue por un trabajador o una trabajadora de Saving Innocence',
    body: 'Abogue para que la persona joven tenga un trabajador o una trabajadora de Saving Innocence.',
  },
  'service-career-exploration': {
    title: 'Explore oportunidades de carrera con la persona joven',
    body: 'Trabaje con la persona joven para explorar oportunidades de carrera.',
  },
  'service-safety-plan': {
    title: 'Hagan juntos un plan de seguridad',
    body: 'Colabore con la persona joven y con el equipo para hacer un plan de seguridad.',
  },
  'service-intensive-therapy': {
    title: 'Conecte a la persona joven con una terapia más intensiva (por ejemplo, EMDR)',
    body: 'Conecte a la persona joven con servicios terapéuticos más intensivos, por ejemplo EMDR.',
  },
  'service-secondary-social-worker': {
    title: 'Pida un segundo trabajador o trabajadora social del DCFS',
    body: 'Pida un segundo trabajador o trabajadora social del DCFS para tener apoyo adicional.',
  },
  'service-restoration-funds': {
    title: 'Pida fondos de restauración (Restoration Funds)',
    body:
      'Pida fondos de restauración (Restoration Funds) para la persona joven. El folleto no dice qué son los Restoration ' +
      'Funds ni cómo pedirlos: consulte con su supervisor/a de CASA.',
  },

  // Harm reduction (content/advocacy.ts).
  'harm-reduction-not-ready': {
    title: 'Puede que la persona joven no esté lista para cambiar',
    body: 'Entienda que una persona joven puede no estar lista para reconocer o cambiar sus conductas o decisiones actuales.',
  },
  'harm-reduction-reduce-harm': {
    title: 'Acepte su decisión y reduzca el daño',
    body: 'Acepte su decisión y ofrezca recursos y planes para reducir el daño lo más posible.',
  },
  'harm-reduction-top-3-people': {
    title: 'Ayude a la persona joven a nombrar a sus 3 personas principales',
    body: 'Anime a la persona joven a identificar a sus 3 personas principales, para que le den apoyo adicional.',
  },

  // Staying involved (content/advocacy.ts).
  'involved-stay-in-contact': {
    title: 'Mantenga una participación activa y el contacto con las partes del caso',
    body: 'Mantenga una participación activa y el contacto con las partes del caso: familia, CSW y abogado/a.',
  },
  'involved-continuing-education': {
    title: 'Consulte sobre la educación continua en CSEC',
    body: 'Consulte con su supervisor/a las oportunidades de educación continua en CSEC: seminarios web (webinars), libros y clases.',
  },
  'involved-share-and-support': {
    title: 'Asista a un grupo CSEC para compartir y apoyarse',
    body: 'Asista en CASA a un grupo CSEC para compartir y apoyarse.',
  },
  'involved-short-term-advocacy': {
    title: 'Consulte sobre la abogacía a corto plazo (Short-term Advocacy)',
    body: 'Consulte con su supervisor/a las oportunidades de abogacía a corto plazo (Short-term Advocacy).',
  },

  // The handout's closing reminders (content/facts.ts).
  'remember-trusting-relationship': {
    title: 'Construya una relación de confianza a largo plazo',
    body: 'Construir una relación de confianza a largo plazo es el corazón de este trabajo.',
  },
  'remember-therapeutic-modalities': {
    title: 'Muchos tipos de terapia pueden ayudar',
    body:
      'Hay una variedad de modalidades terapéuticas que ayudan a las personas sobrevivientes a desarrollar su autoestima y ' +
      'su empoderamiento, y a reconectarse consigo mismas.',
  },
  'remember-active-support': {
    title: 'Siga siendo un apoyo activo, incluso en tiempos difíciles',
    body:
      'Ser un apoyo activo para la persona joven, incluso en tiempos difíciles, es el papel más importante que usted puede ' +
      'desempeñar.',
  },

  // What not to do (content/advocacy.ts).
  'avoid-picking-up-youth': {
    title: 'No recoja a la persona joven cuando se escape',
    body: 'No vaya a recoger a la persona joven cuando se escape.',
  },
  'avoid-contacting-trafficker': {
    title: 'No se comunique con el o la tratante',
    body: 'No se comunique con el o la tratante.',
  },

  // Self-care (content/self-care.ts).
  'self-care-supervisor': {
    title: 'Pida apoyo a su supervisor/a',
    body: 'Pídale apoyo a su supervisor/a.',
  },
  'self-care-step-back': {
    title: 'Tome distancia de su caso por una semana',
    body: 'Desconéctese de su caso durante una semana.',
  },
  'self-care-community': {
    title: 'Busque apoyo en su comunidad',
    body: 'Busque apoyo en su comunidad.',
  },

  // What we know (content/facts.ts).
  'fact-csec-definition': {
    title: 'Qué es la CSEC',
    body:
      'La explotación sexual comercial infantil (CSEC) es una actividad sexual que involucra a una persona menor de edad ' +
      'a cambio de algo de valor, o de la promesa de algo de valor, para esa persona o para otra u otras personas. La ' +
      'persona menor de edad es tratada como un objeto comercial y sexual. La CSEC es una forma de violencia contra la niñez.',
  },
  'fact-csec-forms': {
    title: 'Formas que puede tomar la CSEC',
    body:
      'Trata con fines sexuales; pornografía infantil; turismo sexual infantil; intercambiar sexo para cubrir necesidades ' +
      'básicas, que muchas veces se llama “sexo por sobrevivencia”; explotación en la calle o ligada a pandillas; servicios ' +
      'de acompañantes; líneas de sexo telefónico; fiestas privadas; explotación por parte de familiares (el folleto dice ' +
      '“interfamilial pimping”); explotación por internet.',
  },
  'fact-term-trafficker': {
    title: 'Qué significa “tratante” aquí',
    body:
      '“Tratante” quiere decir cualquier persona que se beneficia, económicamente o de otra forma, de las víctimas de ' +
      'explotación sexual comercial o de trata. Otros términos que se usan con frecuencia en inglés son “exploiters”, ' +
      '“pimps”, “purchasers”, “buyers” y “johns”.',
  },
  'fact-foster-care-greater-risk': {
    title: 'Los niños y niñas en cuidado de crianza tienen más probabilidad de llegar a ser víctimas',
    body:
      'Los niños y niñas en cuidado de crianza (foster care) tienen más probabilidad de llegar a ser víctimas de ' +
      'explotación sexual comercial.',
  },
  'fact-fbi-foster-care-2013': {
    title: 'La mayoría de las víctimas menores de edad que el FBI rescató en 2013 venían de cuidado de crianza',
    body: 'En 2013, el 60% de las víctimas menores de edad que el FBI rescató venían de cuidado de crianza (foster care).',
  },
  'fact-missing-2017': {
    title: 'Muchos menores desaparecidos que probablemente fueron víctimas de trata habían estado en el sistema de bienestar infantil',
    body:
      'En 2017, el 14% de los menores reportados como desaparecidos probablemente eran víctimas de trata con fines ' +
      'sexuales, y el 88% de ellos habían estado en el sistema de bienestar infantil.',
  },
  'fact-at-risk-300000': {
    title: 'Más de 300,000 jóvenes en Estados Unidos están en riesgo',
    body: 'Se considera que más de 300,000 jóvenes en Estados Unidos están “en riesgo” de explotación sexual.',
  },
  'fact-every-state': {
    title: 'Se reporta trata de personas en todos los estados',
    body:
      'La mayoría de los casos de trata de personas se han reportado en California, Texas y Florida, pero en todos los ' +
      'estados de Estados Unidos hay reportes de trata de personas.',
  },
  'fact-targeted-tricked-traumatized': {
    title: 'Se les elige como blanco, se les engaña, se les traumatiza',
    body: 'A los jóvenes que son explotados se les elige como blanco, se les engaña y se les traumatiza.',
  },

  // Myths and truths (content/facts.ts).
  'myth-buyers-punished': {
    title: 'Mito: Se atrapa y se castiga a quienes compran sexo con menores de edad, o venden a menores de edad con fines sexuales.',
    body:
      'Verdad: A pesar de que en todos los estados hay leyes que permiten procesar a estas personas, y a pesar del gran ' +
      'trabajo de fiscales y de las fuerzas del orden en muchas jurisdicciones, quienes explotan sexualmente a niños, ' +
      'niñas y adolescentes en gran medida no han tenido que rendir cuentas.',
  },
  'myth-help-available': {
    title: 'Mito: Hay ayuda disponible y fácil de conseguir para las víctimas y sobrevivientes.',
    body:
      'Verdad: No hay suficientes servicios para cubrir las necesidades actuales. Los servicios que sí existen están ' +
      'distribuidos de forma desigual entre zonas geográficas, no cuentan con recursos adecuados y varían en su capacidad de dar ' +
      'atención especializada.',
  },
  'myth-easy-to-recognize': {
    title: 'Mito: Para profesionales que trabajan con menores de edad, es fácil reconocer a las víctimas y a jóvenes en riesgo.',
    body:
      'Verdad: Muchos docentes, médicos, profesionales de enfermería, trabajadores de bienestar infantil y otras personas que ' +
      'tratan con jóvenes no saben que la explotación sexual comercial y la trata de menores con fines sexuales ocurren en ' +
      'sus comunidades, o no tienen los conocimientos o la capacitación para identificar estas situaciones y responder a ellas.',
  },

  // The law (content/facts.ts).
  'law-ab1227': {
    title: 'AB 1227: educación para prevenir la trata de personas en las escuelas de California',
    body:
      'La Ley de Educación y Capacitación para la Prevención de la Trata de Personas (Human Trafficking Prevention ' +
      'Education and Training Act, AB 1227) exige que todas las escuelas públicas de California ofrezcan educación y ' +
      'capacitación sobre cómo identificar y prevenir la trata de personas, para evitar que se explote a menores de edad ' +
      'con fines laborales o sexuales.',
  },
};
