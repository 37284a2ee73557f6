import type { EntryKind, GuideEntry } from '@/content';
import { t } from '../i18n';
import { kindLabel } from '../kinds';
import type { GuideSearch } from './index';

/** A labelled run of options in the results listbox. */
export interface ResultGroup {
  id: 'crisis' | 'results' | 'hotlines' | 'pinned' | 'kind';
  label: string;
  entries: GuideEntry[];
}

/** What the results area shows for a query and filter. */
export interface ResultView {
  groups: ResultGroup[];
  /** True when the query matched nothing; the hotlines are still offered. */
  noMatches: boolean;
  /** The filter chip that was on when nothing matched (its label): the message names it. */
  filter?: string;
  /** Nearby words of the guide when little matched ("trafic" → "trafficking"). */
  suggestions: string[];
}

/** Fewer results than this, and "Did you mean" is offered. */
const FEW_RESULTS = 3;

/**
 * Decides what the list shows. The hotlines are never more than a keystroke away: they lead
 * the empty query (after what you pinned) and stand under a "no matches" message. A query of
 * only small words ("what do I do") is treated as empty: it still shows what to reach for;
 * one with no words at all ("💜(.*)") says it matched nothing, over the hotlines.
 */
export function buildResultView(
  search: GuideSearch,
  query: string,
  kind: EntryKind | null,
  pinnedIds: readonly string[],
  crisisRow?: GuideEntry,
): ResultView {
  const hotlines: ResultGroup = { id: 'hotlines', label: t('group_hotlines'), entries: search.hotlines() };
  // "When it can't wait" leads wherever the hotlines are offered without a query's own results.
  const crisis: ResultGroup[] = crisisRow ? [{ id: 'crisis', label: crisisRow.title, entries: [crisisRow] }] : [];
  const nothing = { noMatches: false, suggestions: [] };
  // "what do I do": words, but none that carry meaning — answered like the empty query.
  if (query.trim() === '' || search.onlySmallWords(query)) {
    if (kind) return { groups: [{ id: 'kind', label: kindLabel(kind, 'chip'), entries: search.byKind(kind) }], ...nothing };
    const pinned = pinnedIds.map((id) => search.get(id)).filter((e): e is GuideEntry => e !== undefined);
    const groups = [...crisis, ...(pinned.length ? [{ id: 'pinned' as const, label: t('group_pinned'), entries: pinned }] : []), hotlines];
    return { groups, ...nothing };
  }
  const results = search.search(query, { kind });
  const suggestions = results.length < FEW_RESULTS ? search.suggest(query) : [];
  if (results.length === 0)
    return { groups: [...crisis, hotlines], noMatches: true, suggestions, filter: kind ? kindLabel(kind, 'chip') : undefined };
  const label = results.length === 1 ? t('results_count_one') : t('results_count', results.length);
  return { groups: [{ id: 'results', label, entries: results }], noMatches: false, suggestions };
}

/** One option in keyboard order, with the DOM id that aria-activedescendant points at. */
export interface ResultOption {
  optionId: string;
  entry: GuideEntry;
}

export function flattenOptions(view: ResultView): ResultOption[] {
  return view.groups.flatMap((g) => g.entries.map((entry) => ({ optionId: `opt-${g.id}-${entry.id}`, entry })));
}

/** How many results are rendered before "Show more": enough to scroll, cheap to redraw per keystroke. */
export const RESULTS_PAGE = 20;

/** `view` with at most `count` entries per group, and how many were held back. */
export function limitView(view: ResultView, count: number): { view: ResultView; hidden: number } {
  let hidden = 0;
  const groups = view.groups.map((g) => {
    hidden += Math.max(0, g.entries.length - count);
    return g.entries.length > count ? { ...g, entries: g.entries.slice(0, count) } : g;
  });
  return { view: { ...view, groups }, hidden };
}

/** "No matches for …", naming the filter that was on (helper-60: it looked like the whole guide had nothing). */
export function noMatchesMessage(view: ResultView, query: string): string {
  const shown = query.trim().slice(0, 60);
  return view.filter ? t('results_none_filtered', view.filter, shown) : t('results_none', shown);
}

/**
 * What a screen reader hears once typing pauses: how many results and which comes first (what
 * Enter would copy), or that nothing matched. A filter chosen on the empty query is said too
 * (helper-58: the list changed without a word); the empty query alone stays silent, its list
 * always the same.
 */
export function resultsAnnouncement(view: ResultView, query: string, titleOf: (entry: GuideEntry) => string): string {
  if (view.noMatches) return noMatchesMessage(view, query);
  const ofKind = view.groups.find((g) => g.id === 'kind');
  if (ofKind?.entries[0]) return endOnce(t('results_announce_kind', ofKind.label, ofKind.entries.length, titleOf(ofKind.entries[0])));
  const results = view.groups.find((g) => g.id === 'results');
  const first = results?.entries[0];
  return results && first ? endOnce(t('results_announce', results.label, titleOf(first))) : '';
}

/** The sentence's own full stop dropped after a title that already ends one ("…placement?."). */
const endOnce = (said: string) => said.replace(/([?!.…])\.$/, '$1');
