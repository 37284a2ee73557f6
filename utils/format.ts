import { SEED_TITLE } from '@/content/handout';
import { type ContactDetails, type EntryLine, type GuideEntry, type PhoneLine, type TextLine } from '@/content/schema';
import { t } from './i18n';

/** "1-800-656-HOPE (1-800-656-4673)" or "1-888-373-7888": one format everywhere. */
export function formatPhone(phone: PhoneLine): string {
  return phone.letters ? `${phone.letters} (${phone.number})` : phone.number;
}

/** A tel: link that dials the digits (US numbers get +1; short codes stay as they are). */
export function telHref(number: string): string {
  const digits = number.replace(/\D/g, '');
  if (digits.length === 10) return `tel:+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
}

/** An sms: link, with the keyword as the message body when the line needs one. */
export function smsHref(text: TextLine): string {
  const digits = text.number.replace(/\D/g, '');
  return text.keyword ? `sms:${digits}?body=${encodeURIComponent(text.keyword)}` : `sms:${digits}`;
}

/** The languages a message can be copied in: the advocate's, or the youth's and family's. */
export type MessageLanguage = 'en' | 'es';

/**
 * The few words a message is built with, per language. Numbers, text codes and links are
 * never in here: they come from the entry's contact data, the same for both languages.
 * Spanish speaks to the youth with "tú", as Los Angeles youth services do.
 */
const WORDS = {
  en: {
    call: 'call',
    callOrText: 'call or text',
    or: 'or',
    text: (t: TextLine) => (t.keyword ? `text ${t.keyword} to ${t.number}` : `text ${t.number}`),
    chatAt: 'chat at',
    email: 'email',
    visit: 'visit',
    numbers: 'Numbers:',
    caveat: 'From CASA training material: not independently verified — confirm before sharing.',
  },
  es: {
    call: 'llama al',
    callOrText: 'llama o manda un mensaje de texto al',
    or: 'o',
    text: (t: TextLine) =>
      t.keyword ? `manda ${t.keyword} por mensaje de texto al ${t.number}` : `manda un mensaje de texto al ${t.number}`,
    chatAt: 'chatea en',
    email: 'escribe a',
    visit: 'visita',
    numbers: 'Números:',
    caveat: 'Material de capacitación de CASA: no verificado de forma independiente; confírmelo antes de compartirlo.',
    spanishUnconfirmed: 'atención en español sin confirmar',
  },
} as const;

/**
 * The same words addressed to the advocate, in Spanish with "usted" as the rest of the interface:
 * the lines shown under an entry and on the crisis card (which tells the advocate "Llame al 911").
 * What is copied for a youth keeps "tú".
 */
const ADVOCATE_ES = {
  ...WORDS.es,
  call: 'llame al',
  callOrText: 'llame o envíe un mensaje de texto al',
  text: (t: TextLine) =>
    t.keyword ? `envíe ${t.keyword} por mensaje de texto al ${t.number}` : `envíe un mensaje de texto al ${t.number}`,
  chatAt: 'use el chat en',
  email: 'escriba a',
  visit: 'visite',
};

/** Whom the words speak to: a youth or family (a message to pass on), or the advocate (the interface). */
export type Addressee = 'youth' | 'advocate';

const wordsFor = (lang: MessageLanguage, to: Addressee) => (lang === 'es' && to === 'advocate' ? ADVOCATE_ES : WORDS[lang]);

/** "text LOVEIS to 22522" or "text 233733". */
export function formatText(text: TextLine, lang: MessageLanguage = 'en', to: Addressee = 'youth'): string {
  return wordsFor(lang, to).text(text);
}

/** "rainn.org" from "https://rainn.org": what a person would type. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

function joinOr(parts: string[], or: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${or} ${parts[parts.length - 1]}`;
}

/** How a contact's own words read in Spanish (content/es): its hours, traits and phone labels. */
type ContactWordsEs = NonNullable<GuideEntry['es']>['contact'];

interface ChannelOptions {
  /** Leave the TTY number out (result rows stay one short line). */
  tty?: boolean;
  lang?: MessageLanguage;
  /** The contact's Spanish words, when `lang` is 'es'. */
  es?: ContactWordsEs;
  to?: Addressee;
}

/**
 * The ways to reach a line, as a phrase: "call 1-888-373-7888, TTY 711 or text 233733".
 * The TTY number goes with the calls (a deaf caller's way to call), so a text-only variant drops it;
 * result rows leave it out (`tty: false`) to stay one short line.
 */
export function formatChannels(contact: ContactDetails, { tty = true, lang = 'en', es, to = 'youth' }: ChannelOptions = {}): string {
  const w = wordsFor(lang, to);
  const label = (l: string) => (lang === 'es' ? (es?.phoneLabels?.[l] ?? l) : l);
  const phones = contact.phones ?? [];
  const calls = phones.map((p) => (p.label ? `${formatPhone(p)} (${label(p.label)})` : formatPhone(p)));
  const textSameAsCall = contact.text && !contact.text.keyword && phones.length === 1 && phones[0]?.number === contact.text.number;
  const parts: string[] = [];
  if (calls.length) parts.push(`${textSameAsCall ? w.callOrText : w.call} ${joinOr(calls, w.or)}`);
  if (tty && contact.tty && calls.length) parts.push(`TTY ${contact.tty}`);
  if (contact.text && !textSameAsCall) parts.push(w.text(contact.text));
  if (contact.chatUrl && !contact.text) parts.push(`${w.chatAt} ${displayUrl(contact.chatUrl)}`);
  if (contact.email) parts.push(`${w.email} ${contact.email}`);
  if (!parts.length && contact.website) parts.push(`${w.visit} ${displayUrl(contact.website)}`);
  return joinOr(parts, w.or);
}

/** "National Human Trafficking Hotline (24/7, confidential, not law enforcement): call …": one format for every line. */
export function formatContactLine(
  name: string,
  contact: ContactDetails,
  lang: MessageLanguage = 'en',
  es?: ContactWordsEs,
  to: Addressee = 'youth',
): string {
  const words = lang === 'es' && es ? { hours: es.hours ?? contact.hours, traits: es.traits ?? contact.traits } : contact;
  // A family sent a Spanish message is told when no source confirms the line answers in Spanish.
  const spanish = lang === 'es' && contact.spanishUnconfirmed ? WORDS.es.spanishUnconfirmed : undefined;
  const qualifiers = [words.hours, ...(words.traits ?? []), spanish].filter(Boolean);
  // A name that ends in parentheses (a Spanish name with the English one) takes its qualifiers
  // inside them: "Línea … (National Human Trafficking Hotline; 24/7, …)", never ") (".
  return `${qualifiers.length ? `${name} (`.replace(') (', '; ') + `${qualifiers.join(', ')})` : name}: ${formatChannels(contact, { lang, es, to })}`;
}

/** A line an entry points to; a number the advocate fills in is a blank to write on. */
export function formatLine(line: EntryLine, lang: MessageLanguage = 'en', to: Addressee = 'youth'): string {
  const es = lang === 'es' ? line.es : undefined;
  const name = es?.name ?? line.name;
  const text = line.contact ? formatContactLine(name, line.contact, lang, es?.contact, to) : `${name}: ________`;
  const note = es?.note ?? line.note;
  return note ? `${text} (${note})` : text;
}

/** What a copied line from the handout alone must say: contacts.md asks to mark it wherever it is shown. */
export const UNVERIFIED_CAVEAT = WORDS.en.caveat;

/** The entry as it reads in `lang`: its Spanish version where it has one, else as written. */
export function localized(entry: GuideEntry, lang: MessageLanguage): GuideEntry {
  const es = lang === 'es' ? entry.es : undefined;
  if (!es) return entry;
  return {
    ...entry,
    title: es.title,
    body: es.body,
    ...(es.message !== undefined && { message: es.message }),
    ...(es.steps && { steps: [...es.steps] }),
    ...(es.correction !== undefined && { correction: es.correction }),
    ...(es.meaning !== undefined && { meaning: es.meaning, why: es.why, note: es.note, unconfirmed: es.unconfirmed }),
  };
}

function messageText(entry: GuideEntry, lang: MessageLanguage): string {
  const e = localized(entry, lang);
  if (e.message) return e.message;
  // Steps speak to the advocate (in Spanish, "usted": "Llame al 911"); so do their numbers.
  const to: Addressee = e.steps?.length ? 'advocate' : 'youth';
  const lines = (e.lines ?? []).map((l) => `- ${formatLine(l, lang, to)}`);
  if (e.steps?.length) {
    const steps = e.steps.map((step, i) => `${i + 1}. ${step}`);
    return [e.title, ...steps, ...(lines.length ? [WORDS[lang].numbers, ...lines] : [])].join('\n');
  }
  if (lines.length) return [e.title, ...lines].join('\n');
  if (e.contact) return `${formatContactLine(e.title, e.contact, lang, e.es?.contact)}.`;
  const sameText = e.body.toLowerCase().includes(e.title.toLowerCase().replace(/[.?!]$/, ''));
  return sameText ? e.body : `${e.title}\n${e.body}`;
}

/** True when the entry can be copied in Spanish (its youth-facing text is translated). */
export const hasSpanish = (entry: GuideEntry): boolean => !!entry.es;

/**
 * The language a message is copied in, when it is not the interface's: the other language on
 * Alt+Enter, or English for an entry not translated into Spanish yet; the status says which.
 */
export function copiedLanguage(entry: GuideEntry, asked: MessageLanguage, ui: MessageLanguage): MessageLanguage | undefined {
  const actual = asked === 'es' && !hasSpanish(entry) ? 'en' : asked;
  return actual === ui ? undefined : actual;
}

/**
 * The ready-to-send plain-text message for an entry, e.g.
 * "National Human Trafficking Hotline (24/7, confidential, not law enforcement): call 1-888-373-7888, TTY 711 or text 233733."
 * Crisis entries copy their steps and numbers; glossary terms their meaning; a line no primary
 * source confirms carries the caveat, so it cannot be passed on as checked. In Spanish where
 * the entry has a Spanish version (`lang` 'es'), else in English.
 */
export function formatEntryMessage(entry: GuideEntry, lang: MessageLanguage = 'en'): string {
  const language = lang === 'es' && entry.es ? 'es' : 'en';
  const text = messageText(entry, language);
  return entry.verified === false ? `${text} (${WORDS[language].caveat})` : text;
}

/** "call 988" as a line of its own: "Call 988". */
export const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Between a crisis row's numbers and its first step, in the key text below. */
export const KEY_DASH = ' — ';

/** The line a result shows under its title: the number to call, or the start of the text. */
export function formatKeyText(entry: GuideEntry, lang: MessageLanguage = 'en'): string {
  const e = localized(entry, lang);
  const language = lang === 'es' && entry.es ? 'es' : 'en';
  if (e.contact) {
    const channels = formatChannels(e.contact, { tty: false, lang: language, es: e.es?.contact });
    return capitalized(channels);
  }
  if (e.steps?.length) {
    // When it can't wait, the numbers to dial lead the row (988 for the suicide steps, not only
    // the 911 of their first step): the list cuts the row to one line.
    const numbers = [
      ...new Set((e.lines ?? []).map((l) => l.contact?.phones?.[0]?.number ?? l.contact?.text?.number).filter(Boolean)),
    ].slice(0, 2);
    return numbers.length ? `${numbers.join(' · ')}${KEY_DASH}${e.steps[0]}` : (e.steps[0] as string);
  }
  return e.meaning ?? e.body;
}

/**
 * Text cut into plain runs and phone numbers (digits joined by hyphens, letters of a vanity
 * number too: "1-800-656-HOPE"), so a row can keep each number whole: a browser breaks
 * "1-800-656-4673" at its hyphens otherwise, and cuts it anywhere to fit a line.
 */
export function numberRuns(text: string): Array<{ text: string; number: boolean }> {
  return text
    .split(/(\d[\dA-Z-]*[\dA-Z])/)
    .map((part, i) => ({ text: part, number: i % 2 === 1 }))
    .filter((run) => run.text);
}

/**
 * Where an entry came from, in words an advocate can cite (in the page's language; the
 * handout's title and section names are cited as the handout writes them).
 */
export function formatSource(entry: GuideEntry): string {
  const { source } = entry;
  if (source.type === 'reference') {
    const page = source.title ? `${displayUrl(source.url)} (${source.title})` : displayUrl(source.url);
    const count = source.also?.length ?? 0;
    const more = count ? (count === 1 ? t('source_more_pages_one') : t('source_more_pages', count)) : '';
    const handout = source.handout ? t('source_with_handout') : '';
    const checked = entry.checked ? t('source_checked', entry.checked) : '';
    const listed = !count
      ? ''
      : source.alsoIn
        ? t('source_listed_in_two', source.document, source.alsoIn)
        : t('source_listed_in', source.document);
    return `${page}${more}${handout}${checked}${listed}`;
  }
  if (source.type === 'program') return `${source.name} (${t(source.via === 'policy' ? 'program_from_policy' : 'program_from_pack')})`;
  // A heading the handout's text lost is our name for the part, never quoted as the handout's.
  // Both come with the entry (content/index.ts): the popup does not ship the handout's table.
  const section = t(source.untitled ? 'source_section_untitled' : 'source_section', SEED_TITLE, source.heading ?? source.section);
  return source.citation ? t('source_citing', section, source.citation) : section;
}

/** Every page an entry rests on, primary first, for a full list of links. */
export function sourceUrls(entry: GuideEntry): string[] {
  return entry.source.type === 'reference' ? [entry.source.url, ...(entry.source.also ?? [])] : [];
}

/** The honest caveat shown with an entry, if it needs one. */
export function formatProvenanceNote(entry: GuideEntry): string | undefined {
  if (entry.source.type === 'program') return t('provenance_program', entry.source.name);
  if (entry.verified === false) return t('provenance_unverified');
  if (entry.added && entry.source.type === 'reference' && entry.source.handout) return t('provenance_added_handout');
  if (entry.added) return t('provenance_added');
  return undefined;
}
