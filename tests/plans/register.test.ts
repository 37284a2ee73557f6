import { deleteDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { browser as Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPlanClient } from '@/utils/plans/client';
import { toBase64 } from '@/utils/plans/crypto';
import { registerPlanService } from '@/utils/plans/register';
import { openPlanRepository } from '@/utils/plans/repository';
import { DB_NAME } from '@/utils/plans/schema-upgrades';
import { ERASE_ALL_CONFIRM, type PlanEvent } from '@/utils/plans/protocol';
import { NO_RULES } from '@/utils/plans/rules';
import { autoLockMinutes, plansErasedAt, sessionVaultKey } from '@/utils/settings';
import { fakeEvent } from '../fake-events';
import { createPortPair } from '../fake-port';

const ORIGIN = 'chrome-extension://ext/';
const PASSPHRASE = 'correct horse battery';

/** The parts of the browser the plan service's registration touches, with triggers. */
function fakePlanBrowser({ screenLock = true, normalWindows = 0 } = {}) {
  const fake = {
    idle: {
      setDetectionInterval: vi.fn(),
      onStateChanged: fakeEvent<[string]>(),
      // Chrome declares a "locked" state; Firefox's idle API has none.
      IdleState: screenLock ? { ACTIVE: 'active', IDLE: 'idle', LOCKED: 'locked' } : { ACTIVE: 'active', IDLE: 'idle' },
    },
    windows: {
      onRemoved: fakeEvent<[number]>(),
      getAll: vi.fn(async () => Array.from({ length: normalWindows }, (_, id) => ({ id, type: 'normal' }))),
    },
    runtime: { id: 'ext', getURL: (path: string) => `${ORIGIN}${path.replace(/^\//, '')}`, onConnect: fakeEvent<[unknown]>() },
  };
  /** A page of this extension (by default the side panel) connecting to the plan service. */
  const connect = (page = 'sidepanel.html') =>
    createPlanClient(() => {
      const pair = createPortPair('plans', { id: 'ext', url: `${ORIGIN}${page}` });
      fake.runtime.onConnect.fire(pair.background);
      return pair.page;
    });
  return { fake, browser: fake as unknown as typeof Browser, connect };
}

/** A locked-on vault with one plan, as an earlier run of the service worker left it, key in session storage. */
async function vaultLeftUnlocked() {
  const earlier = openPlanRepository({ kdfIterations: 1000 });
  await earlier.create('p');
  await sessionVaultKey.setValue(toBase64(await earlier.setUpVault(PASSPHRASE)));
  earlier.close();
}

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteDB(DB_NAME);
});

describe('finding 1: a lock always wins', () => {
  it.each(['locked', 'idle'])(
    'finding 1: a “%s” event that wakes the stopped worker leaves plans locked, whatever the key restore was doing',
    async (state) => {
      await vaultLeftUnlocked();
      await autoLockMinutes.setValue(5);
      const { fake, browser, connect } = fakePlanBrowser();
      registerPlanService(browser);
      // Chrome delivers the event that woke the worker as soon as its top-level script has run.
      fake.idle.onStateChanged.fire(state);
      const page = connect();
      expect(await page.call('vaultStatus', {})).toBe('locked');
      await expect(page.call('get', { id: 'p' })).rejects.toMatchObject({ code: 'locked' });
      expect(await sessionVaultKey.getValue()).toBeNull();
    },
  );

  it('(control: without a lock event the restarted worker reopens with the session key)', async () => {
    await vaultLeftUnlocked();
    const { browser, connect } = fakePlanBrowser();
    registerPlanService(browser);
    const page = connect();
    expect(await page.call('vaultStatus', {})).toBe('unlocked');
    expect((await page.call('get', { id: 'p' }))?.id).toBe('p');
  });
});

describe('info 21: only the pages that need the plan API get it', () => {
  it('info 21: the side panel gets all of it, the print page may only read, the popup gets none', async () => {
    const { fake, browser, connect } = fakePlanBrowser();
    registerPlanService(browser);
    const panel = connect('sidepanel.html');
    await panel.call('create', { id: 'p' });
    const print = connect('print.html?plan=p&view=plan');
    expect((await print.call('get', { id: 'p' }))?.id).toBe('p');
    expect(await print.call('vaultStatus', {})).toBe('none');
    await expect(print.call('remove', { id: 'p' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(print.call('disableVault', { passphrase: 'x' })).rejects.toMatchObject({ code: 'invalid' });
    // A filled red-flag checklist reads the plan's observations; it may not write them.
    await panel.call('createObservation', { planId: 'p', id: 'o', data: { observedOn: '2026-03-03' } });
    expect((await print.call('observations', { planId: 'p' })).observations.map((o) => o.id)).toEqual(['o']);
    await expect(print.call('removeObservation', { id: 'o' })).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      print.call('patchObservation', { id: 'o', fieldId: 'seen', value: 'x', baseRev: 1, clientId: 'print' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    // The popup's port is closed at once, unanswered.
    const popup = createPortPair('plans', { id: 'ext', url: `${ORIGIN}popup.html` });
    const closed = new Promise<string>((resolve) => popup.page.onDisconnect.addListener(() => resolve('closed')));
    const answers: unknown[] = [];
    popup.page.onMessage.addListener((m) => answers.push(m));
    fake.runtime.onConnect.fire(popup.background);
    try {
      popup.page.postMessage({ kind: 'request', seq: 1, method: 'list', args: {} });
    } catch {
      // Already closed by the background: that is the point.
    }
    expect(await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve('still open'), 200))])).toBe('closed');
    expect(answers).toEqual([]);
    expect((await panel.call('get', { id: 'p' }))?.id).toBe('p');
  });
});

/** Plans left unlocked by an earlier run, served by a freshly registered worker; resolves once open. */
async function servingUnlocked(options: Parameters<typeof fakePlanBrowser>[0] = {}) {
  await vaultLeftUnlocked();
  const made = fakePlanBrowser(options);
  registerPlanService(made.browser);
  const page = made.connect();
  expect(await page.call('vaultStatus', {})).toBe('unlocked');
  return { ...made, page };
}

describe('finding 13: locking when the last window closes', () => {
  it('finding 13: closing the last normal browser window locks the plans and forgets the session key', async () => {
    const { fake, page } = await servingUnlocked({ normalWindows: 0 });
    fake.windows.onRemoved.fire(1);
    await vi.waitFor(async () => expect(await page.call('vaultStatus', {})).toBe('locked'));
    expect(await sessionVaultKey.getValue()).toBeNull();
    expect(fake.windows.getAll).toHaveBeenCalledWith({ windowTypes: ['normal'] });
  });

  it('(control: closing one window while another normal one stays open keeps them unlocked)', async () => {
    const { fake, page } = await servingUnlocked({ normalWindows: 1 });
    fake.windows.onRemoved.fire(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await page.call('vaultStatus', {})).toBe('unlocked');
  });
});

describe('a worker woken by a request answers under the program’s rules, not before they are read (helper-71)', () => {
  it('a first plan asked for while the rules are still being read waits for them, and is refused when they require the lock', async () => {
    const { browser, connect } = fakePlanBrowser();
    let rules = NO_RULES;
    let read!: () => void;
    const rulesRead = new Promise<void>((resolve) => (read = resolve));
    registerPlanService(browser, () => rules, rulesRead);
    const page = connect();
    const answer = page.call('create', { id: 'early' }).then(
      () => 'created',
      (e: Error) => e.message,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    rules = { ...NO_RULES, requireLock: true };
    read();
    expect(await answer).toMatch(/requires a passphrase lock/);
    expect(await page.call('vaultStatus', {})).toBe('none');
  });
});

describe('a lock nobody asked for says why (helper-70 F7)', () => {
  it.each([
    ['idle', 'idle'],
    ['locked', 'screen'],
  ] as const)('an idle-API “%s” tells every open page the plans locked, and why: %s', async (state, why) => {
    await autoLockMinutes.setValue(5);
    const { fake, page } = await servingUnlocked();
    const events: PlanEvent[] = [];
    page.onEvent((event) => events.push(event));
    fake.idle.onStateChanged.fire(state);
    await vi.waitFor(() => expect(events).toContainEqual({ kind: 'vault', state: 'locked', why }));
  });

  it('(control: Lock now from a page gives no reason: the page that asked knows)', async () => {
    const { connect, page } = await servingUnlocked();
    const other = connect();
    const events: PlanEvent[] = [];
    other.onEvent((event) => events.push(event));
    await other.call('vaultStatus', {});
    await page.call('lock', {});
    await vi.waitFor(() => expect(events).toContainEqual({ kind: 'vault', state: 'locked' }));
    expect(events.some((e) => e.kind === 'vault' && 'why' in e)).toBe(false);
  });
});

describe('an erase without the passphrase leaves a sign (helper-70 F5)', () => {
  it('the time of the erase is kept outside the plans, for the list to say', async () => {
    const { page } = await servingUnlocked();
    expect(await plansErasedAt.getValue()).toBeNull();
    const before = Date.now();
    await page.call('eraseAll', { confirm: ERASE_ALL_CONFIRM });
    expect(await plansErasedAt.getValue()).toBeGreaterThanOrEqual(before);
    expect(await page.call('list', {})).toEqual([]);
  });
});

describe('finding 9: a browser that reports no screen lock', () => {
  it('finding 9: a stored “only when the screen locks” still locks after the default idle time there', async () => {
    await autoLockMinutes.setValue(0);
    const { fake, page } = await servingUnlocked({ screenLock: false });
    await vi.waitFor(() => expect(fake.idle.setDetectionInterval).toHaveBeenCalledWith(15 * 60));
    fake.idle.onStateChanged.fire('idle');
    await vi.waitFor(async () => expect(await page.call('vaultStatus', {})).toBe('locked'));
  });

  it('(control: where the screen lock is reported, 0 means only the screen lock)', async () => {
    await autoLockMinutes.setValue(0);
    const { fake, page } = await servingUnlocked({ screenLock: true });
    await vi.waitFor(() => expect(fake.idle.setDetectionInterval).toHaveBeenCalledWith(4 * 60 * 60));
    fake.idle.onStateChanged.fire('idle');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await page.call('vaultStatus', {})).toBe('unlocked');
    fake.idle.onStateChanged.fire('locked');
    await vi.waitFor(async () => expect(await page.call('vaultStatus', {})).toBe('locked'));
  });
});
