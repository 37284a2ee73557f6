import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuideView } from '@/components/GuideView';
import { LockedPlans } from '@/components/plans/LockedPlans';
import { PanelLayout } from '@/components/panel/PanelLayout';
import type { PanelTab } from '@/components/panel/PanelTabs';
import { PlansScreen, type LockOffer } from '@/components/plans/PlansScreen';
import { SettingsScreen } from '@/components/plans/SettingsScreen';
import { useProgramGuide } from '@/components/use-program-guide';
import { useVault } from '@/components/plans/use-vault';
import { copyPlainText } from '@/utils/clipboard';
import { downloadText } from '@/utils/download';
import { readGuideData } from '@/utils/guide-data';
import { guideRequest, type GuideRequest } from '@/utils/guide-request';
import { activeTabId, insertOrCopy } from '@/utils/page-insertion';
import type { PanelPolicy } from '@/utils/panel-policy';
import { pinnedEntryIds, togglePinnedId } from '@/utils/pins';
import { effectiveAutoLockMinutes, reportsScreenLock } from '@/utils/plans/auto-lock';
import { programState } from '@/utils/program/store';
import { describeDamaged } from '@/utils/plans/format';
import { createPlanClient } from '@/utils/plans/client';
import { PLAN_PORT } from '@/utils/plans/protocol';
import { rememberUse } from '@/utils/recents';
import { createGuideSearch } from '@/utils/search';
import { AUTO_LOCK_CHOICES, autoLockMinutes, lockOffered } from '@/utils/settings';
import { createTripleShiftDetector } from '@/utils/triple-shift';

// The guide ships inlined in sidepanel.html as JSON (utils/guide-data.ts).
const guideData = readGuideData();
const builtInSearch = createGuideSearch(guideData.entries);
/**
 * What a CASA program may set for the panel (utils/program/, wired from browser policy): the
 * defaults until then, in this one place. Components take each as a prop.
 */
const policy: PanelPolicy = { requireLock: false, allowPlainExport: true, maxAutoLockMinutes: undefined, programName: undefined };
/** sidepanel.html#plan=<id> opens that plan (used by tests). */
const linkedPlanId = new URLSearchParams(location.hash.slice(1)).get('plan') ?? undefined;

/** The side panel: safety plans, the guide and settings, beside any site. */
export function App() {
  const client = useMemo(() => createPlanClient(() => browser.runtime.connect({ name: PLAN_PORT })), []);
  const vault = useVault(client);
  const { search } = useProgramGuide(guideData.entries, builtInSearch, programState);
  /** Whether the browser reports a screen lock (not Firefox): decides the auto-lock choices. */
  const screenLock = reportsScreenLock(browser.idle);
  const [tab, setTab] = useState<PanelTab>('plans');
  const [hidden, setHidden] = useState(false);
  const [pins, setPins] = useState<string[]>([]);
  const [offered, setOffered] = useState<boolean | null>(null);
  const [minutes, setMinutes] = useState(15);
  const [request, setRequest] = useState<GuideRequest | null>(null);

  const markOffered = () => {
    setOffered(true);
    void lockOffered.setValue(true);
  };

  const hide = () => {
    // Blank first, then lock: the screen must go at once, whatever the lock takes.
    setHidden(true);
    void client.call('lock', {}).catch(() => {});
  };

  useEffect(() => {
    // Ask the browser not to evict plans under storage pressure (unlimitedStorage helps too).
    void navigator.storage?.persist?.();
    void pinnedEntryIds.getValue().then(setPins);
    void lockOffered.getValue().then(setOffered);
    void autoLockMinutes.getValue().then((m) => setMinutes(effectiveAutoLockMinutes(m, screenLock)));
    // A right-click search or an omnibox choice: show it in the Guide tab, once.
    const show = (r: GuideRequest | null) => {
      if (!r) return;
      setRequest(r);
      setTab('guide');
      void guideRequest.setValue(null);
    };
    void guideRequest.getValue().then(show);
    const detector = createTripleShiftDetector();
    const onKey = (e: KeyboardEvent) => detector(e) && hide();
    document.addEventListener('keydown', onKey, true);
    const unwatch = [guideRequest.watch(show), pinnedEntryIds.watch((ids) => setPins(ids))];
    return () => {
      document.removeEventListener('keydown', onKey, true);
      unwatch.forEach((u) => u());
    };
  }, []);

  if (hidden) {
    return (
      <main class="hidden-screen">
        <button type="button" class="link-button" onClick={() => setHidden(false)}>
          Show
        </button>
      </main>
    );
  }

  /** The lock, asked for when a plan is made: once while never offered, every time when the program requires it. */
  const lockOffer: LockOffer | undefined =
    vault.state === 'none' && (policy.requireLock || offered === false)
      ? {
          required: policy.requireLock,
          onSetUp: (passphrase) =>
            client.call('setUpVault', { passphrase }).then(() => {
              vault.set('unlocked');
              markOffered();
            }),
          onSkip: markOffered,
        }
      : undefined;
  const insertText = async (text: string, entryId: string) =>
    (await insertOrCopy(await activeTabId(browser), text, entryId, copyPlainText)).message;
  // Plan text never falls back to the clipboard (finding 3): the panel asks first.
  const insertPlanText = async (text: string) => insertOrCopy(await activeTabId(browser), text, '', copyPlainText, { fallbackCopy: false });

  return (
    <PanelLayout
      tab={tab}
      onSelectTab={setTab}
      onHide={hide}
      programName={policy.programName}
      panels={{
        plans: (
          <LockedPlans client={client} vault={vault}>
            <PlansScreen
              client={client}
              entry={search.get}
              copyText={copyPlainText}
              insertText={insertPlanText}
              openPrint={(id, view) =>
                void browser.tabs.create({ url: `${browser.runtime.getURL('/print.html')}?plan=${encodeURIComponent(id)}&view=${view}` })
              }
              download={downloadText}
              initialPlanId={linkedPlanId}
              lockOffer={lockOffer}
              onOpenGuide={() => setTab('guide')}
              lockOn={vault.state === 'unlocked'}
              allowPlainExport={policy.allowPlainExport}
            />
          </LockedPlans>
        ),
        guide: (
          <GuideView
            key={request?.at ?? 0}
            search={search}
            crisisCard={guideData.crisisCard}
            glossaryGuidance={guideData.glossaryGuidance}
            initialQuery={request?.query}
            initialEntryId={request?.entryId}
            pinnedIds={pins}
            onTogglePin={(id) => void pinnedEntryIds.setValue(togglePinnedId(pins, id))}
            copyText={copyPlainText}
            insertText={(text, entry) => insertText(text, entry.id)}
            onUsed={(entry) => void rememberUse(entry.id)}
          />
        ),
        settings: (
          <SettingsScreen
            vault={vault.state}
            autoLockMinutes={minutes}
            autoLockChoices={AUTO_LOCK_CHOICES}
            screenLockReported={screenLock}
            onAutoLock={(m) => {
              setMinutes(m);
              void autoLockMinutes.setValue(m);
            }}
            onLockNow={() => void client.call('lock', {}).then(() => vault.set('locked'))}
            onSetUp={(passphrase) => client.call('setUpVault', { passphrase }).then(() => vault.set('unlocked'))}
            onChangePassphrase={(current, next) => client.call('changePassphrase', { current, next }).then(() => {})}
            requireLock={policy.requireLock}
            maxAutoLockMinutes={policy.maxAutoLockMinutes}
            onDisable={(passphrase) =>
              client.call('disableVault', { passphrase }).then(({ damaged }) => {
                vault.set('none');
                return describeDamaged(damaged);
              })
            }
          />
        ),
      }}
    />
  );
}
