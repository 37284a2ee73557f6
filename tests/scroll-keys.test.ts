import { afterEach, describe, expect, it } from 'vitest';
import { routeScrollKeys, scrollMoveFor } from '@/utils/scroll-keys';

const key = (k: string, more: Partial<KeyboardEventInit> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...more,
});

describe('scrollMoveFor: what a key does to a region 600 px tall', () => {
  it.each([
    ['PageDown', true, { by: 560 }],
    ['PageUp', true, { by: -560 }],
    ['PageDown', false, { by: 560 }],
    [' ', true, { by: 560 }],
    ['ArrowDown', true, { by: 40 }],
    ['ArrowUp', true, { by: -40 }],
    ['Home', true, { to: 'start' }],
    ['End', true, { to: 'end' }],
    // From a control in the header, its own keys stay its own.
    [' ', false, undefined],
    ['ArrowDown', false, undefined],
    ['Home', false, undefined],
    ['End', false, undefined],
    ['a', true, undefined],
  ])('%j (from the page: %s) → %j', (k, fromPage, move) => {
    expect(scrollMoveFor(key(k), 600, fromPage)).toEqual(move);
  });

  it('Shift+Space goes up a page; with Ctrl, Alt or Meta a key is left to the browser', () => {
    expect(scrollMoveFor(key(' ', { shiftKey: true }), 600, true)).toEqual({ by: -560 });
    for (const mod of ['ctrlKey', 'altKey', 'metaKey'] as const)
      expect(scrollMoveFor(key('PageDown', { [mod]: true }), 600, true)).toBeUndefined();
  });

  it('a short region keeps an eighth of itself in view', () => {
    expect(scrollMoveFor(key('PageDown'), 200, true)).toEqual({ by: 175 });
  });
});

describe('routeScrollKeys', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
  });

  function page(overflowY = 'auto') {
    document.body.innerHTML = `<header><button id="hide">Hide</button></header><div id="region" style="overflow-y: ${overflowY}"><button id="inside">Plan</button></div><input id="elsewhere">`;
    const region = document.getElementById('region')!;
    const moves: unknown[] = [];
    region.scrollBy = ((o: ScrollToOptions) => void moves.push({ by: o.top })) as typeof region.scrollBy;
    region.scrollTo = ((o: ScrollToOptions) => void moves.push({ to: o.top })) as typeof region.scrollTo;
    stop = routeScrollKeys(
      document,
      () => document.querySelector('header'),
      () => region,
    );
    return moves;
  }
  const press = (target: Element, k: string) => {
    const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
    target.dispatchEvent(e);
    return e.defaultPrevented;
  };

  it('from the page itself and from the header, the region scrolls and the key goes no further', () => {
    const moves = page();
    expect(press(document.body, 'End')).toBe(true);
    document.getElementById('hide')!.focus();
    expect(press(document.getElementById('hide')!, 'PageDown')).toBe(true);
    expect(moves).toHaveLength(2);
    expect(moves[0]).toHaveProperty('to');
    expect(moves[1]).toHaveProperty('by');
  });

  it('with the focus inside the region or in another field, the browser keeps the key', () => {
    const moves = page();
    const inside = document.getElementById('inside')!;
    inside.focus();
    expect(press(inside, 'PageDown')).toBe(false);
    const field = document.getElementById('elsewhere')!;
    field.focus();
    expect(press(field, 'End')).toBe(false);
    expect(moves).toEqual([]);
  });

  it('a region that does not scroll itself (the Guide tab) is left alone', () => {
    const moves = page('hidden');
    expect(press(document.body, 'PageDown')).toBe(false);
    expect(moves).toEqual([]);
  });
});
