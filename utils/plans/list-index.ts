import type { PlanSummary } from './model';

/**
 * The plan list as last read in full, kept in step with every write the repository makes,
 * so listing plans again reads (and decrypts) nothing. It holds nicknames: it is forgotten
 * whenever plans lock, and a full read that a lock overtook never fills it.
 */
export interface ListIndex {
  /** The list, newest change first; undefined when it has to be read in full. */
  read(): PlanSummary[] | undefined;
  /** Remembers a full read. */
  fill(list: readonly PlanSummary[]): void;
  /** A plan written (created, edited, restored, imported); ignored until filled. */
  put(summary: PlanSummary): void;
  remove(id: string): void;
  clear(): void;
}

/** Newest change first; the id keeps the order stable. */
export const sortSummaries = (list: PlanSummary[]) => list.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));

export function createListIndex(): ListIndex {
  let byId: Map<string, PlanSummary> | undefined;
  let sorted: PlanSummary[] | undefined;
  const change = (apply: (map: Map<string, PlanSummary>) => void) => {
    if (!byId) return;
    apply(byId);
    sorted = undefined;
  };
  return {
    read() {
      if (!byId) return undefined;
      sorted ??= sortSummaries([...byId.values()]);
      return [...sorted];
    },
    fill(list) {
      byId = new Map(list.map((s) => [s.id, s]));
      sorted = undefined;
    },
    put: (summary) => change((map) => map.set(summary.id, summary)),
    remove: (id) => change((map) => map.delete(id)),
    clear() {
      byId = undefined;
      sorted = undefined;
    },
  };
}
