import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { createGuideSearch } from '@/utils/search';
import { detectCrisis } from '@/utils/search/signals';
import { words } from '@/utils/search/text';
import { lexicon } from '@/content/lexicon';

const search = createGuideSearch(guide, lexicon);
const first = (q: string) => search.search(q)[0]?.id;
/** The crisis the detector alone reads in a query, without ranking. */
const detect = (q: string) => detectCrisis(words(q), lexicon)?.entryId;
const topIds = (q: string, n: number) =>
  search
    .search(q)
    .slice(0, n)
    .map((e) => e.id);

/**
 * Crisis first, always: situations as an advocate types them in a hurry, written for this
 * test from the crisis reference's short card (not taken from the evaluation set).
 */
const SITUATIONS: Record<string, string[]> = {
  'crisis-danger-now': [
    // Self-harm acted on this minute: 911 first, the suicide steps after.,
    'she swallowed her pills and keeps nodding off',
    'he is cutting himself right now',
    'se tomó las pastillas y ya no reacciona',
    'texted me from a van with men she doesnt know, says she is scared',
    '911',
    'she is in danger right now',
    'someone is beating him up',
    'her trafficker is threatening to kill her',
    'he has a gun',
    'she called me crying, a man wont let her leave the hotel',
    'youth is not safe right now',
    'emergency',
    // The police asked for by name (a new user's searches): the 911 steps.
    'police',
    'call the cops',
    'should i call the police',
    'she is unconscious and not breathing',
    'they are hurting her right now what do i do',
    'the pimp just showed up at her school',
    'a man is threatening the staff at her placement',
    'two men circled her car, theyre still outside',
    'he texted that he cant leave the apartment',
    'hay un señor con un cuchillo en la puerta',
    'some guy is trying to pull my 14 year old into a van',
    'she texted me sos and her phone is off now',
    'fight at the strtp rn, someone has a knife',
    'a man is grabbing her arm trying to get her in his car',
    'they took her phone and she is stuck in a motel room',
    "he od'd at the party",
    'her bf just hit her',
  ],
  'crisis-suicide': [
    'she wants to kill herself',
    'he is suicidal',
    'youth talking about suicide',
    'she said she wants to die',
    'he has been cutting himself',
    'she says she doesnt want to live anymore',
    'he took a bunch of pills',
    'self harm what do i do',
    'she said everyone would be better off without her',
    'thinking about ending her life',
    'she texted me kms',
    'noticed new cuts on his arm today',
    'she has been saving up her pills',
    'he is giving away all his stuff and says he wont need it anymore',
    'she wrote that she wishes she was dead',
    'he keeps saying there is no way out',
    'escribio que ya no quiere despertar',
  ],
  'crisis-missing': [
    'can i drive around looking for him tonight',
    'she ran away from her placement',
    'he went awol last night',
    'the youth is missing',
    'she didnt come back to the group home',
    'i cant reach her and nobody knows where she is',
    'he left placement and the csw isnt answering',
    'my youth has been missing since friday',
    'she never came back from school',
    'who do i tell if a youth is missing',
    'she escaped from the strtp',
    'group home says he has been gone since saturday',
    'staff say her bed was empty this morning',
    'runaway from the group home again',
    'she was out all night and nobody called me',
    'she bounced from her placement again',
    'se me peló de la casa hogar',
  ],
  'crisis-report-abuse': [
    'her stepdad beats her when he drinks',
    'a guy sends her money for nudes',
    'encontré anuncios de ella en una página de escorts',
    'how do i report abuse',
    'how to report',
    'i suspect she is being trafficked',
    'i think he is being exploited',
    'she told me her uncle touched her',
    'how do i make a report to dcfs',
    'am i a mandated reporter do i have to report this',
    'her mom is selling her',
    'she is being pimped out',
    'where do i report child abuse',
    'her cousin has bruises from her stepdad beating her',
    'should i call this in',
    'saw ads for him on a website',
    'a man makes her work for him and she owes him money',
    'she goes on dates with older men so she has a place to sleep',
    'a grown man pays her for pictures',
    'i think her uncle molests her',
    'staff at the placement slapped him',
    'she showed me ads of herself on a website',
    'su tío abusa de ella',
  ],
  'crisis-trafficking-hotline': [
    'will the trafficking hotline call the police',
    'is the hotline confidential',
    'what does the trafficking hotline do',
    'does calling the hotline count as a report',
    'is the human trafficking hotline law enforcement',
    'if i call 888-373-7888 will they send the police',
    'will the trafficking line tell her social worker',
    'what happens after she texts 233733',
    'my youth worries the trafficking hotline works with immigration',
  ],
  'crisis-talking-with-youth': [
    'she shut down and refuses to talk about it',
    'me pidió que no le contara a nadie',
    'she is crying and freaking out',
    'what not to say to a youth who was trafficked',
    'youth having a panic attack',
    'should i ask her for details',
    'she wants me to promise to keep it a secret',
    'he zoned out in the middle of talking and wont answer',
    'she is yelling at me and slammed the door',
    'she told me not to tell anyone, what do i say',
    'she told me what happened and i froze',
    'she keeps telling me about her ex, how should i respond',
  ],
};

/** Words that sound alarming but ask for something else: no crisis entry may lead. */
const NEAR_MISSES: [string, string][] = [
  ['lifeline', 'hotline-988'],
  ['the life', 'term-the-life'],
  ['in the life', 'term-the-life'],
  ['runaway hotline number', 'hotline-runaway-safeline'],
  ['report for court', 'confidentiality-csec-status-court'],
  ['court report', 'confidentiality-csec-status-court'],
  ['danger signs', 'red-flag-loyalty-to-trafficker'],
  ['emergency contacts for the safety plan', 'service-safety-plan'],
  ['missing 2017 statistic', 'fact-missing-2017'],
  ['what does awol mean', 'term-awol'],
  ['suicide hotline', 'hotline-988'],
  ['ncmec phone number', 'hotline-ncmec'],
  ['strtp vs group home', 'term-strtp'],
  ['suicide prevention training for volunteers', 'hotline-988'],
  ['gorilla pimp meaning, the ones who threaten to kill', 'term-gorilla-pimp'],
  ['how many foster youth went missing in 2017', 'fact-missing-2017'],
  ['does 988 have spanish', 'hotline-988'],
  ['988 number for her wallet card', 'resources-numbers-to-memorize'],
  ['old suicide lifeline number, does it still work', 'hotline-988'],
  ['missing from care definition', 'term-awol'],
  ['print the runaway line number for her card', 'hotline-runaway-safeline'],
  // A line's hours, the advocate's own care, a question about risk, a scare already handled.
  ['runaway safeline hours', 'hotline-runaway-safeline'],
  ['is 988 open on weekends', 'hotline-988'],
  ['self care after my youth went missing', 'self-care-supervisor'],
  ['are foster youth at greater risk of being trafficked', 'fact-foster-care-greater-risk'],
  ['her suicide attempt last year was handled, how do i support her long term', 'crisis-suicide'],
  // Police as a topic, not a call to make.
  ['law enforcement', 'myth-buyers-punished'],
];

describe('crisis first, always', () => {
  for (const [entryId, queries] of Object.entries(SITUATIONS)) {
    it.each(queries)(`“%s” → ${entryId} first`, (query) => {
      expect(first(query)).toBe(entryId);
    });
  }

  it.each(NEAR_MISSES)('“%s” raises no alarm, and finds %s in the top 3', (query, expected) => {
    const top = search.search(query).slice(0, 3);
    expect(top[0]?.kind).not.toBe('crisis');
    expect(top.map((e) => e.id)).toContain(expected);
  });

  it('puts the line the steps send you to right after them', () => {
    expect(topIds('she wants to kill herself', 2)).toEqual(['crisis-suicide', 'hotline-988']);
    expect(topIds('how do i report abuse', 2)).toEqual(['crisis-report-abuse', 'hotline-la-dcfs-child-protection']);
    // Above the trafficking hotline, which does not take mandated reports.
    expect(topIds('how do I report', 2)).toEqual(['crisis-report-abuse', 'hotline-la-dcfs-child-protection']);
  });

  it('keeps a service first when a bare keyword names it, with the steps right after', () => {
    expect(topIds('suicide', 2)).toEqual(['hotline-988', 'crisis-suicide']);
    expect(topIds('report abuse', 2)).toEqual(['hotline-la-dcfs-child-protection', 'crisis-report-abuse']);
  });

  it('reads a word said of a youth as the situation, though it shares the stem of a service title', () => {
    // "suicidal" describes her; only "suicide" is a word of the 988 line's title.
    expect(topIds('suicidal', 2)).toEqual(['crisis-suicide', 'hotline-988']);
    expect(topIds('suicide hotline', 1)).toEqual(['hotline-988']);
  });

  it('hears danger now or suicide in one part of a long message whose other part is a lookup', () => {
    expect(
      first('I meant to ask about the restoration funds for her. But tonight he took her phone and wont let her leave the motel'),
    ).toBe('crisis-danger-now');
    expect(first('my court report is due friday, plus she texted last night that she wants to end her life')).toBe('crisis-suicide');
    // Only those two: a past runaway beside a training question stays a lookup.
    expect(search.search('she ran away last year but now i want training on awol')[0]?.kind).not.toBe('crisis');
  });

  it('reads a pasted email thread whole for a situation that can’t wait, not only its first 2,000 characters (helper-43)', () => {
    let thread = '';
    while (thread.length < 12_000)
      thread += 'We met at the park after school and talked about basketball, her classes and the new placement. ';
    expect(search.search(thread)[0]?.kind).not.toBe('crisis');
    expect(first(`${thread}Tonight she texted me she wants to kill herself.`)).toBe('crisis-suicide');
    expect(first(`${thread}She has been missing since Friday and nobody knows where she is.`)).toBe('crisis-missing');
  });

  it('reads situations, not single words: the detector alone', () => {
    expect(detect('she has been gone 3 days')).toBe('crisis-missing');
    expect(detect('gone')).toBeUndefined();
    expect(detect('emergency contact')).toBeUndefined();
    expect(detect('signs she is being trafficked')).toBeUndefined();
    expect(detect('she came back from awol yesterday')).toBeUndefined();
    expect(detect('i cant leave a voicemail for the csw')).toBeUndefined();
    expect(detect('she cant leave school without a pass')).toBeUndefined();
    expect(detect('her things are still there')).toBeUndefined();
    expect(detect('she will be gone for the weekend with her aunt')).toBeUndefined();
    expect(detect('he has been cutting class all week')).toBeUndefined();
    expect(detect('she got into the car with her foster mom')).toBeUndefined();
    expect(detect('she is acting odd lately')).toBeUndefined();
    // A typo keeps its first letter: "sitting" is not "hitting".
    expect(detect('she is sitting here with me')).toBeUndefined();
    expect(detect('he is hiting her')).toBe('crisis-danger-now');
    expect(detect('she feels hurt her mom missed the visit')).toBeUndefined();
    // A call cut off is not a youth cutting herself; screams heard before it are danger.
    expect(detect('se cortó la llamada')).toBeUndefined();
    expect(detect('oí gritos y se cortó la llamada')).toBe('crisis-danger-now');
    // "is there a line…" asks about a line; it does not make a situation a lookup.
    expect(detect('she wants to die, is there a line in spanish')).toBe('crisis-suicide');
    expect(detect('is 988 a crisis line')).toBeUndefined();
    // Reading up on a past case, or the advocate's own stress, is a lookup.
    expect(detect('my last youth went awol a lot, want to read up on why')).toBeUndefined();
    expect(detect('necesito hablar con mi supervisora de mi estres')).toBeUndefined();
  });

  it('reads everyday words that a situation pattern also uses as everyday words', () => {
    for (const query of [
      'everyone is better off if we plan ahead',
      'keep her surrounded by supportive adults',
      'she is 10 minutes away from school',
      'someone is waiting outside to pick her up for the visit',
      'está encerrada en su cuarto escuchando música',
      'is there an empty bed at the shelter',
      'foster mom gives her money for lunch',
      'her social worker gives her bus tokens',
      'i need to report my hours to my supervisor',
      'can i report my volunteer hours online',
      'any tip on building trust with a teen',
      'i choked on my coffee during the hearing',
      'we talked about death of her grandma in grief group',
      'el está cerca de su familia',
      'no lo encuentro en la lista de formularios',
      'i feel hopeless about this case',
      'she wont be here tomorrow, she has court',
      'cut yourself some slack after a hard visit',
      'she is taking her life back one day at a time',
      'she is better off without that boyfriend',
      'she left a note for the staff about her curfew',
      'thinking about ending it with her boyfriend',
      'se cortó el pelo muy corto',
      'he is following her on instagram',
      'her mom will kill me if i am late',
      'the group home took her phone as a consequence',
      'she broke into tears at the hearing',
      'theyre taking her to court tomorrow',
      'she cant get up for school in the morning',
      'she is hiding her phone from me',
      'she got in a fight at school yesterday',
      'she wont wake up for school',
      'my foster mom took her to the dentist',
      'she passed out flyers at the resource fair',
      'she is being held back a grade',
      'he keeps hitting her up on snapchat',
      'she didnt get back to me about the visit',
      'she hasnt returned my texts',
      'i cant reach her csw',
      'no llegó a la cita con el doctor',
      'how do i report my volunteer hours',
      'how do i file the report for court',
      'she sells her art online',
      'foster mom keeps her money in a savings account',
      'makes her work for her allowance',
      'booking her dentist appointment',
      'me dijo que le tocó ir a la corte',
      'lo vendió en internet',
      'violó su libertad condicional',
      'can you break down the safety plan steps',
      'keep it a secret santa gift for the youth',
      'where is the childrens court in monterey park',
      'her old social worker is gone, new worker assigned',
    ])
      expect(detect(query), query).toBeUndefined();
  });

  it.each(['en', 'es'])('raises no alarm on everyday sentences written blind (tests/search-eval/everyday-%s.txt)', (lang) => {
    const sentences = readFileSync(resolve(import.meta.dirname, `../search-eval/everyday-${lang}.txt`), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences.filter((q) => detect(q))).toEqual([]);
  });

  it('reads warning signs told in other words', () => {
    expect(detect('she says everyone would be better off if she wasnt around')).toBe('crisis-suicide');
    expect(detect('posting about wanting to go to sleep and not wake up')).toBe('crisis-suicide');
    expect(detect('se está quemando con un encendedor')).toBe('crisis-suicide');
    expect(detect('i can hear a guy yelling and glass breaking')).toBe('crisis-danger-now');
    expect(detect('a guy just shoved her into a van')).toBe('crisis-danger-now');
    expect(detect('bed empty at bed check')).toBe('crisis-missing');
    expect(detect('she climbed out the window last night')).toBe('crisis-missing');
    expect(detect('no me busquen')).toBe('crisis-missing');
    expect(detect('can i give a tip without giving my name')).toBe('crisis-trafficking-hotline');
    expect(detect('she shut down the second i asked about her boyfriend')).toBe('crisis-talking-with-youth');
    expect(detect('sugar daddy pays her phone bill')).toBe('crisis-report-abuse');
    expect(detect('not at placement this morning')).toBe('crisis-missing');
    expect(detect('no la encuentro')).toBe('crisis-missing');
    expect(detect('stabbed')).toBe('crisis-danger-now');
    expect(detect('she keeps talking about not waking up')).toBe('crisis-suicide');
    expect(detect('told my supervisor already, do i still call the hotline myself')).toBe('crisis-report-abuse');
    expect(detect('dice que fue su culpa')).toBe('crisis-talking-with-youth');
    // A missing youth who asks for help, or is forced to go somewhere: danger now comes first.
    expect(detect("she's been gone 2 days and just called saying help me")).toBe('crisis-danger-now');
    expect(detect('my youth ran away and says she is being forced to go to vegas tonight')).toBe('crisis-danger-now');
    expect(detect('pimp parked outside the group home waiting for her')).toBe('crisis-danger-now');
    // Said to be over: not danger now.
    expect(detect('abuse already happened, no danger now, 911 or the hotline')).not.toBe('crisis-danger-now');
  });

  it('reads what the eleventh set taught, in other words than its queries', () => {
    // A youth who cannot be woken is danger now (911), pills or not, before the suicide steps.
    expect(detect('she swallowed a lot of pills and i cannot wake her up')).toBe('crisis-danger-now');
    expect(detect('took too many pills last night, says she wants to die')).toBe('crisis-suicide');
    // Reasonable suspicion, not proof; don't investigate (the crisis reference).
    expect(detect('do we need evidence before we report')).toBe('crisis-report-abuse');
    expect(detect('should i investigate first or just call')).toBe('crisis-report-abuse');
    expect(detect('necesito pruebas antes de reportar')).toBe('crisis-report-abuse');
    // A disclosure, then "what do I say": how to talk with her now.
    expect(detect('is it ok to push her for more of the details')).toBe('crisis-talking-with-youth');
    expect(detect('me contó que un señor le paga, qué le respondo')).toBe('crisis-talking-with-youth');
    expect(detect('she told me but does not want her social worker to know')).toBe('crisis-talking-with-youth');
    expect(detect('no quiere que nadie sepa')).toBe('crisis-talking-with-youth');
    expect(detect('me dijo la trabajadora que ya salió, qué le digo al juez')).not.toBe('crisis-talking-with-youth');
    // The advocate's own stress since a youth went missing is self-care, not the steps.
    expect(detect('so stressed ever since my youth went missing')).toBeUndefined();
    expect(topIds('im so stressed about my case i cant sleep', 3).some((id) => id.startsWith('self-care-'))).toBe(true);
  });

  it('reads what the twelfth set taught, in other words than its queries', () => {
    // Whoever sells her, waiting outside, is the exploiter at the door: danger now.
    expect(detect('the man who is selling her is waiting outside her school')).toBe('crisis-danger-now');
    // Spanglish names of the trafficking line still ask what the line does.
    expect(detect('si llamo a la hotline de trafficking eso cuenta como reporte')).toBe('crisis-trafficking-hotline');
    // The advocate worn out after a youth ran again: self-care, not the missing-youth steps.
    expect(detect('burned out after my youth went missing for the third time')).toBeUndefined();
    // A service asked for by name and "phone" is the number, not a crisis entry that names it.
    expect(first('ncmec phone')).toBe('hotline-ncmec');
    expect(first('runaway safeline phone')).toBe('hotline-runaway-safeline');
    // A title's words that start on a small word ("the trafficker") are no phrase: they took
    // "the trafficking" from "trafficking hotline".
    expect(first('save the trafficking hotline number for later')).toBe('hotline-human-trafficking');
    // "Risk factors": who is at greater risk, never the recruitment methods (content review #8).
    expect(first('csec risk factors')).toBe('fact-foster-care-greater-risk');
  });

  it('reads what the tenth set taught, in other words than its queries', () => {
    // “She'll jump”: suicide; “jump at the chance”, “jump in to help” are everyday.
    expect(detect('he is on the bridge and says he’ll jump')).toBe('crisis-suicide');
    expect(detect('she’ll jump at the chance to go to camp')).toBeUndefined();
    expect(detect('he will jump in to help at the event')).toBeUndefined();
    // The one who hurt the youth is still there, or is here and angry: danger now.
    expect(detect('the man who hit her is still at the house')).toBe('crisis-danger-now');
    expect(detect('we still do not know who did it')).toBeUndefined();
    expect(detect('texted me theyre here and theyre drunk')).toBe('crisis-danger-now');
    // Taken by a stranger is danger; taken into care is not.
    expect(detect('she got grabbed outside school by two men')).toBe('crisis-danger-now');
    expect(detect('she was taken from her home by dcfs at 12')).toBeUndefined();
    // Gone with an older man is a missing youth; a weekend with an aunt is not.
    expect(detect('ran off with her older boyfriend last night')).toBe('crisis-missing');
    expect(detect('left with her aunt for the weekend')).toBeUndefined();
    // One word typed in a hurry: the suicide steps (911 for an overdose is their first step).
    expect(first('pills')).toBe('crisis-suicide');
    expect(first('pastillas')).toBe('crisis-suicide');
    // “Policía” alone, or “call the police” in Spanish: the 911 steps, not a career as a police officer.
    expect(first('policía')).toBe('crisis-danger-now');
    expect(first('hay que llamar a la policia')).toBe('crisis-danger-now');
    // “w” is “with”: back with bruises is abuse to report.
    expect(detect('came back w bruises again')).toBe('crisis-report-abuse');
  });
});

describe('a list, and who a query is about', () => {
  it('a list of a kind ("lista de señales de alerta") lists that kind, not the hotlines', () => {
    expect(first('lista de señales de alerta')).toMatch(/^red-flag-/);
    expect(first('red flags checklist to print')).toMatch(/^red-flag-/);
    expect(first('numbers to print')).toMatch(/^hotline-/);
  });

  it('a lookup with no crisis in it is answered by what it asks, not by crisis entries sharing its words', () => {
    expect(first('refuses to leave her bf, nothing urgent right now')).toMatch(/^harm-reduction-/);
  });

  it('everyday matters that share words with a crisis are not led by a crisis entry', () => {
    for (const query of ["she's killing it at school this semester", 'her booster shots are due', 'we ran a 5k together this weekend'])
      expect(first(query), query).not.toMatch(/^crisis-/);
    // …while a situation in the same words still comes first.
    expect(first('she missed her booster shots and has been gone since friday')).toBe('crisis-missing');
  });

  it('answers what a new user typed in the popup (a trial of 80 queries)', () => {
    // A title's words ending on a small word ("talks about") name nothing.
    for (const query of [
      'she talks about her boyfriend a lot',
      'we talked about school',
      'she killed it at her dance recital',
      'how to report mileage for reimbursement',
    ])
      expect(first(query), query).not.toMatch(/^crisis-/);
    expect(first("she said 'ima end it tonight' what do i do")).toBe('crisis-suicide');
    expect(first('saw bruises on her arms and she wont say why')).toBe('crisis-report-abuse');
    expect(first("hes pimping her rn she's scared")).toBe('crisis-report-abuse');
    expect(first('sos')).toBe('crisis-danger-now');
    expect(first('save hotline numbers in my phone')).toMatch(/^hotline-/);
  });

  it('answers what a Spanish-speaking new user typed (a trial of 70 queries)', () => {
    expect(first('la joven está herida y sangrando')).toBe('crisis-danger-now');
    expect(first('mi niña dice q mejor se muere')).toBe('crisis-suicide');
    expect(first('un señor se la llevó en un carro')).toBe('crisis-danger-now');
    expect(first('que le digo si me cuenta que la explotan')).toBe('crisis-talking-with-youth');
    expect(first('autocuidado para voluntarios')).toMatch(/^self-care-/);
    for (const query of [
      'matar el tiempo en la sala de espera',
      'corre peligro de reprobar matematicas',
      'se escapo de clase para ir al cine',
    ])
      expect(first(query), query).not.toMatch(/^crisis-/);
  });

  it('answers what a second new user typed in the popup (a trial of 40 situations in each language)', () => {
    // In danger now, in words that say neither "danger" nor "hurt".
    expect(first('a guy is outside waiting for her and she is terrified')).toBe('crisis-danger-now');
    expect(first('she is in a hotel room and says she is scared to come out')).toBe('crisis-danger-now');
    expect(first('she just got into a van with an older man right now')).toBe('crisis-danger-now');
    expect(first('un tipo está afuera esperándola')).toBe('crisis-danger-now');
    expect(first('se metió en una camioneta con unos hombres ahorita')).toBe('crisis-danger-now');
    // Abuse at home, in Spanish, is a report with the DCFS number next to it.
    expect(topIds('creo que su padrastro la golpea', 2)).toEqual(['crisis-report-abuse', 'hotline-la-dcfs-child-protection']);
    // Asking her directly is how to talk with her, before any report.
    expect(first('can i ask her straight out if she is being exploited')).toBe('crisis-talking-with-youth');
    // A service named with "DCFS": that line, its number first.
    expect(first('dcfs abuse hotline')).toBe('hotline-la-dcfs-child-protection');
    expect(first('how do i take care of myself after this case')).toMatch(/^self-care-/);
    // Getting into a car is no alarm without "now": an older boyfriend is a red flag.
    expect(first('she gets in a car with an older guy after school')).not.toBe('crisis-danger-now');
    // A line no primary source confirms does not come up on shared words; named, it still leads.
    expect(topIds('she called a guy daddy on the phone', 2)).not.toContain('resource-clcht-call');
    expect(first('clcht')).toBe('resource-clcht-call');
  });

  it('"la joven" is who a Spanish query is about, not its topic', () => {
    expect(first('ideas para explorar carreras con mi joven')).toBe('service-career-exploration');
    // "la" is an article in a Spanish query, and Los Angeles in an English one.
    expect(first('terapia emdr para la joven')).toBe('service-intensive-therapy');
    expect(first('la county child abuse hotline')).toBe('hotline-la-dcfs-child-protection');
  });
});

describe('situations a new user typed that were missed (helper-43)', () => {
  it.each([
    ['she bounced again', 'crisis-missing'],
    ['she bounced', 'crisis-missing'],
    ['she ran', 'crisis-missing'],
    ['she dipped', 'crisis-missing'],
    ['abusaron de ella', 'crisis-report-abuse'],
    ['la violaron', 'crisis-report-abuse'],
    ['she was raped at a party', 'crisis-report-abuse'],
    ['im at his place he says i cant leave', 'crisis-danger-now'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it.each([
    'she ran a mile today',
    'she bounced back after a rough week',
    'my foster mom says she cant leave until her chores are done',
    'she left the meeting early',
    'rape myths',
  ])('“%s” raises no alarm', (query) => {
    expect(search.search(query)[0]?.kind).not.toBe('crisis');
  });
});

describe('what a Spanish-speaking new user typed (helper-46)', () => {
  it.each([
    ['se quiere aventar del puente', 'crisis-suicide'],
    ['se quiere tirar del puente', 'crisis-suicide'],
    ['la niña está missing', 'crisis-missing'],
    ['está missing desde el lunes', 'crisis-missing'],
    ['no contesta el celular desde ayer y no llegó', 'crisis-missing'],
    ['su daddy le pega', 'crisis-report-abuse'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it.each([
    ['what I say when she come back', 'phrasing'],
    ['quiere tirar la basura del puente', undefined],
  ])('“%s” raises no alarm', (query, kind) => {
    const top = search.search(query)[0];
    expect(top?.kind).not.toBe('crisis');
    if (kind) expect(top?.kind).toBe(kind);
  });
});

describe('attacking this round’s crisis phrases (helper-45)', () => {
  it.each([
    ['she ran. what do i do', 'crisis-missing'],
    ['she ran lol', 'crisis-missing'],
    ['hey she ran idk what to do', 'crisis-missing'],
    ['she bounced last night', 'crisis-missing'],
    ['he says i cant leave this place', 'crisis-danger-now'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it.each([
    'he says I can’t leave early on Fridays',
    'he says i cant leave my car there',
    'she says she cant leave her dog alone',
    'her therapist says she cant leave the session early',
    'the check bounced again',
    'se escapó el perro',
    'el entrenador dice que abusaron de su confianza',
    // A word that slipped out (helper-73).
    'se escapó una palabra',
    'se me escapó un comentario en la visita',
  ])('“%s” raises no alarm', (query) => {
    expect(search.search(query)[0]?.kind).not.toBe('crisis');
  });
});

describe('situations from the sixteenth set’s tuning part, reworded (helper-50)', () => {
  it.each([
    ['she wants the number where you can talk about being trafficked', 'crisis-trafficking-hotline'],
    ['my youth went awol after hours, the office is closed', 'crisis-missing'],
    ['awol overnight', 'crisis-missing'],
    ['texting me from some guys car, they are driving her to another city', 'crisis-danger-now'],
    ['he is in a strange mans van and scared', 'crisis-danger-now'],
    ['her profile says dm for dates and she is 14', 'crisis-report-abuse'],
    ['publicó "ya no puedo más, adiós" y no contesta', 'crisis-suicide'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it.each([
    'my foster mom is driving her to the dentist and she is scared of needles',
    'ya no puedo más con tanto papeleo',
    'para qué sirve el referral number que me dieron',
    'what is the referral number for',
    'runaway statistics at night',
  ])('“%s” raises no alarm', (query) => {
    expect(search.search(query)[0]?.kind).not.toBe('crisis');
  });

  it.each([
    ['can boys be trafficked too', 'fact-csec-definition'],
    ['un tipo en roblox le manda regalos', 'recruitment-internet'],
    ['le escribo al novio para que la deje en paz', 'avoid-contacting-trafficker'],
    ['how do I tell the judge without outing her', 'confidentiality-csec-status-court'],
  ])('“%s” finds %s in the top 3', (query, entryId) => {
    expect(
      search
        .search(query)
        .slice(0, 3)
        .map((e) => e.id),
    ).toContain(entryId);
  });
});

describe('attacking this round’s phrases (helper-51)', () => {
  it.each([
    ['whats the number she can call to talk about being trafficked', 'crisis-trafficking-hotline'],
    ['she wants to talk to someone about being trafficked, what’s the number', 'crisis-trafficking-hotline'],
    ['a line she can text about being trafficked that isn’t the cops', 'crisis-trafficking-hotline'],
    ['el número donde puedes hablar de que te están traficando', 'crisis-trafficking-hotline'],
    ['text from her: im in sum guys car idk where we goin im scared', 'crisis-danger-now'],
    ['she got picked up by an older guy from online, she’s in his car right now and scared', 'crisis-danger-now'],
    ['está en el carro de un señor que no conoce y tiene miedo', 'crisis-danger-now'],
    ['me escribió que va en la camioneta de unos tipos y tiene miedo', 'crisis-danger-now'],
    ['his profile says DM 4 rates, he is 16', 'crisis-report-abuse'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it.each([
    'ya no puedo mas con el calor, adios verano',
    'how often do youth go awol on the weekend vs weekdays',
    'his phone went missing over the weekend',
    'podcast where survivors talk about being trafficked',
  ])('“%s” raises no alarm', (query) => {
    expect(search.search(query)[0]?.kind).not.toBe('crisis');
  });
});

describe('what helper-51 left: a car that broke down, the line for a youth herself, a referral number', () => {
  it.each([
    "his uncle's van broke down",
    'her car broke down on the freeway again',
    'the bus broke down so she was late to court',
    'the copier broke down, can’t print the court report',
  ])('“%s” raises no alarm', (query) => {
    expect(search.search(query)[0]?.kind).not.toBe('crisis');
  });

  it.each([
    ['she broke down crying when I asked about him', 'crisis-talking-with-youth'],
    ['the youth broke down in the car on the way back', 'crisis-talking-with-youth'],
    ['number to call if you think you’re being trafficked', 'crisis-trafficking-hotline'],
    ['the hotline to text if u think ur being sold', 'crisis-trafficking-hotline'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it('the trafficking line itself comes right after what it will and won’t do', () => {
    expect(topIds('number to call if you think you’re being trafficked', 2)).toEqual([
      'crisis-trafficking-hotline',
      'hotline-human-trafficking',
    ]);
  });

  it('“where do I find the referral number” is the DCFS referral, not a line to call', () => {
    expect(first('where do I find the referral number')).toBe('term-referral');
  });
});

describe('situations from the seventeenth set’s tuning part, reworded (helper-52)', () => {
  it.each([
    ['he’s hurt rn', 'crisis-danger-now'],
    ['the caregiver tell me she dont come back home since monday', 'crisis-missing'],
    ['he sleeps w an older guy so he has a place to stay, who do i tell', 'crisis-report-abuse'],
    ['the CSW said she would report it for me, do I still call', 'crisis-report-abuse'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it.each([
    'the group home van broke down and the visit got rescheduled, do i tell the attorney',
    'informe para la corte: puedo poner lo que la maestra me dijo por telefono',
  ])('“%s” raises no alarm', (query) => {
    expect(search.search(query)[0]?.kind).not.toBe('crisis');
  });

  it.each(['how can i tell if he is being trafficked', 'how do I tell if she is being exploited'])(
    '“%s” is answered by the red flags, not by words to say',
    (query) => {
      expect(search.search(query)[0]?.kind).toBe('red-flag');
    },
  );

  it.each([
    ['guys from a gang keep hanging around the group home trying to get girls', 'recruitment-gang'],
    ['she loves her culinary classes, how do I help with career stuff', 'service-career-exploration'],
    ['le va bien en su curso, quiere buscar trabajo', 'service-career-exploration'],
    ['he says they are a family now, el tipo dice que son una familia', 'tactic-illusion-of-family'],
    ['he wants to stay with her and i cant make him leave', 'harm-reduction-not-ready'],
    ['how to ask where he was without interrogating him', 'phrase-where-did-you-go'],
  ])('“%s” finds %s in the top 3', (query, entryId) => {
    expect(topIds(query, 3)).toContain(entryId);
  });
});

describe('the handout’s list of numbers to memorize', () => {
  it.each(['numbers to memorize', 'which numbers should he memorize', 'memorize'])(
    '“%s” puts the list first, with the lines it names after it',
    (query) => {
      const top = topIds(query, 4);
      expect(top[0]).toBe('resources-numbers-to-memorize');
      expect(top.slice(1).every((id) => id.startsWith('hotline-'))).toBe(true);
    },
  );
});

describe('attacking this round’s phrases (helper-53)', () => {
  it.each([
    ['number for if you’re being trafficked', 'crisis-trafficking-hotline'],
    ['is there a number a youth can call if she’s being trafficked', 'crisis-trafficking-hotline'],
    ['numero para llamar si eres victima de trata', 'crisis-trafficking-hotline'],
    ['a que numero se llama si crees que te estan traficando', 'crisis-trafficking-hotline'],
    ['my youth dont sleep in the placement since the weekend', 'crisis-missing'],
    ['she dont return to the group home since saturday night', 'crisis-missing'],
    ['no a regresado a la casa desde el viernes', 'crisis-missing'],
    ['no llega a la casa hogar desde el lunes', 'crisis-missing'],
    ['she’s been sleeping with some older man so she has a place to crash', 'crisis-report-abuse'],
    ['she stays at a dude’s house and has to sleep with him for it', 'crisis-report-abuse'],
    ['my 15 yo sleeps with a man in exchange for a room', 'crisis-report-abuse'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it('the trafficking line asked for by a youth is followed by the line itself', () => {
    expect(topIds('the number to text if you’re being trafficked', 2)).toEqual(['crisis-trafficking-hotline', 'hotline-human-trafficking']);
  });

  it.each([
    'se queda con su abuelita para tener donde quedarse',
    'he got a paper cut and was bleeding a little in art class',
    'my back is hurting right now from the long drive',
    'her feelings are hurt right now because her sister didn’t visit',
    'she’s injured from PE and can’t do sports right now',
    'duerme con su osito de peluche',
    'mi supervisora me puede llamar mañana?',
    'the CSW will call the foster mom for me to set up the visit',
    'can the therapist call me after the session',
    'my supervisor dont come to the office since monday',
    'our zoom call broke down halfway through so we finished por telefono',
    'she sleeps with her sister so she has a place to stay',
    'he sleeps with the lights on so he can rest',
  ])('“%s” raises no alarm', (query) => {
    expect(search.search(query)[0]?.kind).not.toBe('crisis');
  });

  it.each([
    'is he being trafficked how can i tell',
    'what should I look for if I think she’s being pimped out',
    'como se si la estan explotando',
    'como saber si mi joven esta siendo traficada',
  ])('“%s” is answered by the red flags first', (query) => {
    expect(search.search(query)[0]?.kind).toBe('red-flag');
  });

  it.each([
    ['donde encuentro el numero de referido', 'term-referral'],
    ['where do I get the referral # after calling the hotline', 'term-referral'],
  ])('“%s” finds %s in the top 3', (query, entryId) => {
    expect(topIds(query, 3)).toContain(entryId);
  });
});

describe('what a Spanish-speaking new user typed (helper-54)', () => {
  it.each([
    ['se la llevo un señor en un carro ahorita', 'crisis-danger-now'],
    ['se lo llevaron unos tipos hace rato', 'crisis-danger-now'],
    ['me dijo que la van a vender esta noche', 'crisis-danger-now'],
    ['they are going to sell her tonight', 'crisis-danger-now'],
    ['esta con su padrote ahorita', 'crisis-danger-now'],
    ['me esta contando cosas de su padrote ahorita mismo, le pregunto detalles?', 'crisis-talking-with-youth'],
    ['no regreso a la casa hogar anoche', 'crisis-missing'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it.each(['se escapo y ya volvio, que le digo', 'la joven regreso a la colocacion', 'la van a vender el carro manana'])(
    '“%s” raises no alarm (she is back; a car for sale)',
    (query) => {
      expect(search.search(query)[0]?.kind).not.toBe('crisis');
    },
  );

  it('“se escapo y ya volvio, que le digo” is answered by words to say', () => {
    expect(search.search('se escapo y ya volvio, que le digo')[0]?.kind).toBe('phrasing');
  });
});

describe('the eighteenth set’s tuning part: typed on a phone, after a hearing, in a youth’s words (helper-55)', () => {
  it.each([
    // What dictation writes for a word it does not know.
    ['sue side thoughts, what number do we call', 'crisis-suicide'],
    ['she said she has sue sidal thoughts', 'crisis-suicide'],
    ['my youth went a wall from the group home last night', 'crisis-missing'],
    ['does calling polar is count as my report', 'crisis-trafficking-hotline'],
    // "On my case" is the youth, not the volunteer's caseload wearing her down.
    ['a youth on my case keeps saying she doesnt want to wake up anymore', 'crisis-suicide'],
    ['her aunt admitted the boyfriend pays the rent by sleeping with my youth', 'crisis-report-abuse'],
    ['me marco desde un carro, el tipo no la deja bajarse', 'crisis-danger-now'],
    ['me pidio un numero para hablar de su novio que la pone a trabajar', 'crisis-trafficking-hotline'],
    ['he shut down in the middle of a panic attack, what now', 'crisis-talking-with-youth'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it.each([
    'shes missing her mom a lot this week',
    'missing the cft on tuesday because of work',
    'i missed the whole hearing, who can fill me in',
    'his dog ran away from the foster home and hes sad',
    'in danger of failing 9th grade, who helps with school',
    'how do i report back to my supervisor after the visit',
    'she told the team she was trafficked, can that go in my court report',
    'she left placement on good terms and moved in with her grandma',
    'se cambio de placement a casa de su abuela, a quien le aviso',
    'shes so hurt her mom didnt come to the visit again',
  ])('“%s” raises no alarm', (query) => {
    expect(search.search(query)[0]?.kind).not.toBe('crisis');
  });

  it('dictation is read only where the words around it make it sure: “hit a wall”, “bipolar is” stay as typed', () => {
    expect(search.search('we hit a wall with her therapist')[0]?.id).not.toBe('crisis-missing');
    expect(lexicon.undictate(['she', 'is', 'bipolar', 'is', 'that', 'a', 'red', 'flag'])).toEqual([
      'she',
      'is',
      'bipolar',
      'is',
      'that',
      'a',
      'red',
      'flag',
    ]);
    expect(lexicon.undictate(['she', 'went', 'a', 'wall'])).toEqual(['she', 'went', 'awol']);
  });

  it.each([
    ['he keeps saying “he said he’d take care of me”', 'term-romeo-pimp'],
    ['she keeps saying im grown i can do what i want', 'harm-reduction-not-ready'],
    ['i need a mental health day after a rough visit', 'self-care-step-back'],
    ['la jueza me pregunto si la estan explotando, que digo', 'confidentiality-csec-status-court'],
  ])('“%s” finds %s in the top 3', (query, entryId) => {
    expect(topIds(query, 3)).toContain(entryId);
  });
});

describe('a youth “not back”, as a new user typed it (helper-56)', () => {
  it.each([
    'shes not back at the group home',
    'she’s not back at the group home since friday',
    'she’s not back since friday',
    'hes still not back to placement',
  ])('“%s” → the missing-youth steps first', (query) => {
    expect(first(query)).toBe('crisis-missing');
  });

  it.each(['shes not back from school yet', 'she is not back to her old self since the move'])(
    '“%s” raises no missing-youth alarm',
    (query) => {
      expect(first(query)).not.toBe('crisis-missing');
    },
  );
});

/**
 * Written for this test from the nineteenth round's lessons (helper-57's set taught them; these
 * are other words): situations relayed by staff or seen on a phone, and negations.
 */
describe('what staff relayed, what was seen on a phone, and negations (nineteenth round)', () => {
  it.each([
    ['a so called photographer keeps asking her for pics in her bra', 'crisis-report-abuse'],
    ['payments from random men on her venmo', 'crisis-report-abuse'],
    ['transferencias de un señor en su celular', 'crisis-report-abuse'],
    ['should i call the hotline about a hotel room key in his jacket', 'crisis-report-abuse'],
    ['is it my job to report this or my supervisors', 'crisis-report-abuse'],
    ['not an emergency but she says her uncle sells her to his friends', 'crisis-report-abuse'],
    ['the group home hasnt heard from him since saturday', 'crisis-missing'],
    ['her last post said goodbye world', 'crisis-suicide'],
    ['he told me he has a plan to kill himself and made me swear not to tell', 'crisis-suicide'],
    ['she made me swear i wont tell her mom what happened', 'crisis-talking-with-youth'],
    ['a man crawled through her bedroom window', 'crisis-danger-now'],
    ['a gray van is following us from the visit', 'crisis-danger-now'],
    ['un carro nos viene siguiendo desde la escuela', 'crisis-danger-now'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it.each([
    'got her flu shots at the clinic today',
    'she ran to the gas station without telling staff, that doesnt count as awol does it',
    'my csw is missing in action, can i ask for a second worker',
    'la trabajadora social anda desaparecida desde el mes pasado',
    'not suicidal at all, she just wants a new therapist',
    'he lost his permission slip, missing it again',
    'crisis of confidence after court today',
  ])('“%s” raises no alarm', (query) => {
    expect(first(query)?.startsWith('crisis-')).toBe(false);
  });
});

/**
 * Written for this test from the twentieth round's lessons (helper-59's set taught them; these
 * are other words): a line's name asked about, typos, and "no es emergencia".
 */
describe('a line asked about, typos and negations (twentieth round)', () => {
  it.each([
    ['what really happens if i text the national trafficking line about her', 'crisis-trafficking-hotline'],
    ['llamo a la linea contra la trata sin dar mi nombre?', 'crisis-trafficking-hotline'],
    ['best way to speak to her while she is in crisis', 'crisis-talking-with-youth'],
    ['mi nieto desaparesio desde el viernes', 'crisis-missing'],
    ['el muchacho desaparecio anoche de la casa hogar', 'crisis-missing'],
    ['le ofrecen dinero a cambio de videos', 'crisis-report-abuse'],
  ])('“%s” → %s first', (query, entryId) => {
    expect(first(query)).toBe(entryId);
  });

  it.each([
    'whats ncmec and what do they do with missing youth cases',
    'que es la safeline de jovenes desaparecidos',
    'no es una emergencia, quiero revisar su plan de seguridad',
    'en peligro de quedarse sin casa al cumplir 18',
    'would teachers notice? se darian cuenta si la estan explotando',
  ])('“%s” raises no alarm', (query) => {
    expect(first(query)?.startsWith('crisis-')).toBe(false);
  });
});
