import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LockedPlans } from '@/components/plans/LockedPlans';
import { PanelLayout } from '@/components/panel/PanelLayout';
import type { PanelTab } from '@/components/panel/PanelTabs';
import { PlansScreen, type LockOffer } from '@/components/plans/PlansScreen';
import { SettingsScreen } from '@/components/plans/SettingsScreen';
import { useVault } from '@/components/plans/use-vault';
import { copyPlainText } from '@/utils/clipboard';
import { downloadText } from '@/utils/download';
import { guideRequest, type GuideRequest } from '@/utils/guide-request';
import { activeTabId, insertOrCopy } from '@/utils/page-insertion';
import type { PanelPolicy } from '@/utils/panel-policy';
import { effectiveAutoLockMinutes, reportsScreenLock } from '@/utils/plans/auto-lock';
import { describeDamaged } from '@/utils/plans/format';
import { AUTO_LOCK_CHOICES, autoLockMinutes, lockOffered } from '@/utils/settings';
import { createTripleShiftDetector } from '@/utils/triple-shift';
import type { PanelBoot } from './boot';
import { useGuideTab } from './use-guide-tab';

/**
 * What a CASA program may set for the panel (utils/program/, wired from browser policy): the
 * defaults until then, in this one place. Components take each as a prop.
 */
const policy: PanelPolicy = { requireLock: false, allowPlainExport: true, maxAutoLockMinutes: undefined, programName: undefined };
/** The plan tips' guide entries before the guide has loaded: none yet. */
const noEntry = () => undefined;
/** sidepanel.html#plan=<id> opens that plan (used by tests). */
const linkedPlanId = new URLSearchParams(location.hash.slice(1)).get('plan') ?? undefined;

/** The side panel: safety plans, the guide and settings, beside any site. */
export function App({ boot }: { boot: PanelBoot }) {
  const { client } = boot;
  const vault = useVault(client, boot.takeVault);
  /** Whether the browser reports a screen lock (not Firefox): decides the auto-lock choices. */
  const screenLock = reportsScreenLock(browser.idle);
  const [tab, setTab] = useState<PanelTab>('plans');
  const [hidden, setHidden] = useState(false);
  const [offered, setOffered] = useState<boolean | null>(null);
  const [minutes, setMinutes] = useState(15);
  const [request, setRequest] = useState<GuideRequest | null>(null);
  const guide = useGuideTab(tab === 'guide', boot.answered);

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
    const unwatch = guideRequest.watch(show);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      unwatch();
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

  /**
   * The lock, asked for when a plan is made: once while never offered (or while that is still
   * being read: better offered twice than not at all), every time when the program requires it.
   */
  const lockOffer: LockOffer | undefined =
    vault.state === 'none' && (policy.requireLock || offered !== true)
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
              entry={guide?.guideEntry ?? noEntry}
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
              askedList={boot.takeList}
              allowPlainExport={policy.allowPlainExport}
            />
          </LockedPlans>
        ),
        guide: guide ? <guide.GuideTab request={request} /> : <p class="hint">Opening the guide…</p>,
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
