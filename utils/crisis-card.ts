import type { CrisisCard, CrisisCardEs, GuideEntry } from '@/content';
import { formatLine } from './format';
import { currentLang, t } from './i18n';

/** The id of the "When it can't wait" row: the card, shown first on the empty popup. */
export const CRISIS_CARD_ID = 'crisis-card';

/**
 * The short card as a result row: Enter opens it, and its Copy puts the whole card on the
 * clipboard — each situation, what to do first and then, and the numbers.
 */
export function crisisCardEntry(card: CrisisCard, lang = currentLang()): GuideEntry {
  const rows = card.rows.map((row) =>
    [
      row.situation,
      `  ${t('card_first')}${row.first}`,
      `  ${t('card_then')}${row.then}`,
      // The card speaks to the advocate ("Llame al 911"): its lines too.
      ...row.lines.map((l) => `  ${formatLine(l, lang, 'advocate')}`),
    ].join('\n'),
  );
  return {
    id: CRISIS_CARD_ID,
    kind: 'crisis',
    title: card.title,
    body: card.rows.map((r) => r.situation).join(' · '),
    message: [card.title, ...rows, card.note].join('\n'),
    tags: [],
    synonyms: [],
    source: { type: 'reference', document: 'docs/sources/crisis-and-reporting.md', part: 'The short card (show this first)', url: '' },
  };
}

/** The card in Spanish (content/es), row by row; the lines keep their own numbers. */
export function localizedCard(card: CrisisCard, es: CrisisCardEs | undefined): CrisisCard {
  if (!es) return card;
  return {
    ...card,
    title: es.title,
    note: es.note,
    rows: card.rows.map((row) => ({ ...row, ...es.rows[row.entryId] })),
    more: { ...card.more, label: es.more.label },
  };
}
