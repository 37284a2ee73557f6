import { describe, expect, it } from 'vitest';
import { focusWhenDrawn } from '@/utils/focus-landing';

describe('focusWhenDrawn: a clicked tab’s search box takes the focus, even drawn later', () => {
  it('focuses the control at once when it is there', () => {
    document.body.innerHTML = '<div id="tab"><input data-tab-start></div>';
    focusWhenDrawn(document.getElementById('tab')!, '[data-tab-start]');
    expect(document.activeElement).toBe(document.querySelector('input'));
  });

  it('waits for the tab’s contents to replace its “Opening…” line', async () => {
    document.body.innerHTML = '<button id="t">Guide</button><div id="tab"><p>Opening the guide…</p></div>';
    document.getElementById('t')!.focus();
    const tab = document.getElementById('tab')!;
    focusWhenDrawn(tab, '[data-tab-start]');
    expect(document.activeElement?.id).toBe('t');
    tab.innerHTML = '<div><input data-tab-start></div>';
    await Promise.resolve();
    expect(document.activeElement).toBe(tab.querySelector('input'));
  });

  it('stops waiting when told (another tab chosen), and leaves the focus where it is', async () => {
    document.body.innerHTML = '<button id="t">Guide</button><div id="tab"></div>';
    document.getElementById('t')!.focus();
    const tab = document.getElementById('tab')!;
    focusWhenDrawn(tab, '[data-tab-start]')();
    tab.innerHTML = '<input data-tab-start>';
    await Promise.resolve();
    expect(document.activeElement?.id).toBe('t');
  });
});
