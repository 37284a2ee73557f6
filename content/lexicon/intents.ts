/**
 * What a question asks for, from how it is asked, as data (utils/search/signals.ts): "who do I
 * call" wants a number, "what do I say" wants a phrasing, "should I" wants what to do and not
 * do, "what does X mean" wants a definition. Each pattern is a regular expression over the
 * query's words joined by single spaces, padded with a space on each side; `asks` lists the
 * words that only say what is asked for ("number", "mean"), so they are not taken as the topic.
 */
import type { IntentRuleData } from '@/utils/search/lexicon';
import { BACK_ALREADY_ES, KILLING_FIGURES, LINE_PURPOSE, LOOKUP, MINOR_HURTS, MISSED_NOT_MISSING, SCHOOL_DANGER } from './lookups';

export const INTENT_RULES: readonly IntentRuleData[] = [
  {
    name: 'a number or someone to call',
    pattern: String.raw` (a quien|quien|donde) (llamo|llamar|le hablo|hablar|contacto|aviso)| (numero|telefono|linea) (de|para|del) | (who|where) (do|should|can|could|would|to) (i |we )?(call|contact|tell|notify|reach|go)| (who|where) (i|we) (call|contact|notify|reach)( |$)| (?<!referral |case |reference )(phone )?numbers? | hotlines? | helplines? | call (someone|somebody|for help)| text line| crisis line| (a |the )?line for |(?<! (por|by|over|the|al|el)) (phone|tel|telefono|cell) $`,
    favour: ['resource', 'crisis'],
    asks: 'call number numbers phone hotline hotlines helpline line contact text reach numero telefono linea llamar llamo',
  },
  {
    // Learning, law and paperwork: whatever words they share with a crisis, not one happening.
    name: 'a lookup for learning',
    pattern: LOOKUP,
    favour: [],
    lookup: true,
  },
  {
    // Everyday matters that share words with a crisis: figures of speech, routine care, school,
    // celebrations, reaching the case's people. Unlike a lookup's words these never silence a
    // situation the query describes; they only keep crisis entries from leading by shared words.
    name: 'everyday matters',
    pattern: String.raw` (killing it|killed it|kill time|killing time|matar el tiempo|reprobar|ir al cine|(paperwork|this case|work|school|traffic|court|this job|the drive) is killing me|dead tired|(muerta|muerto) de (cansancio|sueno|risa|hambre|ganas)|me muero (por|de ganas)|me mata el (papeleo|trabajo|trafico)|ran a (5k|10k|race|marathon|mile)|booster|vaccines?|vaccinations?|flu shot|vacunas?|(medication|meds|pill) schedule|keep track of (her|his|their) (pills|meds|medication)|horario de (sus )?(pastillas|medicamentos|medicinas)|dentist|doctor s? appointment|(algebra|math|driving|driver s?) (final|test|exam)|finals|final exam|examen|examenes|community college|birthday|cumpleanos|secret santa|amigo secreto|vacation|vacaciones|left (a )?voicemail|mileage|reimburse|reimbursement|call back|llamado back|new worker|worker assigned|soccer|futbol|track meet|run(ning)? for (student council|class president|president|office|treasurer|secretary|homecoming)|(not|no) (estar |be |being )?(doing|haciendo) (enough|suficiente)|(schools?|escuelas?) .*(teach|ensenar|ensenan)|(fights?|fighting|pelea|pelean|se pelea) (with|con) (her|his|su) (little |big )?(sister|brother|hermanita|hermanito|hermana|hermano)|cut (off )?contact with|corto (el )?contacto con|cried (through|at|during) a (movie|film|show)|pelicula|(car|van|truck|bus) (broke|broken|breaks) down|(zoom|video|phone|the) call (broke|dropped|cut out)|osito|peluche|teddy bear|stuffed animal|(call|calls|llamar|llama|llamarme) (me )?(back|after (the|my|our|la|el) (session|visit|meeting|hearing|class|sesion|visita|junta)|tomorrow|manana|mas tarde|later)|me (puede|podria|va a) llamar|to (set up|schedule|reschedule|confirm) (the |a |our )?(visit|meeting|appointment|call)|(dont|doesnt|didnt|hasnt) come to (the |my |our )?(office|meeting|work|class|practice)|(visit|visitation|appointment|hearing|meeting|session) (got |was |is |has been )?(moved|rescheduled|canceled|cancelled|postponed|pushed)|(se cambio|cambio|cambiaron|movieron|movio|cancelaron|cancelo) (la |su )?(visita|cita|audiencia)|se (pelearon|peleaban) (las |los )?(hermanas|hermanos|primas|primos)|(jonron|home run|beisbol|baseball|partido de (futbol|beisbol|basquet|basquetbol|voleibol|softbol))|crisis of (confidence|faith)|cut out (for|to be)|(text|texting|call|calling|facetime|snap|snapchat|message|talk to|see|visit) (her|his|their) (friends|friend|family|mom|dad|grandma|grandpa|sister|brother|cousins?|aunt|uncle)|(took|take|taking|takes) (pictures|pics|photos|selfies|a selfie|a picture|a photo) (of|with) (her|his|their) (friends|friend|family|sister|brother|dog|cat|food)|(stuck in|in|hit) (traffic|trafico)|se (corto|cortaron|va a cortar|quiere cortar) (el )?(pelo|cabello)|(phone|battery|laptop|charger|tablet|car) (is |was |went |just )?(dead|died)|dead end|(killed|crushed|aced|nailed) (her|his|their|my|the|a) ([a-z]+ )?(test|exam|quiz|final|finals|presentation|recital|game|audition|interview)|(die|dye|dyed|died|dying|dyeing|dyes|dies) (her|his|their|my) hair|running (a fever|a temperature|late|behind|errands)|life ?(book|story)|(hang|hangs|hanging|hung) out|salir con (sus|su|mis|mi) (amigas|amiga|amigos|amigo|primas|prima|primos|primo)|(fiesta|baile|concierto) (este|el) (fin de semana|viernes|sabado|domingo)|(party|parties|dance|concert|game|sleepover|movies?) (this|next|on) (weekend|week|friday|saturday|sunday|night)|(at|in) (her |his |their |the |a )?([a-z]+ )?(work|job|school|class|practice|church|gym|store|mall|session|appointment|internship|therapy|counseling|lesson|lessons|shift|movies|library) (right now|rn)|with (her|his|their) ([a-z]+ )?(friends|family|mom|dad|aunt|uncle|grandma|grandpa|sister|brother|cousins|foster (mom|dad|mother|father|family)|caregiver|therapist|counselor|tutor|teacher|coach|mentor) (right now|rn)|(esta|anda) (trabajando|estudiando|en (la |el |su |sus )?(escuela|trabajo|clase|clases|practica|iglesia|tienda|terapia|cita|biblioteca))|(esta|anda) con (su |sus )(abuela|abuelo|tia|tio|familia|amigas|amigos|mama|papa|hermana|hermano|hermanas|hermanos|prima|primo|primas|primos|terapeuta|maestra|maestro))( |$)|${MINOR_HURTS}|${KILLING_FIGURES}|${BACK_ALREADY_ES}|${MISSED_NOT_MISSING}|${SCHOOL_DANGER}`,
    favour: [],
    // "Right now" says when, not what: it matched the 911 steps' title and "Children's Rights" (helper-79).
    asks: 'right now rn',
    lookup: true,
  },
  {
    // When a line answers ("is 988 open on weekends"): the line is the topic, not the hours.
    name: "a line's hours",
    pattern: String.raw` (hotline|line|linea|lifeline|safeline|988|233733|dcfs|childhelp|rainn|ncmec) .*(hours|horario|horarios|open|abierta|abierto|atienden)( |$)| (hours|horario|horarios) (of|for|de|del) | (open|abierta|abierto|atienden) (on |los )?(weekends?|holidays?|at night|late|24 7|fines de semana|de noche|las 24 horas)`,
    favour: ['resource'],
    asks: 'hours horario horarios open weekends weekend holidays holiday night late abierta abierto atienden fines semana noche',
    lookup: true,
  },
  {
    // The advocate's own care, named ("self care after a hard case"): whatever else it names.
    name: 'self-care',
    pattern: String.raw` (self ?care|autocuidado|cuidado personal|cuidarme|vicarious trauma|compassion fatigue|trauma vicario|(keep|kept|keeps) replaying|support group|grupo de apoyo|is (this|it) normal (to|that i|for me)|(i|me) (cried|keep crying|kept crying|cant sleep|couldnt sleep|cant stop thinking)|what do other (casas|advocates|volunteers) do)( |$)`,
    favour: ['self-care'],
    lookup: true,
  },
  {
    // Whether a line answers in Spanish is a question about the line, not a crisis.
    name: 'a line in Spanish',
    pattern: String.raw` (hablan|habla|tiene|tienen|hay|atienden) (servicio |atencion |ayuda )?en espanol| (speak|speaks|in|have|has) spanish `,
    favour: ['resource'],
  },
  {
    name: 'words to say',
    pattern: String.raw` (que|como) (le )?(digo|pregunto|decir|preguntar|preguntarle|decirle)| quiero (saber|preguntarle|decirle|que sepa)| (frases?|palabras) (para|que)| como (empiezo|inicio|comienzo)| sin (que se sienta|presionarla|presionarlo)| (what|how) (do|should|can|could|would) (i|we) (say|ask|tell(?! (if|whether|when|for sure|the difference))(?!(?<=how [a-z]+ (i|we) tell) $)|talk|word|phrase|bring|approach|start|respond)| (what|how) to (say|ask|tell|talk|respond)| what (i|we) (say|ask|tell) | words to use| talk to (her|him|them|the youth)| wording| without sounding`,
    favour: ['phrasing'],
    asks: 'say ask tell talk words word phrase use digo decir decirle pregunto preguntar preguntarle palabras',
  },
  {
    // "Cuando vuelve": the moment the handout gives words for, not the red flag that shares the verb.
    name: 'the youth coming back',
    pattern: String.raw` cuando (vuelve|vuelva|regresa|regrese)( |$)| when (she|he|they|the youth|my youth) (comes|come|gets|get) back( |$)`,
    favour: ['phrasing'],
  },
  {
    name: 'what not to do',
    pattern: String.raw` (not|never|dont) (to )?do | avoid | mistakes? | (que|lo que) no (debo |debemos |hay que |se debe |tengo que )?hacer| (que|cosas que) evitar| errores `,
    favour: ['avoid'],
    asks: 'avoid mistake mistakes hacer evitar errores debo debemos tengo',
  },
  {
    name: 'whether to do something',
    pattern: String.raw` (should|can|could|may|must) (i|we) (?!tell (if|whether|when|for sure|the difference))| is it (ok|okay|alright|appropriate|allowed|wrong|bad) | am i (allowed|supposed|required)| do i (have|need) to | allowed to | (le |les |lo |la )?(puedo|podemos|debo|debemos|deberia|deberiamos) `,
    favour: ['action', 'avoid', 'confidentiality'],
  },
  {
    // The don'ts first: they are the ones that keep a youth safe.
    name: 'dos and donts',
    pattern: String.raw` (dos|do s|do) (and|&|n) (donts|dont s|dont|do nots) `,
    favour: ['avoid', 'action', 'confidentiality'],
    asks: 'dos donts',
  },
  {
    name: 'signs to look for',
    pattern: String.raw` (warning|danger|red) (signs?|flags?) | signs? (of|that|she|he|they|my|a|the|if|your|someone) | (what|things) (should |do |to )?(i |we )?(look|watch) (out )?for | como (se|saber|puedo saber|sabria|se puede saber) (si|cuando) | how (can|do|would) (i|you) (tell|know) (?!(her|him|them|the youth|my|our|your|his) )| (senales|signos|indicios) (de (alerta|alarma|trata|trafico|explotacion)|that|que|of) | banderas? rojas? | redflags? `,
    favour: ['red-flag', 'recruitment'],
    // Signs "of trafficking" are every red flag: what they are signs of names no one entry.
    asks: 'warning danger red sign signs flag flags redflag redflags tell know look watch senales senal signos indicios alerta alarma bandera banderas roja rojas trafficking trafficked exploitation exploited csec cse explotacion explotada explotado sexual sold pimped prostituted saber traficada traficado traficando explotando trata trafico',
  },
  {
    // Numbers gathered for later (a wallet card, a list to memorize): a lookup, not a crisis.
    // After the kinds a list may be of ("lista de señales de alerta"): those name it first.
    name: 'numbers to keep',
    pattern: String.raw` (wallet|card|list|memorize|memorise|save|saving|print|poster|flyer|for later|put on|keep in|guardar|guardo|guardarlo|guardarla|imprimir|tarjeta|tarjetita|cartera|contactos|memorizar|de memoria|lista) | (for|in|to) my contacts | nothing to report | bulletin board `,
    favour: ['resource'],
    asks: 'list lista print printed printable imprimir save saving guardar guardo guardarlo guardarla later contacts contactos',
    lookup: true,
  },
  {
    // Whether something heard is true ("would teachers notice if…": that it is easy to see): the myths and the facts that answer them.
    name: 'whether it is true',
    pattern: String.raw` (is (it|that|this)|its|thats) (true|a myth|really true|real)( |$)| true or false| myth or (fact|true|truth)| (es|sera|eso es) (cierto|verdad|un mito)( |$)| mito o (realidad|verdad)| (se dar(ia|ian)|se dan) cuenta (si|de que)( |$)`,
    favour: ['myth', 'fact'],
    asks: 'true myth real false cierto verdad mito realidad',
    lookup: true,
  },
  {
    // What a line is for ("childhelp sirve para reportar abuso?"): the line answers.
    name: 'what a line is for',
    pattern: LINE_PURPOSE,
    favour: ['resource'],
    asks: 'sirve funciona',
    lookup: true,
  },
  {
    name: 'what a word means',
    pattern: String.raw` (what|whats) (is|are|does|s) (?!(the |some )?(signs?|red flags?|warning signs?|signals?) )| mean | means | meaning | define | definition | stands? for | slang | que significa | que quiere decir | que es | significado | significa $`,
    favour: ['term', 'fact'],
    asks: 'mean means meaning define definition stand stands slang significa significado',
  },
];
