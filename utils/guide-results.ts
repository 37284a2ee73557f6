import type { EntryKind, GuideEntry } from '@/content';
import { KIND_LABELS } from './kinds';
import type { GuideSearch } from './search';

/** A labelled run of options in the results listbox. */
export interface ResultGroup {
  id: 'results' | 'hotlines' | 'pinned' | 'kind';
  label: string;
  entries: GuideEntry[];
}

/** What the results area shows for a query and filter. */
export interface ResultView {
  groups: ResultGroup[];
  /** True when the query matched nothing; the hotlines are still offered. */
  noMatches: boolean;
}

/**
 * Decides what the list shows. The hotlines are never more than a keystroke away: they lead
 * the empty query and stand under a "no matches" message.
 */
export function buildResultView(search: GuideSearch, query: string, kind: EntryKind | null, pinnedIds: readonly string[]): ResultView {
  const hotlines: ResultGroup = { id: 'hotlines', label: 'Hotlines', entries: search.hotlines() };
  if (query.trim() === '') {
    if (kind) return { groups: [{ id: 'kind', label: KIND_LABELS[kind].chip, entries: search.byKind(kind) }], noMatches: false };
    const pinned = pinnedIds.map((id) => search.get(id)).filter((e): e is GuideEntry => e !== undefined);
    const groups = pinned.length ? [hotlines, { id: 'pinned' as const, label: 'Pinned', entries: pinned }] : [hotlines];
    return { groups, noMatches: false };
  }
  const results = search.search(query, { kind });
  if (results.length === 0) return { groups: [hotlines], noMatches: true };
  const label = results.length === 1 ? '1 result' : `${results.length} results`;
  return { groups: [{ id: 'results', label, entries: results }], noMatches: false };
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
