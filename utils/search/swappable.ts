import type { GuideSearch } from './index';

/** A search whose guide can be replaced later (a program's lines arrive), behind one stable object. */
export interface SwappableSearch extends GuideSearch {
  replace(next: GuideSearch): void;
}

export function createSwappableSearch(initial: GuideSearch): SwappableSearch {
  let current = initial;
  return {
    search: (query, options) => current.search(query, options),
    suggest: (query) => current.suggest(query),
    byKind: (kind) => current.byKind(kind),
    hotlines: () => current.hotlines(),
    get: (id) => current.get(id),
    onlySmallWords: (query) => current.onlySmallWords(query),
    warmSteps: () => current.warmSteps(),
    replace(next) {
      current = next;
    },
  };
}
