import {
  SEED_SECTIONS,
  SEED_TITLE,
  type ContactDetails,
  type EntryLine,
  type GuideEntry,
  type PhoneLine,
  type TextLine,
} from '@/content/schema';

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

/** "text LOVEIS to 22522" or "text 233733". */
export function formatText(text: TextLine): string {
  return text.keyword ? `text ${text.keyword} to ${text.number}` : `text ${text.number}`;
}

/** "rainn.org" from "https://rainn.org": what a person would type. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

function joinOr(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

/**
 * The ways to reach a line, as a phrase: "call 1-888-373-7888, TTY 711 or text 233733".
 * The TTY number goes with the calls (a deaf caller's way to call), so a text-only variant drops it;
 * result rows leave it out (`tty: false`) to stay one short line.
 */
export function formatChannels(contact: ContactDetails, { tty = true }: { tty?: boolean } = {}): string {
  const phones = contact.phones ?? [];
  const calls = phones.map((p) => (p.label ? `${formatPhone(p)} (${p.label})` : formatPhone(p)));
  const textSameAsCall = contact.text && !contact.text.keyword && phones.length === 1 && phones[0]?.number === contact.text.number;
  const parts: string[] = [];
  if (calls.length) parts.push(`${textSameAsCall ? 'call or text' : 'call'} ${joinOr(calls)}`);
  if (tty && contact.tty && calls.length) parts.push(`TTY ${contact.tty}`);
  if (contact.text && !textSameAsCall) parts.push(formatText(contact.text));
  if (contact.chatUrl && !contact.text) parts.push(`chat at ${displayUrl(contact.chatUrl)}`);
  if (contact.email) parts.push(`email ${contact.email}`);
  if (!parts.length && contact.website) parts.push(`visit ${displayUrl(contact.website)}`);
  return joinOr(parts);
}

/** "National Human Trafficking Hotline (24/7, confidential, not law enforcement): call …": one format for every line. */
export function formatContactLine(name: string, contact: ContactDetails): string {
  const qualifiers = [contact.hours, ...(contact.traits ?? [])].filter(Boolean);
  return `${qualifiers.length ? `${name} (${qualifiers.join(', ')})` : name}: ${formatChannels(contact)}`;
}

/** A line an entry points to; a number the advocate fills in is a blank to write on. */
export function formatLine(line: EntryLine): string {
  const text = line.contact ? formatContactLine(line.name, line.contact) : `${line.name}: ________`;
  return line.note ? `${text} (${line.note})` : text;
}

/** What a copied line from the handout alone must say: contacts.md asks to mark it wherever it is shown. */
export const UNVERIFIED_CAVEAT = 'From CASA training material: not independently verified — confirm before sharing.';

function messageText(entry: GuideEntry): string {
  if (entry.message) return entry.message;
  const lines = (entry.lines ?? []).map((l) => `- ${formatLine(l)}`);
  if (entry.steps?.length) {
    const steps = entry.steps.map((step, i) => `${i + 1}. ${step}`);
    return [entry.title, ...steps, ...(lines.length ? ['Numbers:', ...lines] : [])].join('\n');
  }
  if (lines.length) return [entry.title, ...lines].join('\n');
  if (entry.contact) return `${formatContactLine(entry.title, entry.contact)}.`;
  const sameText = entry.body.toLowerCase().includes(entry.title.toLowerCase().replace(/[.?!]$/, ''));
  return sameText ? entry.body : `${entry.title}\n${entry.body}`;
}

/**
 * The ready-to-send plain-text message for an entry, e.g.
 * "National Human Trafficking Hotline (24/7, confidential, not law enforcement): call 1-888-373-7888, TTY 711 or text 233733."
 * Crisis entries copy their steps and numbers; glossary terms their meaning; a line no primary
 * source confirms carries the caveat, so it cannot be passed on as checked.
 */
export function formatEntryMessage(entry: GuideEntry): string {
  const text = messageText(entry);
  return entry.verified === false ? `${text} (${UNVERIFIED_CAVEAT})` : text;
}

/** The line a result shows under its title: the number to call, or the start of the text. */
export function formatKeyText(entry: GuideEntry): string {
  if (entry.contact) {
    const channels = formatChannels(entry.contact, { tty: false });
    return channels.charAt(0).toUpperCase() + channels.slice(1);
  }
  return entry.steps?.[0] ?? entry.meaning ?? entry.body;
}

/** Where an entry came from, in words an advocate can cite. */
export function formatSource(entry: GuideEntry): string {
  const { source } = entry;
  if (source.type === 'reference') {
    const page = source.title ? `${displayUrl(source.url)} (${source.title})` : displayUrl(source.url);
    const more = source.also?.length ? ` and ${source.also.length} more ${source.also.length === 1 ? 'page' : 'pages'}` : '';
    const handout = source.handout ? ', with the CASA handout' : '';
    const checked = entry.checked ? `, checked ${entry.checked}` : '';
    const listed = source.also?.length ? `; all listed in ${source.document}` : '';
    return `${page}${more}${handout}${checked}${listed}`;
  }
  if (source.type === 'program')
    return `${source.name} (${source.via === 'policy' ? 'set by your program’s browser policy' : 'a resource pack loaded in Settings'})`;
  const section = `${SEED_TITLE}, section “${SEED_SECTIONS[source.section]}”`;
  return source.citation ? `${section}, citing ${source.citation}` : section;
}

/** Every page an entry rests on, primary first, for a full list of links. */
export function sourceUrls(entry: GuideEntry): string[] {
  return entry.source.type === 'reference' ? [entry.source.url, ...(entry.source.also ?? [])] : [];
}

/** The honest caveat shown with an entry, if it needs one. */
export function formatProvenanceNote(entry: GuideEntry): string | undefined {
  if (entry.source.type === 'program') return `From your program: ${entry.source.name}. Not part of the CASA handout.`;
  if (entry.verified === false) return 'From CASA training material, not independently verified.';
  if (entry.added && entry.source.type === 'reference' && entry.source.handout)
    return 'Added for Los Angeles County advocates from checked public sources, with parts of the CASA handout.';
  if (entry.added) return 'Added for Los Angeles County advocates; not in the CASA handout.';
  return undefined;
}
