import type { GuideEntry } from '@/content';
import { formatEntryMessage, type MessageLanguage } from './format';
import { t } from './i18n';

/** A blank the advocate can fill before copying or inserting. Values are never stored. */
export type FillIn =
  | { id: 'name'; kind: 'text'; label: string; placeholder: string }
  | { id: 'channel'; kind: 'choice'; label: string; choices: readonly Channel[] };

export type Channel = 'call or text' | 'call' | 'text';
export type FillInValues = Partial<Record<FillIn['id'], string>>;

const MAX_NAME = 40;

/** The blanks an entry offers: a first name for phrasings, call/text for lines with both. */
export function fillInsFor(entry: GuideEntry): FillIn[] {
  if (entry.kind === 'phrasing') return [{ id: 'name', kind: 'text', label: t('fill_name'), placeholder: t('fill_name_example') }];
  if (entry.contact?.phones?.length && entry.contact.text && !entry.message) {
    return [{ id: 'channel', kind: 'choice', label: t('fill_channel'), choices: ['call or text', 'call', 'text'] }];
  }
  return [];
}

/** How a call/text choice reads, in the page's language. */
export const channelLabel = (channel: Channel): string =>
  t(channel === 'call' ? 'fill_channel_call' : channel === 'text' ? 'fill_channel_text' : 'fill_channel_both');

/** Names are kept as typed, only trimmed, single-spaced and shortened. */
function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
}

/** After "Ana, ": "I" stays capital; "¿Qué…" reads "¿qué…". */
function afterName(phrase: string): string {
  if (phrase.startsWith('I ')) return phrase;
  const lead = /^[¿¡]/.test(phrase) ? 1 : 0;
  return phrase.slice(0, lead) + phrase.charAt(lead).toLowerCase() + phrase.slice(lead + 1);
}

/** The entry's message in `lang` (as copying it would be) with its blanks filled; with no values it is the plain message. */
export function fillTemplate(entry: GuideEntry, values: FillInValues, lang: MessageLanguage = 'en'): string {
  const name = cleanName(values.name ?? '');
  if (entry.kind === 'phrasing') {
    const phrase = formatEntryMessage(entry, lang);
    // "Ana, what led you to leave placement?"
    return name ? `${name}, ${afterName(phrase)}` : phrase;
  }
  const channel = values.channel as Channel | undefined;
  if (entry.contact && channel && channel !== 'call or text') {
    const contact =
      channel === 'call'
        ? { ...entry.contact, text: undefined, chatUrl: undefined }
        : { ...entry.contact, phones: undefined, chatUrl: undefined };
    return formatEntryMessage({ ...entry, contact }, lang);
  }
  return formatEntryMessage(entry, lang);
}
