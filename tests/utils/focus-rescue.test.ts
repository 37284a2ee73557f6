import { afterEach, describe, expect, it } from 'vitest';
import { landFocus } from '@/utils/focus-landing';
import { firstFocusable, isRescuedFocus, watchFocusRescue } from '@/utils/focus-rescue';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** Each test's watcher, stopped after it, with the page it made. */
let stop = () => {};
afterEach(() => {
  stop();
  document.body.innerHTML = '';
});

describe('focus that loses its element lands in the open tab, never on the body (helper-49 #3)', () => {
  function page() {
    document.body.innerHTML = `
      <div role="tabpanel" id="a" hidden><button id="hidden-first">Hidden</button></div>
      <div role="tabpanel" id="b">
        <p>Plans are locked.</p>
        <button id="disabled" disabled>Unlock</button>
        <div id="question"><button id="answer">Lock now</button></div>
        <input id="passphrase" type="password" />
      </div>`;
    stop = watchFocusRescue(document, () => firstFocusable(document.querySelector('[role="tabpanel"]:not([hidden])')));
  }

  it('a focused button taken out of the page hands the focus to the open tab’s first control (not a hidden or disabled one)', async () => {
    page();
    document.getElementById('answer')!.focus();
    document.getElementById('question')!.remove();
    await tick();
    expect(document.activeElement?.id).toBe('passphrase');
  });

  it('a focus the reader moved away on purpose stays where it is', async () => {
    page();
    document.getElementById('answer')!.focus();
    document.getElementById('answer')!.blur();
    document.body.append(document.createElement('span'));
    await tick();
    expect(document.activeElement).toBe(document.body);
  });

  it('after the page put the focus somewhere itself, nothing moves it', async () => {
    page();
    document.getElementById('answer')!.focus();
    document.getElementById('question')!.remove();
    document.getElementById('passphrase')!.focus();
    document.getElementById('b')!.prepend(Object.assign(document.createElement('button'), { id: 'new' }));
    await tick();
    expect(document.activeElement?.id).toBe('passphrase');
  });
});

describe('a tab holding the focus only as a stand-in gives it to the screen that opens (helper-58)', () => {
  function page() {
    document.body.innerHTML = `
      <button role="tab" id="tab" aria-selected="true">Safety plans</button>
      <div role="tabpanel" id="panel"><form id="lock"><button id="unlock">Unlock</button></form></div>`;
    const tab = document.getElementById('tab')!;
    // Between the lock screen and the plan, the tab has nothing to land on but itself.
    stop = watchFocusRescue(document, () => firstFocusable(document.getElementById('panel')) ?? tab);
    return tab;
  }
  const openPlan = () => {
    const heading = Object.assign(document.createElement('h2'), { id: 'plan', tabIndex: -1, textContent: 'Ana' });
    document.getElementById('panel')!.append(heading);
    landFocus(heading);
  };

  it('the plan that opens after Unlock takes the focus from the tab the rescue put it on', async () => {
    const tab = page();
    document.getElementById('unlock')!.focus();
    document.getElementById('lock')!.remove();
    await tick();
    expect(document.activeElement).toBe(tab);
    expect(isRescuedFocus(tab)).toBe(true);
    openPlan();
    expect(document.activeElement?.id).toBe('plan');
  });

  it('a tab the reader moved to keeps the focus, even one the rescue had used before', async () => {
    const tab = page();
    document.getElementById('unlock')!.focus();
    document.getElementById('lock')!.remove();
    await tick();
    tab.blur();
    tab.focus();
    expect(isRescuedFocus(tab)).toBe(false);
    openPlan();
    expect(document.activeElement).toBe(tab);
  });
});
