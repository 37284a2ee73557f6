import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LanguageSetting } from '@/components/LanguageSetting';
import { prefetchObservations } from '@/components/observations/use-observations';
import { PanelLayout } from '@/components/panel/PanelLayout';
import type { PanelTab } from '@/components/panel/PanelTabs';
import { LockedPlans } from '@/components/plans/LockedPlans';
import { PlansScreen, type LockOffer } from '@/components/plans/PlansScreen';
import { SettingsScreen } from '@/components/plans/SettingsScreen';
import { useVault } from '@/components/plans/use-vault';
import { ProgramSettings } from '@/components/ProgramSettings';
import { copyPlainText } from '@/utils/clipboard';
import { redFlagTitleOf } from '@/utils/observations/guide-words';
import { downloadText } from '@/utils/download';
import { activeTabId, insertOrCopy } from '@/utils/page-insertion';
import { effectiveAutoLockMinutes, reportsScreenLock } from '@/utils/plans/auto-lock';
import { describeDamaged } from '@/utils/plans/format';
import { printAddress } from '@/utils/print-address';
import { loadPackAndSay, removePack } from '@/utils/program/store';
import { AUTO_LOCK_CHOICES, autoLockMinutes, lockOffered, plansErasedAt, shiftHides, uiLanguage } from '@/utils/settings';
import { currentLang, t } from '@/utils/i18n';
import { localized } from '@/utils/format';
import { createTripleShiftDetector, createTypingGuard } from '@/utils/triple-shift';
import { firstFocusable, watchFocusRescue } from '@/utils/focus-rescue';
import type { PanelBoot } from './boot';
import { forgetLinkedObservation, linkedObservations, linkedPlanId } from './links';
import { useGuideTab } from './use-guide-tab';
import { usePanelRequests } from './use-panel-requests';
import { useErasedAt, useLanguageChoice, usePacks, useProgram, useShiftHides } from './use-settings';

/** The plan tips' guide entries before the guide has loaded: none yet. */
const noEntry = () => undefined;

/**
 * Where the advocate is, kept across a redraw of the panel in another language: the tab, and
 * the plan open (`planId` set once the plans screen has said: undefined when none is open).
 */
export interface PanelPlace {
  tab: PanelTab;
  planId?: string;
}

/** The side panel: safety plans, the guide and settings, beside any site. */
export function App({ boot, place }: { boot: PanelBoot; place: PanelPlace }) {
  const { client } = boot;
  // Asked for a plan's observations: read them alongside the plan, not after it.
  // (boot.ts asked at start-up; a redraw in another language asks again).
  useMemo(
    () => linkedPlanId && linkedObservations && prefetchObservations(client, linkedPlanId, boot.takeObservations(linkedPlanId)),
    [client],
  );
  const vault = useVault(client, boot.takeVault);
  const program = useProgram();
  // What the CASA program sets for plans (browser policy): the background enforces it too.
  const policy = program.settings;
  const packs = usePacks();
  const language = useLanguageChoice();
  const hideOnShift = useShiftHides();
  const erasedAt = useErasedAt();
  // Read by the key listener set up once below.
  const hideOnShiftNow = useRef(hideOnShift);
  hideOnShiftNow.current = hideOnShift;
  /** Whether the browser reports a screen lock (not Firefox): decides the auto-lock choices. */
  const screenLock = reportsScreenLock(browser.idle);
  // `place` outlives a redraw in another language: Settings ▸ Language stays on Settings.
  const [tab, setShownTab] = useState<PanelTab>(place.tab);
  const setTab = useCallback((t: PanelTab) => setShownTab((place.tab = t)), [place]);
  const [hidden, setHidden] = useState(false);
  const [offered, setOffered] = useState<boolean | null>(null);
  const [minutes, setMinutes] = useState(15);
  const { request, note, noteFromGuide } = usePanelRequests(setTab);
  // The plan to open: the one open before a redraw in another language, else the address's.
  // Read once: the plans coming back after an unlock or Show come back to the list, where the
  // plan that was open has the focus (`returnTo`).
  const [initialPlanId] = useState(() => ('planId' in place ? place.planId : linkedPlanId));
  const guide = useGuideTab(tab === 'guide', boot.answered);
  // A "Note this" that came while the plans are locked waits for the unlock: the lock screen
  // names the flag, until the plans have been shown with it (a later lock does not repeat it).
  const [notedAt, setNotedAt] = useState<number>();
  useEffect(() => {
    if (note && vault.state !== 'locked' && vault.state !== 'loading') setNotedAt(note.at);
  }, [note, vault.state]);
  const pendingNote = note && note.at !== notedAt && vault.state === 'locked' ? redFlagTitleOf(note.entryId) : undefined;

  /** Whether the lock was offered, here and for every other panel (they watch it). */
  const markOffered = (value = true) => {
    setOffered(value);
    void lockOffered.setValue(value);
  };
  const setUpLock = (passphrase: string) =>
    client.call('setUpVault', { passphrase }).then(() => {
      vault.set('unlocked');
      markOffered();
    });

  /** Whether Shift ×3 hid the panel (mid-sentence, perhaps), and whether the last key went on typing. */
  const hiddenByKeys = useRef(false);
  const keyContinuesTyping = useRef(false);
  const hide = (byKeys = false) => {
    hiddenByKeys.current = byKeys;
    // Blank first, then lock: the screen must go at once, whatever the lock takes.
    setHidden(true);
    void client.call('lock', {}).catch(() => {});
  };

  useEffect(() => {
    // Ask the browser not to evict plans under storage pressure (unlimitedStorage helps too).
    void navigator.storage?.persist?.();
    void lockOffered.getValue().then(setOffered);
    const unwatchOffered = lockOffered.watch((value) => setOffered(value ?? false));
    void autoLockMinutes.getValue().then((m) => setMinutes(effectiveAutoLockMinutes(m, screenLock)));
    const detector = createTripleShiftDetector();
    const typing = createTypingGuard();
    const onKey = (e: KeyboardEvent) => {
      keyContinuesTyping.current = typing(e);
      if (detector(e) && hideOnShiftNow.current) hide(true);
    };
    document.addEventListener('keydown', onKey, true);
    // Focus that loses its element lands in the open tab (its first control), else on its tab.
    const stopRescue = watchFocusRescue(
      document,
      () =>
        firstFocusable(document.querySelector('[role="tabpanel"]:not([hidden])')) ??
        document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]'),
    );
    return () => {
      unwatchOffered();
      document.removeEventListener('keydown', onKey, true);
      stopRescue();
    };
  }, []);

  // Hidden, the focus goes to Show, not to the blank page (helper-60): one Enter shows it again.
  const showButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (hidden) showButton.current?.focus();
  }, [hidden]);

  if (hidden) {
    return (
      <main class="hidden-screen">
        <button
          type="button"
          class="show-button"
          ref={showButton}
          onClick={() => setHidden(false)}
          // After Shift ×3, the rest of a sentence (its Space, its Enter) must not press Show: a key
          // counts once typing has paused. A click always shows.
          onKeyDown={(e) =>
            hiddenByKeys.current && keyContinuesTyping.current && (e.key === ' ' || e.key === 'Enter') && e.preventDefault()
          }
          onKeyUp={(e) => hiddenByKeys.current && keyContinuesTyping.current && e.key === ' ' && e.preventDefault()}
        >
          {t('panel_show')}
        </button>
      </main>
    );
  }

  /**
   * The lock, asked for when a plan is made: once while never offered (or while that is still
   * being read: better offered twice than not at all), every time when the program requires it.
   */
  const lockOffer: LockOffer | undefined =
    vault.state === 'none' && (policy.requireLock || offered !== true)
      ? {
          required: policy.requireLock,
          onSetUp: setUpLock,
          onSkip: () => markOffered(),
        }
      : undefined;
  // Plan text never falls back to the clipboard (finding 3): the panel asks first.
  const insertPlanText = async (text: string) => insertOrCopy(await activeTabId(browser), text, '', copyPlainText, { fallbackCopy: false });

  return (
    <PanelLayout
      tab={tab}
      onSelectTab={setTab}
      onHide={() => hide()}
      shiftHides={hideOnShift}
      programName={policy.programName}
      panels={{
        plans: (
          <LockedPlans client={client} vault={vault} onErased={() => markOffered(false)} pendingNote={pendingNote}>
            <PlansScreen
              client={client}
              entry={guide?.guideEntry ?? noEntry}
              copyText={copyPlainText}
              insertText={insertPlanText}
              openPrint={(planId, view, observationIds = []) =>
                void browser.tabs.create({ url: printAddress(browser.runtime.getURL('/print.html'), { planId, view, observationIds }) })
              }
              download={downloadText}
              initialPlanId={initialPlanId}
              onPlanShown={(planId) => (place.planId = planId)}
              returnTo={place.planId}
              noteRequest={note}
              initialObservations={initialPlanId === linkedPlanId ? linkedObservations : undefined}
              onObservationLinkMissing={forgetLinkedObservation}
              lockOffer={lockOffer}
              onOpenGuide={() => setTab('guide')}
              lockOn={vault.state === 'unlocked'}
              askedList={boot.takeList}
              askedPlan={boot.takePlan}
              allowPlainExport={policy.allowPlainExport}
              erasedAt={erasedAt}
              onDismissErased={() => void plansErasedAt.setValue(null)}
            />
          </LockedPlans>
        ),
        guide: guide ? (
          <guide.GuideTab request={request} shown={tab === 'guide'} onNote={(entry) => noteFromGuide(entry.id)} />
        ) : (
          <p class="hint">{t('panel_opening_guide')}</p>
        ),
        settings: (
          <>
            <SettingsScreen
              vault={vault.state}
              autoLockMinutes={minutes}
              autoLockChoices={AUTO_LOCK_CHOICES}
              screenLockReported={screenLock}
              onAutoLock={(m) => {
                setMinutes(m);
                void autoLockMinutes.setValue(m);
              }}
              // The lock screen, its passphrase field focused, says at once that the plans are locked.
              onLockNow={() =>
                void client.call('lock', {}).then(() => {
                  vault.set('locked');
                  setTab('plans');
                })
              }
              onSetUp={setUpLock}
              shiftHides={hideOnShift}
              onShiftHides={(on) => {
                // At once in this panel: the stored value reaches the listener a moment later, and
                // three Shifts pressed in that moment acted on the old choice (a flaky e2e under load).
                hideOnShiftNow.current = on;
                void shiftHides.setValue(on);
              }}
              onChangePassphrase={(current, next) => client.call('changePassphrase', { current, next, newKey: true }).then(() => {})}
              requireLock={policy.requireLock}
              maxAutoLockMinutes={policy.maxAutoLockMinutes}
              onDisable={(passphrase) =>
                client.call('disableVault', { passphrase }).then(({ damaged }) => {
                  vault.set('none');
                  return describeDamaged(damaged);
                })
              }
            />
            <LanguageSetting
              choice={language}
              browserLanguage={browser.i18n.getUILanguage()}
              onChoose={(c) => void uiLanguage.setValue(c)}
            />
            <ProgramSettings
              program={program}
              packs={packs}
              // A pack is checked against the built-in guide, which comes with the Guide's chunk.
              onLoadPack={(text, fileName) => import('./GuideTab').then(({ builtInIds }) => loadPackAndSay(text, fileName, builtInIds))}
              onRemovePack={(id) => void removePack(id)}
              titleOf={(id) => {
                const entry = guide?.guideEntry(id);
                return entry && localized(entry, currentLang()).title;
              }}
              locked={vault.state === 'locked'}
            />
          </>
        ),
      }}
    />
  );
}
