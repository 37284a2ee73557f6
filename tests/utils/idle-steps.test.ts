import { describe, expect, it } from 'vitest';
import { runWhenIdle, type IdleScheduler } from '@/utils/idle-steps';

/** Idle periods handed out by hand: each with `room` steps' worth of time. */
function fakeIdle() {
  const waiting = new Map<number, (deadline: IdleDeadline) => void>();
  let next = 1;
  const scheduler: IdleScheduler = {
    requestIdleCallback: (run) => {
      waiting.set(next, run);
      return next++;
    },
    cancelIdleCallback: (handle) => void waiting.delete(handle),
  };
  /** One idle period in which `room` more steps fit after the first. */
  const idle = (room: number) => {
    const [handle, run] = [...waiting][0] ?? [];
    if (!run) return false;
    waiting.delete(handle!);
    let left = room;
    run({ didTimeout: false, timeRemaining: () => (left-- > 0 ? 1 : 0) });
    return true;
  };
  return { scheduler, idle, waiting };
}

describe('work done when the page is idle', () => {
  it('runs every step in order, spread over idle periods, at least one each', () => {
    const { scheduler, idle } = fakeIdle();
    const done: number[] = [];
    runWhenIdle(
      [1, 2, 3, 4, 5].map((n) => () => void done.push(n)),
      scheduler,
    );
    expect(done).toEqual([]);
    idle(0);
    expect(done).toEqual([1]);
    idle(2);
    expect(done).toEqual([1, 2, 3, 4]);
    idle(10);
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(idle(10)).toBe(false);
  });

  it('stops when the page no longer wants it', () => {
    const { scheduler, idle, waiting } = fakeIdle();
    const done: number[] = [];
    const stop = runWhenIdle(
      [1, 2, 3].map((n) => () => void done.push(n)),
      scheduler,
    );
    idle(0);
    stop();
    expect(waiting.size).toBe(0);
    expect(idle(10)).toBe(false);
    expect(done).toEqual([1]);
  });
});
