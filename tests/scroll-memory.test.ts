import { describe, expect, it } from 'vitest';
import { watchScroll } from '@/utils/scroll-memory';

describe('a hidden tab comes back where it was left', () => {
  it('puts every element scrolled while shown back where it was, and ignores what happens while hidden', () => {
    const root = document.createElement('div');
    const inner = document.createElement('div');
    root.append(inner);
    document.body.append(root);
    const memory = watchScroll(root);
    const scroll = (el: HTMLElement, top: number) => {
      el.scrollTop = top;
      el.dispatchEvent(new Event('scroll'));
    };
    scroll(root, 400);
    scroll(inner, 120);
    root.hidden = true;
    // What a browser may do to a box it stops laying out.
    scroll(root, 0);
    scroll(inner, 0);
    root.hidden = false;
    memory.restore();
    expect([root.scrollTop, inner.scrollTop]).toEqual([400, 120]);
    memory.stop();
    scroll(root, 10);
    memory.restore();
    expect(root.scrollTop).toBe(400);
    root.remove();
  });
});
