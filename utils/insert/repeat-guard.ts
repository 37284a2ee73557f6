/**
 * One insertion, once. The same text asked for the same place again while the first is still
 * running, or just after it went in (the second click of a double-click on Insert, a key
 * pressed twice), gets the first one's answer instead of a second copy in the page. A failure
 * is forgotten at once: clicking into the field and trying again must work.
 */
export function createRepeatGuard<T extends { ok: boolean }>(windowMs = 500, now: () => number = () => Date.now()) {
  const recent = new Map<string, { result: Promise<T>; doneAt?: number }>();
  return (key: string, run: () => Promise<T>): Promise<T> => {
    for (const [k, v] of recent) if (v.doneAt !== undefined && now() - v.doneAt >= windowMs) recent.delete(k);
    const seen = recent.get(key);
    if (seen) return seen.result;
    const entry: { result: Promise<T>; doneAt?: number } = { result: run() };
    recent.set(key, entry);
    entry.result.then(
      (result) => (result.ok ? (entry.doneAt = now()) : recent.delete(key)),
      () => recent.delete(key),
    );
    return entry.result;
  };
}
