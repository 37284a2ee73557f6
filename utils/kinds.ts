import type { EntryKind } from '@/content/schema';
import { t, type MessageKey } from './i18n';

/** Each kind, in chip order (its badge and chip are named in the catalogs: kind_<kind>_badge/_chip). */
export const KIND_ORDER: readonly EntryKind[] = [
  'crisis',
  'resource',
  'red-flag',
  'term',
  'recruitment',
  'tactic',
  'phrasing',
  'action',
  'avoid',
  'confidentiality',
  'myth',
  'self-care',
  'fact',
  'law',
];

/** How a kind is named on a result's badge, or on its filter chip, in the page's language. */
export function kindLabel(kind: EntryKind, where: 'badge' | 'chip'): string {
  return t(`kind_${kind.replace('-', '_')}_${where}` as MessageKey);
}
