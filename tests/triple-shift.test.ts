import { describe, expect, it } from 'vitest';
import { createTripleShiftDetector } from '@/utils/triple-shift';

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
