import { SEED_SECTIONS, SEED_TITLE, type ContactDetails, type GuideEntry, type PhoneLine, type TextLine } from '@/content';

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

/** The ways to reach a line, as a phrase: "call 1-888-373-7888 or text 233733". */
export function formatChannels(contact: ContactDetails): string {
  const phones = contact.phones ?? [];
  const calls = phones.map((p) => (p.label ? `${formatPhone(p)} (${p.label})` : formatPhone(p)));
  const textSameAsCall = contact.text && !contact.text.keyword && phones.length === 1 && phones[0]?.number === contact.text.number;
  const parts: string[] = [];
  if (calls.length) parts.push(`${textSameAsCall ? 'call or text' : 'call'} ${joinOr(calls)}`);
  if (contact.text && !textSameAsCall) parts.push(formatText(contact.text));
  if (contact.chatUrl && !contact.text) parts.push(`chat at ${displayUrl(contact.chatUrl)}`);
  if (contact.email) parts.push(`email ${contact.email}`);
  if (!parts.length && contact.website) parts.push(`visit ${displayUrl(contact.website)}`);
  return joinOr(parts);
}

/**
 * The ready-to-send plain-text message for an entry, e.g.
 * "National Human Trafficking Hotline (24/7, confidential): call 1-888-373-7888 or text 233733."
 */
export function formatEntryMessage(entry: GuideEntry): string {
  if (entry.message) return entry.message;
  if (entry.contact) {
    const qualifiers = [entry.contact.hours, ...(entry.contact.traits ?? [])].filter(Boolean);
    const name = qualifiers.length ? `${entry.title} (${qualifiers.join(', ')})` : entry.title;
    return `${name}: ${formatChannels(entry.contact)}.`;
  }
  const sameText = entry.body.toLowerCase().includes(entry.title.toLowerCase().replace(/[.?!]$/, ''));
  return sameText ? entry.body : `${entry.title}\n${entry.body}`;
}

/** The line a result shows under its title: the number to call, or the start of the text. */
export function formatKeyText(entry: GuideEntry): string {
  if (entry.contact) {
    const channels = formatChannels(entry.contact);
    return channels.charAt(0).toUpperCase() + channels.slice(1);
  }
  return entry.body;
}

/** Where an entry came from, in words an advocate can cite. */
export function formatSource(entry: GuideEntry): string {
  const { source } = entry;
  if (source.type === 'reference') {
    const checked = entry.checked ? `, checked ${entry.checked}` : '';
    return `${displayUrl(source.url)}${checked}`;
  }
  const section = `${SEED_TITLE}, section “${SEED_SECTIONS[source.section]}”`;
  return source.citation ? `${section}, citing ${source.citation}` : section;
}

/** The honest caveat shown with an entry, if it needs one. */
export function formatProvenanceNote(entry: GuideEntry): string | undefined {
  if (entry.verified === false) return 'From CASA training material, not independently verified.';
  if (entry.added) return 'Added for Los Angeles County advocates; not in the CASA handout.';
  return undefined;
}
