/**
 * The glossary in Spanish (content/glossary): the street and system words youth, exploiters and
 * case files use, by the English entry's id, and the guidance shown with every term. Translations
 * of the English entries, never new facts: every number, year, law and place is the English
 * entry's own (tests/content-es-glossary.test.ts). A street word stays in English, first and
 * literally, because it is what the advocate hears; it is quoted as the street's word, never ours.
 */

/** As content/glossary/term.ts's `rentingLacyWording`, in Spanish. */
const rentingLacyWording = (word?: string): string =>
  `la redacción original${word ? ` de “${word}”` : ''}: se basa en copias republicadas de la lista “Renting Lacy” de Shared ` +
  'Hope, cuya página original solo se pudo leer en parte.';

/** One glossary term in Spanish: a translation of the English entry with the same id. */
export interface GlossaryTermEs {
  /**
   * The term as shown in Spanish. For a street word keep the English word the youth or exploiter
   * says, first and literally (e.g. 'The life / the game'), and you may add a short Spanish gloss in
   * parentheses when it helps: 'The life / the game (“la vida”, “el juego”)'. For a system word
   * (CSW, DCFS, WIC 300…) give the Spanish name with the English acronym.
   */
  title: string;
  meaning: string;
  why: string;
  /** Only where the English term has a note. */
  note?: string;
  /** Only where the English term has `unconfirmed`: what is not confirmed, after "Sin confirmar:". */
  unconfirmed?: string;
  /**
   * Words a Spanish-speaking advocate or youth would TYPE to find this term (search only, never
   * shown): real Spanish words or common Spanish slang with the same meaning, e.g. for the
   * pimp/exploiter term: 'chulo', 'padrote', 'proxeneta', 'lenón'. Lower case. 0–8 per term; do not
   * repeat words of the title. Never a labelling word for the youth (no 'prostituta').
   */
  synonyms: readonly string[];
}

/** The 41 glossary terms in Spanish, by the English entry's id, in the English order. */
export const GLOSSARY_ES: Readonly<Record<string, GlossaryTermEs>> = {
  // The world of “the life” (content/glossary/words-life.ts).
  'term-the-life': {
    title: 'The life / the game (“la vida”, “el juego”)',
    meaning:
      'Nombres de la calle para el sexo comercial y la trata, vistos como un mundo entero con sus propias reglas, rangos y ' +
      'palabras. “In the life” quiere decir que la persona está metida en ese mundo ahora; la investigación sobre la salida ' +
      'dice de quienes ya salieron que están “out of the life”.',
    why:
      'Una persona joven que habla de “the life” o de “the game” como algo conocido, o que conoce sus reglas, puede estar metida ' +
      'en ese mundo o estar cerca de alguien que lo está. Salir casi nunca es un solo paso limpio: en un estudio, las personas ' +
      'sobrevivientes entraron y salieron varias veces antes de salir definitivamente, y lo que más les ayudó fue que los ' +
      'sistemas trabajaran en conjunto.',
    note:
      '“The game” hace que la explotación suene como una decisión propia o una diversión: con sus propias palabras, diga ' +
      '“explotación”. Espere retrocesos; una persona joven que regresa no ha fracasado.',
    unconfirmed: '“out of the life” como término en uso: solo se encontró en investigaciones sobre la salida.',
    synonyms: ['dejar ese mundo'],
  },
  'term-daddy': {
    title: 'Daddy (“papi”)',
    meaning: 'El nombre con que un explotador suele obligar a las personas que controla a llamarlo. Lo presenta como una figura paterna.',
    why:
      'Que una persona joven le diga “daddy” a alguien mayor, o que tenga un “boyfriend” (“novio”) que maneja su dinero y sus ' +
      'reglas, es una señal de alerta de la que debe hablar con su supervisor/a y con el/la CSW. El folleto de CASA incluye entre las ' +
      'señales de alerta la lealtad hacia el o la tratante y una pareja íntima mayor, y dice que los tratantes crean una ilusión ' +
      'de familia y se convierten en una figura de padre o madre.',
    note:
      'No ataque a la persona a quien la persona joven está apegada: eso puede alejarla. Escuche, nombre las conductas (“él se ' +
      'queda con tu dinero”) y sea constante.',
    synonyms: ['papito'],
  },
  'term-bottom': {
    title: 'Bottom (la “mano derecha” de quien explota)',
    meaning:
      'Una persona que el explotador elige para supervisar a las demás: transmite sus reglas, recoge el dinero, reserva cuartos, ' +
      'publica anuncios y a veces castiga o recluta. Por lo general a ella también la explotan, muchas veces desde hace más ' +
      'tiempo que a nadie.',
    why:
      'A una persona joven la puede controlar una “bottom” en lugar del explotador directamente, o la pueden empujar a ese papel ' +
      'y luego tratarla como delincuente por cosas que la obligaron a hacer.',
    note:
      'Nunca le repita a la persona joven el nombre completo que se usa en la calle. Una persona joven en este papel sigue ' +
      'siendo una persona joven a quien están explotando; no la trate como “la reclutadora” delante de ella.',
    synonyms: ['chica principal'],
  },
  'term-wife-in-law': {
    title: 'Wife-in-law / wifey',
    meaning: 'El nombre que se dan entre sí las personas a quienes explota la misma persona.',
    why:
      'Una persona joven que menciona a sus “wifeys” o a una “wife-in-law” está describiendo un grupo que controla una sola ' +
      'persona: más jóvenes que pueden estar en riesgo.',
    note: 'Estos lazos pueden ser lo más parecido a tener hermanos que tiene la persona joven; no se burle de ellos ni les reste importancia.',
    synonyms: ['las otras chicas'],
  },
  'term-family-stable': {
    title: 'Family / folks / stable (“familia”, “establo”)',
    meaning:
      'Todo el grupo de personas que controla un mismo explotador, quien hace el papel de padre (“daddy”). “Stable” es la palabra ' +
      'del explotador y trata a las personas como caballos.',
    why:
      'Quienes explotan se aprovechan de la necesidad de tener una familia, y una persona joven en cuidado de crianza puede ' +
      'valorar mucho esta “familia”. El folleto de CASA dice que los tratantes crean una ilusión de estructura familiar.',
    note:
      'Nunca llame “stable” al grupo de la persona joven. Reconozca la necesidad que hay detrás del apego, y ayude a la persona ' +
      'joven a nombrar sus apoyos reales (sus “3 personas principales”, como dice el folleto).',
    unconfirmed: rentingLacyWording('stable'),
    synonyms: ['cuadra'],
  },
  'term-track': {
    title: 'Track / stroll / blade',
    meaning:
      'Una calle o zona donde se vende sexo, muchas veces vigilada por explotadores. Un “kiddie stroll” es una zona conocida por ' +
      'víctimas más jóvenes.',
    why:
      'En Los Ángeles, reportajes de 2015 describieron un tramo de la calle South Figueroa (“the Fig”) como uno de los ' +
      'principales “tracks”, con explotadores que vigilaban sus propias cuadras. Una persona joven que conoce estos lugares por ' +
      'su nombre, o a quien ven allí, necesita atención.',
    note:
      'No le haga preguntas insistentes a la persona joven sobre dónde “trabaja”: puede sentirse como un interrogatorio. Si le ' +
      'cuenta algo, agradézcaselo y comparta con el/la CSW lo que le preocupe sobre su seguridad.',
    unconfirmed: rentingLacyWording('kiddie stroll'),
    synonyms: ['zona roja', 'zona de tolerancia', 'figueroa'],
  },
  'term-high-low-track': {
    title: 'High track / low track (zona “alta”, zona “baja”)',
    meaning:
      'Una clasificación aproximada de lugares o personas en los mercados de sexo en la calle: “high track” donde los compradores ' +
      'pagan más (muchas veces asociada con víctimas más jóvenes), “low track” donde los precios son más bajos. La reportó un ' +
      'grupo de Columbia Británica, Canadá; no está confirmado si significa lo mismo en Los Ángeles: pregunte a su supervisor/a ' +
      'de CASA.',
    why:
      'Muestra que la persona joven sabe cómo se clasifica el mercado; si habla de que la van a “subir” (“moved up”), puede ser ' +
      'una señal de grooming.',
    note: 'Estas palabras clasifican a las personas por precio. No las repita.',
    synonyms: ['zona cara', 'zona barata'],
  },
  'term-circuit': {
    title: 'Circuit (“el circuito”)',
    meaning: 'Un conjunto de ciudades o zonas entre las que quienes explotan trasladan a las personas.',
    why:
      'Una persona joven que desaparece una y otra vez y menciona otras ciudades puede estar siendo trasladada por un circuito. ' +
      'Comparta con el/la CSW lo que escuchó.',
    note: 'Pregunte por su bienestar y sus necesidades, no por un itinerario.',
    unconfirmed: rentingLacyWording(),
    synonyms: ['gira', 'de ciudad en ciudad'],
  },
  'term-quota': {
    title: 'Quota (“cuota”)',
    meaning: 'Una meta de dinero por noche que fija quien explota; a la persona no se le permite volver a “casa” hasta cumplirla.',
    why:
      'Polaris incluye la imposición de cuotas entre las formas en que quienes explotan coaccionan a las personas. Una persona ' +
      'joven preocupada por “hacer” una cifra, o con miedo de volver a casa sin dinero, puede estar bajo control.',
    note: 'No pregunte cuánto ganó; concéntrese en la seguridad y en las necesidades básicas.',
    unconfirmed: rentingLacyWording(),
    synonyms: ['meta de dinero'],
  },
  'term-trick-john-buyer': {
    title: 'Trick / date / john / buyer (“cita”, comprador)',
    meaning: 'La persona que paga, o que da algo de valor a cambio, por sexo; también el acto mismo (“turning a trick”, “with a date”).',
    why:
      'Una persona joven que habla de “dates” con personas mayores, o de “tricks”, está describiendo sexo comercial. Para una ' +
      'persona menor de edad, esto es explotación según la ley, sin importar quién lo organizó.',
    note:
      'Con sus propias palabras, diga “comprador” (buyer), no “john”: así la responsabilidad queda en quien paga. Evite “trick” ' +
      'al hablar con la persona joven.',
    synonyms: ['cliente'],
  },
  'term-choosing': {
    title: 'Choosing up / choosing fee (“escoger”, cuota por escoger)',
    meaning:
      'Cuando una persona pasa, o la obligan a pasar, de un explotador a otro. Según las “reglas” de los explotadores, incluso ' +
      'mirar a los ojos a otro explotador puede contar como escogerlo; el explotador anterior puede exigir un pago, y se puede ' +
      'cobrar una “choosing fee” para entrar a un nuevo grupo.',
    why:
      'Muestra que la persona joven vive bajo las reglas de un explotador (la mirada baja, sin contacto visual). Una persona ' +
      'joven que “escogió” (“chose”) a alguien no escogió libremente: las deudas y los pagos son formas de control.',
    note: 'No use expresiones como “she chose” (“ella escogió”) en sus notas ni en los informes para la corte.',
    synonyms: ['pasarse con otro'],
  },
  'term-out-of-pocket': {
    title: 'Out of pocket',
    meaning:
      'En este mundo: romper las reglas del explotador (por ejemplo, mirar a los ojos a otro explotador), o trabajar sin la ' +
      '“protección” de un explotador, lo que expone a la persona a presiones para que “escoja”. En el inglés de todos los días, ' +
      'la misma frase quiere decir que alguien no está localizable, o que se pasó de la raya.',
    why: 'Estar “out of pocket” puede traer un castigo; una persona joven que lo dice puede tenerle miedo a alguien.',
    note: 'Compruebe qué significado le da la persona joven antes de suponer.',
    synonyms: ['romper las reglas'],
  },
  'term-exit-fee': {
    title: 'Exit fee (“cuota de salida”)',
    meaning: 'Una suma grande que quien explota le exige a alguien que quiere irse, fijada alta a propósito para que se quede.',
    why: 'Una persona joven que dice que le “debe” algo a alguien o que tiene que pagar para irse está describiendo una deuda usada para controlarla.',
    note: 'No prometa pagar ni negociar; hable con el/la CSW y con su supervisor/a.',
    unconfirmed: rentingLacyWording(),
    synonyms: ['deuda'],
  },

  // Marks of control, kinds of exploiter (content/glossary/words-control.ts).
  'term-branding': {
    title: 'Branding (“marcar”)',
    meaning: 'Un tatuaje, o una marca cortada en la piel, que muestra que alguien “pertenece” a un explotador o a una pandilla.',
    why:
      'Un tatuaje nuevo de un nombre o de un símbolo que la persona joven no quiere explicar puede ser una señal de control. ' +
      'Reportajes desde Los Ángeles señalan que los explotadores suelen marcar a las chicas que controlan.',
    note: 'No pida verlo ni le tome fotos. Deje que la persona joven decida qué decir al respecto, si es que quiere decir algo.',
    synonyms: ['tatuaje', 'corona', 'signo de dólar'],
  },
  'term-romeo-pimp': {
    title: 'Romeo pimp / finesse pimp / loverboy',
    meaning:
      'Un explotador que controla sobre todo con romance, regalos y manipulación más que con violencia abierta, aunque la ' +
      'amenaza de violencia sigue ahí.',
    why:
      'Polaris dice que el amor es la herramienta más común en la trata con fines sexuales; rara vez empieza con un secuestro por ' +
      'parte de un desconocido. El folleto de CASA dice que los tratantes muchas veces empiezan como pareja íntima.',
    note:
      'Puede que la persona joven de verdad quiera a esta persona. Criticarlo puede cortar la conversación; pregúntele cómo la ' +
      'hace sentir la relación, y qué recibe y qué da.',
    unconfirmed: rentingLacyWording(),
    synonyms: ['galán', 'enamorador'],
  },
  'term-gorilla-pimp': {
    title: 'Gorilla (guerrilla) pimp',
    meaning: 'Un explotador que controla sobre todo por medio de la violencia y el miedo.',
    why:
      'Las lesiones que la persona joven no quiere explicar (una señal de alerta en el folleto de CASA) pueden venir de este tipo ' +
      'de control. Si alguien está en peligro ahora, llame al 911.',
    note: 'El miedo puede parecer enojo o silencio. No insista en que le dé detalles.',
    unconfirmed: rentingLacyWording(),
    synonyms: ['gorila', 'explotador violento'],
  },
  'term-renegade': {
    title: 'Renegade',
    meaning:
      'Alguien que vende o intercambia sexo sin un explotador. El folleto de CASA agrupa a quienes llama “renegades” con el sexo ' +
      'por sobrevivencia bajo “self-exploited”.',
    why:
      'Una persona menor de edad sin explotador (“no pimp”) sigue siendo víctima de explotación sexual comercial según la ley, y ' +
      'muchas veces los explotadores la presionan para que “escoja” a uno.',
    note:
      'Evite decir “self-exploited” con la persona joven: ninguna persona menor de edad se explota a sí misma, y la palabra ' +
      'sugiere culpa.',
    synonyms: ['sin padrote', 'por mi cuenta'],
  },
  'term-automatic': {
    title: 'Automatic (“en automático”)',
    meaning: 'Seguir las reglas del explotador y entregarle el dinero aun cuando él no está o está preso, por miedo o por lealtad.',
    why: 'Que un explotador esté en la cárcel no quiere decir que la persona joven esté a salvo ni que sea libre.',
    note: 'La lealtad a un explotador ausente muestra lo profundo que es el control; no es un defecto de carácter.',
    synonyms: [],
  },
  'term-square': {
    title: 'Square / squaring up / square life (alguien “de afuera”, una vida “normal”)',
    meaning:
      '“Square” quiere decir alguien de fuera de “the life”, incluidas la policía y las personas que “no entienden”; “squaring ' +
      'up” quiere decir intentar salir y llevar una vida común.',
    why:
      'Para una persona joven, usted puede ser “a square”: alguien de afuera. Si habla de “squaring up”, puede ser una ' +
      'oportunidad para apoyar un cambio que la persona joven quiere.',
    note:
      'Acompáñela desde el punto en que se encuentra (folleto de CASA): pregúntele qué necesitaría para “going square”, y ayúdele ' +
      'con esas necesidades.',
    unconfirmed: `“square life” como frase hecha; y ${rentingLacyWording('squaring up')}`,
    synonyms: ['cambiar de vida'],
  },
  'term-pimp-circle': {
    title: 'Pimp circle (“el círculo”)',
    meaning: 'Varios explotadores rodean a una persona para insultarla y amenazarla, para castigarla u obligarla a “escoger”.',
    why: 'Una señal de peligro grave y de intimidación.',
    note: 'Si una persona joven describe esto, concéntrese en la seguridad ahora; no le pida que le cuente toda la historia.',
    unconfirmed: rentingLacyWording(),
    synonyms: ['la rodearon', 'me rodearon', 'rodeada'],
  },
  'term-caught-a-case': {
    title: 'Caught a case (“le abrieron un caso”)',
    meaning:
      'Arrestaron a la persona y le presentaron cargos por un delito (se dice tanto de una persona explotada como de quien explota).',
    why:
      'Desde la SB 1322 (2016), la ley de California por lo general no permite arrestar a menores por participar en sexo ' +
      'comercial (con una excepción cuando la seguridad de la persona joven está en riesgo), pero las personas jóvenes ' +
      'explotadas pueden enfrentar otros cargos por cosas que las obligaron a hacer. Un caso contra quien explota también puede ' +
      'cambiar la seguridad de la persona joven.',
    note: 'Un antecedente penal no define quién es la persona joven. Las preguntas legales le corresponden a su abogado o abogada.',
    synonyms: ['arresto', 'me arrestaron', 'cargos', 'antecedentes penales'],
  },
  'term-trap-house': {
    title: 'Trap house (“casa de drogas”)',
    meaning:
      'Una casa o departamento donde se venden y se consumen drogas, adonde se puede atraer a adolescentes para ir de fiesta (así ' +
      'lo describieron personas defensoras en Oregón).',
    why:
      'Personas defensoras en Oregón reportaron que en esas casas había muchachas en riesgo de explotación sexual. Las drogas y ' +
      'las fiestas también son formas de atraer a jóvenes (vea “LG party”).',
    note: 'Pregunte primero por su seguridad, no por el consumo de drogas.',
    unconfirmed: 'una definición en un glosario contra la trata, y si la palabra se usa así en Los Ángeles.',
    synonyms: ['picadero', 'tiendita'],
  },

  // How youth are drawn in, and who profits (content/glossary/words-recruiting.ts).
  'term-recruiter': {
    title: 'Recruiter / peer recruitment (quien recluta; reclutamiento entre jóvenes)',
    meaning:
      'Alguien, muchas veces otra persona joven y a veces una a quien también están explotando, que atrae a otras personas: en ' +
      'la escuela, en hogares grupales (group homes) o por internet.',
    why:
      'El folleto de CASA incluye el reclutamiento por otros jóvenes entre las formas en que se recluta a jóvenes. Una persona ' +
      'joven puede estar en riesgo por una amistad en su colocación, o pueden presionarla para que reclute a otras personas.',
    note:
      'Una persona joven que recluta por lo general también está siendo explotada: fíjese en la relación que hay detrás de quien ' +
      'recluta, no solo en quien recluta.',
    synonyms: [],
  },
  'term-sugar-daddy': {
    title: 'Sugar daddy / sugaring',
    meaning:
      'Una persona adulta mayor que le paga a una persona joven, con dinero en efectivo, regalos o cosas que necesita, a cambio de ' +
      'sexo o de que haga el papel de pareja.',
    why:
      'Para una persona menor de edad, cualquier acto sexual a cambio de algo de valor es explotación sexual comercial. Un fiscal ' +
      'del condado de King, Washington, llama al “sugaring” una nueva frontera de la explotación. El dinero en efectivo, los ' +
      'regalos o los teléfonos sin explicación son señales de alerta en el folleto de CASA.',
    note: 'Puede que la persona joven lo vea como una relación o como “dinero fácil”; no la avergüence.',
    synonyms: ['mesada', 'arreglo'],
  },
  'term-survival-sex': {
    title: 'Survival sex (“sexo por sobrevivencia”)',
    meaning: 'Intercambiar sexo para cubrir necesidades básicas: comida, techo, ropa, dinero o drogas.',
    why:
      'Para una persona menor de edad, esto es explotación sexual comercial: la definición de bienestar infantil de California ' +
      'incluye darle a una persona menor de edad comida, techo o un pago a cambio de sexo. Quienes se escapan de su colocación ' +
      'corren un riesgo más alto.',
    note:
      'Puede que la persona joven lo vea como sobrevivencia, no como explotación; aun así, es explotación. Concéntrese en las ' +
      'necesidades: una cama segura, comida, atención médica.',
    synonyms: ['sexo por comida', 'sexo a cambio de techo', 'sexo transaccional'],
  },
  'term-grooming': {
    title: 'Boyfriending / love bombing / grooming (noviazgo falso, “bombardeo de amor”, captación)',
    meaning:
      'El grooming es la forma en que quien explota prepara a una persona joven para explotarla: regalos, halagos, atención, y ' +
      'aislarla de los demás. “Boyfriending” es fingir un romance; “love bombing” es colmar a alguien de cariño para ganarse su ' +
      'confianza rápido.',
    why:
      'La Línea Nacional contra la Trata de Personas (National Human Trafficking Hotline) describe cómo quienes explotan usan ' +
      'halagos, dinero, drogas y promesas para crear dependencia. Las pandillas también reclutan así.',
    note:
      'No diga “él no te quiere”: haga preguntas que ayuden a la persona joven a notar patrones (quién controla el dinero, el ' +
      'teléfono, las amistades).',
    synonyms: ['me consiente', 'solo él me entiende', 'halagos'],
  },
  'term-sextortion': {
    title: 'Sextortion (“sextorsión”)',
    meaning:
      'Amenazar con compartir imágenes sexuales de una persona joven si no manda más imágenes, si no hace actos sexuales o si no ' +
      'paga dinero.',
    why:
      'El NCMEC reporta un aumento fuerte, sobre todo de exigencias de dinero, y en los casos recientes los blancos más comunes ' +
      'son adolescentes varones. Las víctimas pueden sentirse atrapadas y sin esperanza: preste atención a señales de autolesión.',
    note:
      'El consejo del NCMEC: la culpa es de quien chantajea, no de la persona joven; no pague; reporte la cuenta; bloquéela pero ' +
      'no borre los mensajes; el NCMEC puede ayudar a que se eliminen las imágenes.',
    synonyms: ['chantaje', 'packs', 'nudes', 'fotos íntimas', 'tiene mis fotos'],
  },
  'term-lg-party': {
    title: 'LG / LB / LG party',
    meaning:
      'Jerga escolar reportada en Columbia Británica, Canadá: “LG” o “LB” para una niña o un niño más joven a quien se ve como ' +
      'blanco; una “LG party” es una fiesta donde jóvenes de más edad atraen a otros más jóvenes y los presionan a tener sexo a ' +
      'cambio de drogas, alcohol o estatus. No está confirmado si se usa en Los Ángeles.',
    why: 'Las fiestas son un entorno para el reclutamiento: pregunte con quién va a fiestas la persona joven.',
    note: 'No le repita la etiqueta a la persona joven.',
    synonyms: ['fiestas con mayores'],
  },
  'term-trafficker': {
    title: 'Trafficker / pimp / exploiter / facilitator (tratante, quien explota, quien facilita)',
    meaning:
      'Tratante (en la calle: “pimp”) es cualquier persona que se beneficia, con dinero o con cualquier otra cosa de valor, de ' +
      'vender o usar a otra persona para sexo. Quienes facilitan son personas o negocios que lo hacen más fácil, como hoteles, ' +
      'choferes o sitios web.',
    why:
      'Quien explota puede ser un novio, un familiar u otra persona joven; Polaris reporta muchas víctimas de trata a manos de ' +
      'familiares o de parejas íntimas.',
    note:
      'El folleto de CASA usa “trafficker” (tratante) para cualquier persona que se beneficia. No use “pimp” para alguien a ' +
      'quien la persona joven no ha descrito así; describa conductas.',
    synonyms: ['chulo', 'padrote', 'proxeneta', 'lenón'],
  },
  'term-turned-out': {
    title: 'Turned out',
    meaning: 'Que vendan a una persona para sexo por primera vez, según lo describe un grupo contra la trata.',
    why:
      'Marca el momento en que el grooming se convierte en explotación; la “luna de miel” con un explotador de tipo Romeo ' +
      'muchas veces termina aquí.',
    note: 'No use la frase para referirse a la persona joven.',
    synonyms: ['la iniciaron'],
  },

  // System and case-file words (content/glossary/words-system.ts).
  'term-csec': {
    title: 'CSEC / CSE / CSEC-Y (explotación sexual comercial infantil y juvenil)',
    meaning:
      'Explotación sexual comercial de menores: abuso sexual de una persona menor de edad a cambio de cualquier cosa de valor ' +
      '(dinero, comida, techo, drogas), dada a cualquier persona. El Condado de Los Ángeles ahora suele decir CSEC/Y o CSE, ' +
      'para incluir también a jóvenes.',
    why:
      'La ley de California (SB 855, 2014) dejó claro que el sistema de bienestar infantil puede atender a estos niños, niñas y ' +
      'adolescentes como menores víctimas de abuso, y el DCFS de Los Ángeles exige que se reporte a su Línea de Protección ' +
      'Infantil (Child Protection Hotline).',
    note:
      'Diga “una persona joven que ha vivido CSE”, no “un CSEC”. El folleto de CASA: no comparta la condición de CSEC con la ' +
      'corte a menos que esté confirmada.',
    synonyms: [],
  },
  'term-cse-it': {
    title: 'CSE-IT (Herramienta de Identificación de Explotación Sexual Comercial)',
    meaning:
      'La Herramienta de Identificación de Explotación Sexual Comercial (Commercial Sexual Exploitation–Identification Tool) de ' +
      'WestCoast Children’s Clinic, en Oakland: una herramienta de detección validada, creada con aportes de más de 100 ' +
      'sobrevivientes y proveedores de servicios, que ayuda a quienes atienden a jóvenes a detectar a tiempo señales de ' +
      'explotación.',
    why:
      'Puede aparecer un puntaje del CSE-IT en un expediente. No es un cuestionario que se le lee a la persona joven ni una ' +
      'prueba legal de trata: muestra el nivel de preocupación y si hace falta un seguimiento. San Francisco CASA lo usa; si lo ' +
      'usan el DCFS de Los Ángeles o CASA of Los Angeles: pregunte a su supervisor/a de CASA.',
    note: 'Nunca le lea los puntos de la herramienta a una persona joven como si fuera una entrevista.',
    synonyms: ['herramienta de detección', 'tamizaje', 'cuestionario'],
  },
  'term-mdt': {
    title: 'MDT (equipo multidisciplinario) / First Responder Protocol (Protocolo de Primera Respuesta)',
    meaning:
      'Una reunión de las personas que trabajan con una persona joven (de trabajo social, libertad condicional, defensoría, ' +
      'salud y salud mental, entre otras) para planear juntas los servicios. El Protocolo de Primera Respuesta de las Fuerzas del ' +
      'Orden para la CSEC del Condado de Los Ángeles (Law Enforcement First Responder Protocol) establece funciones para las ' +
      'fuerzas del orden, el DCFS, Libertad Condicional (Probation), una agencia de defensoría, los servicios de salud y un MDT, ' +
      'para que a las personas jóvenes explotadas se les trate como víctimas, se les conecte con personas adultas y servicios ' +
      'de apoyo, y se les haga una evaluación de salud dentro de 72 horas.',
    why:
      'El folleto de CASA pide que cada CASA participe en las reuniones del MDT, y el Programa CSEC de California (SB 855) exige ' +
      'que los condados participantes usen un equipo multidisciplinario. Cuándo se reúne el MDT de su joven y quién asiste: ' +
      'pregunte a su supervisor/a de CASA.',
    note: 'La persona joven debe tener voz en su propio plan: lleve lo que le dijo que quiere, con su permiso.',
    synonyms: ['reunión de equipo', 'junta del equipo'],
  },
  'term-strtp': {
    title: 'STRTP (Programa Terapéutico Residencial de Corto Plazo)',
    meaning:
      'Lo que reemplaza en California a los hogares grupales (group homes) desde el 1 de enero de 2017 (AB 403): un hogar con ' +
      'licencia que da cuidado a corto plazo, de día y de noche, informado sobre el trauma y con tratamiento intensivo, pensado ' +
      'para ayudar a la persona joven a pasar a un entorno familiar. Algunos tienen un programa especializado para jóvenes ' +
      'víctimas de explotación sexual comercial.',
    why:
      'Estudios citados por el California Evidence-Based Clearinghouse encontraron que los jóvenes en cuidado grupal o ' +
      'residencial tienen más probabilidad de escaparse, y se ha reportado reclutamiento dentro de un centro de evaluación ' +
      'juvenil de California. Los STRTP atienden a jóvenes con necesidades altas de salud mental cuya evaluación indica que ' +
      'necesitan ese nivel de cuidado.',
    note: 'Pregúntele a la persona joven cómo se siente en su colocación: no sentirse a salvo es una razón común por la que los jóvenes se van.',
    synonyms: ['hogar grupal', 'tratamiento residencial'],
  },
  'term-awol': {
    title: 'Ausencia sin permiso (AWOL) / fuga / ausencia del cuidado (missing from care)',
    meaning:
      'La persona joven dejó su colocación sin permiso. La política del DCFS de Los Ángeles lo llama “missing or absent from ' +
      'care” (desaparición o ausencia del cuidado); los textos sobre bienestar infantil y los programas CASA muchas veces dicen ' +
      'AWOL.',
    why:
      'Las personas jóvenes que dejan el cuidado corren un riesgo más alto de explotación sexual. Cuando desaparece una persona ' +
      'joven en cuidado de crianza, el o la trabajadora social debe reportarlo rápido, y California además le exige averiguar ' +
      'por qué se fue la persona joven y qué pasó mientras estuvo fuera.',
    note:
      'Muchas veces la persona joven tiene razones reales: no sentirse a salvo, querer estar con su familia, necesitar un ' +
      'descanso. Irse puede ser una manera en que la persona joven cuida de sus necesidades, y mantener el contacto es crucial. ' +
      'Use las preguntas del folleto para “cuando la persona joven regrese”; no la regañe.',
    synonyms: ['huida'],
  },
  'term-csw': {
    title: 'CSW (trabajador/a social de menores; Children’s Social Worker)',
    meaning:
      'Profesional de trabajo social del DCFS del Condado de Los Ángeles que investiga los reportes de abuso y supervisa el ' +
      'cuidado y la colocación de menores bajo la tutela de la corte. El “case-carrying CSW” es quien tiene asignado el caso de ' +
      'la persona joven; un SCSW supervisa a los CSW.',
    why:
      'El/la CSW es la primera persona a quien un CASA informa sobre preocupaciones de seguridad o sobre una persona joven ' +
      'desaparecida, y debe seguir haciendo esfuerzos para encontrar a una persona joven desaparecida.',
    note: 'Puede que la persona joven haya tenido muchos CSW; no dé por hecho que confía.',
    synonyms: ['trabajadora social', 'trabajador social', 'asistente social'],
  },
  'term-dcfs': {
    title: 'DCFS (Departamento de Servicios para Niños y Familias del Condado de Los Ángeles)',
    meaning:
      'La agencia del condado que responde al abuso y la negligencia infantil: recibe los reportes por una sola línea central, ' +
      'la Línea de Protección Infantil (Child Protection Hotline), y los envía a oficinas regionales para investigación y manejo ' +
      'de casos.',
    why:
      'El DCFS opera la línea a la que usted llama para reportar abuso o explotación, y recibe fuera de horario los reportes sobre ' +
      'menores dependientes de la corte que se han escapado.',
    synonyms: ['bienestar infantil'],
  },
  'term-referral': {
    title: 'Referral (reporte a la línea del DCFS)',
    meaning:
      'En el lenguaje del DCFS, un reporte a la Línea de Protección Infantil (Child Protection Hotline) se convierte en un ' +
      '“referral”. La línea le da a quien llama un resultado preliminar (por ejemplo, una respuesta en persona dentro de 24 ' +
      'horas o dentro de cinco días hábiles, “evaluated out”, o información que se pasa al/a la CSW a cargo del caso) y, para ' +
      'algunos resultados, un número de referral.',
    why: 'Anote el número de referral y el resultado, y déselos a su supervisor/a.',
    synonyms: ['remisión'],
  },
  'term-nmd': {
    title: 'NMD (dependiente no menor de edad; nonminor dependent)',
    meaning: 'Una persona adulta joven, de 18 a 21 años, que sigue en cuidado de crianza bajo la tutela de la corte.',
    why:
      'Las reglas son distintas cuando un NMD desaparece: el DCFS no pide una orden de custodia protectora, pero presenta un ' +
      'reporte de persona desaparecida si se sospecha que hubo un delito. El NCMEC puede ayudar con personas adultas jóvenes ' +
      'desaparecidas de 18 a 20 años.',
    synonyms: ['cuidado extendido', 'adulto joven', 'adulta joven'],
  },
  'term-dependency-court': {
    title: 'Corte de dependencia / Corte de Menores (Dependency court / Children’s Court)',
    meaning:
      'La corte juvenil que protege a niños, niñas y adolescentes que han sufrido abuso o negligencia; no es una corte penal. En ' +
      'el Condado de Los Ángeles, la mayoría de las audiencias son en la Edmund D. Edelman Children’s Court, en Monterey Park, ' +
      'con una sala en Lancaster; el DCFS presenta las peticiones.',
    why:
      'Esta corte nombra a cada CASA, y cada CASA le da información independiente y basada en hechos sobre el interés superior de ' +
      'la persona menor de edad.',
    note: 'La corte puede dar miedo: pregúntele a la persona joven qué quiere que sepa el juez o la jueza.',
    synonyms: ['tribunal de menores', 'juzgado', 'juez', 'jueza'],
  },
  'term-clc': {
    title: 'CLC (Centro Legal para Menores; Children’s Law Center)',
    meaning:
      'En el Condado de Los Ángeles, cada menor en la corte de dependencia tiene su propio abogado o abogada, por lo general del ' +
      'Children’s Law Center of California.',
    why:
      'El folleto de CASA pide que cada CASA se comunique con las partes del caso: CSW, abogado/a y administrador/a de casos de ' +
      'CLC. Las preguntas legales, incluidas las que tienen que ver con cargos, le corresponden al abogado o la abogada de la ' +
      'persona joven.',
    synonyms: ['abogado', 'abogada', 'licenciado', 'licenciada'],
  },
};

/** The guidance shown with every term (content/glossary/guidance.ts) in Spanish: the same points, in the same order. */
export const GLOSSARY_GUIDANCE_ES: { summary: string; points: readonly string[] } = {
  summary:
    'Estas palabras son para entender, no para usarlas con la persona joven. Una palabra es un motivo para prestar atención, no ' +
    'una prueba: hable con su supervisor/a de CASA y con el/la CSW de la persona joven, y no investigue por su cuenta.',
  points: [
    'Son palabras de la calle y del sistema, y muchas son degradantes. Están aquí para que usted entienda lo que oye o lo que lee ' +
      'en un expediente, no para que las use con la persona joven.',
    'Una palabra es un motivo para prestar atención, no una prueba: una persona joven puede usar estas palabras porque sus ' +
      'amistades las usan, sin que la estén explotando. Háblelo con su supervisor/a de CASA y con el/la CSW de la persona joven; ' +
      'no investigue por su cuenta.',
    'La jerga cambia según la ciudad y el año: la misma calle puede ser “the track”, “the blade” o “the stroll”, y en California ' +
      'se suele decir “the game” donde en Nevada se dice “the life”.',
    'Con sus propias palabras, diga “joven”, “persona joven”, “persona explotada” o “menor víctima de trata”: una persona menor ' +
      'de edad no puede consentir el sexo comercial. Prefiera “comprador” (buyer) a “john”. Describa lo que pasó; no le ponga ' +
      'etiquetas a la persona joven. Algunas personas jóvenes rechazan tanto “víctima” como “sobreviviente”: guíese por lo que ' +
      'ellas prefieran.',
    'La ley está del lado de la persona joven: según la ley federal, cualquier persona menor de 18 años a quien se induzca a un ' +
      'acto sexual comercial es víctima de trata, sin necesidad de demostrar fuerza, fraude o coerción. El DCFS de Los Ángeles ' +
      'considera la explotación sexual comercial de una persona menor de edad como abuso infantil que se debe reportar a su ' +
      'Línea de Protección Infantil (Child Protection Hotline).',
    'Del folleto de CASA: no le diga a la corte que una persona joven es CSEC a menos que el DCFS o la corte lo haya confirmado ' +
      '(se asignó una unidad CSEC, o la persona joven se lo reveló al equipo).',
  ],
};
