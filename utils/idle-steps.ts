/** The browser's idle scheduling (Firefox and Chrome both have it); injectable for tests. */
export type IdleScheduler = Pick<typeof globalThis, 'requestIdleCallback' | 'cancelIdleCallback'>;

/**
 * Runs `steps` in order in the page's idle time, as many in each idle period as it has room for
 * (always at least one), so no stretch of this work stands in front of a keystroke for longer
 * than one step. Each idle moment is waited for 300 ms at most: the work is for the next
 * keystroke, which may come soon. Returns what stops the steps not run yet.
 */
export function runWhenIdle(steps: ReadonlyArray<() => void>, idle: IdleScheduler = globalThis): () => void {
  const wait = { timeout: 300 };
  let done = 0;
  const slice = (deadline: IdleDeadline) => {
    do steps[done++]?.();
    while (done < steps.length && deadline.timeRemaining() > 0);
    if (done < steps.length) handle = idle.requestIdleCallback(slice, wait);
  };
  let handle = idle.requestIdleCallback(slice, wait);
  return () => idle.cancelIdleCallback(handle);
}
