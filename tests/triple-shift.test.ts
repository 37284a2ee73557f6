import { describe, expect, it } from 'vitest';
import { createTripleShiftDetector, createTypingGuard } from '@/utils/triple-shift';

describe('Shift pressed three times', () => {
  const press = (key = 'Shift', repeat = false) => ({ key, repeat });

  it('fires on the third press of Shift alone, within the window', () => {
    let t = 0;
    const detect = createTripleShiftDetector(() => t);
    expect([press(), press(), press()].map((e) => ((t += 100), detect(e)))).toEqual([false, false, true]);
  });

  it.each([
    ['Shift used for a capital in between', [press(), press('A'), press(), press()], 50],
    ['Shift held down (key repeats)', [press(), press('Shift', true), press('Shift', true)], 50],
    ['presses too far apart', [press(), press(), press()], 600],
  ])('ignores %s', (_name, events, gap) => {
    let t = 0;
    const detect = createTripleShiftDetector(() => t);
    expect(events.map((e) => ((t += gap), detect(e)))).toEqual(events.map(() => false));
  });
});

describe('a key that goes on typing (helper-70 F11)', () => {
  it('is one that comes less than 1.5 s after a printable key; Shift, Enter and arrows do not count as typing, but are judged', () => {
    let t = 0;
    const continues = createTypingGuard(() => t);
    expect(continues({ key: 's' })).toBe(false);
    t += 200;
    for (let i = 0; i < 3; i++) expect(continues({ key: 'Shift' })).toBe(true);
    t += 400;
    expect(continues({ key: ' ' })).toBe(true);
    t += 1_400;
    expect(continues({ key: 'Enter' })).toBe(true);
    t += 1_500;
    expect(continues({ key: 'Enter' })).toBe(false);
    expect(continues({ key: 'ñ' })).toBe(false);
    t += 100;
    expect(continues({ key: ' ' })).toBe(true);
  });

  it('(control: a key with no typing before it, as after the Hide button, does not)', () => {
    const continues = createTypingGuard(() => 10_000);
    expect(continues({ key: 'Enter' })).toBe(false);
    expect(continues({ key: ' ' })).toBe(false);
  });
});
