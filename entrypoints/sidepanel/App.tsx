import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuideView } from '@/components/GuideView';
import { LockedPlans } from '@/components/plans/LockedPlans';
import { PanelTabs, type PanelTab } from '@/components/plans/PanelTabs';
import { prefetchObservations } from '@/components/observations/use-observations';
import { PlansScreen } from '@/components/plans/PlansScreen';
import { SettingsScreen } from '@/components/plans/SettingsScreen';
import { LanguageSetting } from '@/components/LanguageSetting';
import { ProgramSettings } from '@/components/ProgramSettings';
import { useProgramGuide } from '@/components/use-program-guide';
import { useVault } from '@/components/plans/use-vault';
import { copyPlainText } from '@/utils/clipboard';
import { downloadText } from '@/utils/download';
import { readGuide } from '@/utils/guide-data';
import { guideRequest, type GuideRequest } from '@/utils/guide-request';
import { noteRequest, type NoteRequest } from '@/utils/note-request';
import { acceptNoteRequest, noteRequestFromHash } from '@/utils/note-request-accept';
import { activeTabId, insertOrCopy } from '@/utils/page-insertion';
import { pinnedEntryIds, togglePinnedId } from '@/utils/pins';
import { effectiveAutoLockMinutes, reportsScreenLock } from '@/utils/plans/auto-lock';
import { loadPackAndSay, programState, removePack } from '@/utils/program/store';
import { useLanguageChoice, usePacks } from './use-settings';
import { backupFileName } from '@/utils/plans/backup';
import { describeDamaged } from '@/utils/plans/format';
import { createPlanClient } from '@/utils/plans/client';
import { RED_FLAG_IDS } from '@/utils/plans/observation-model';
import { PLAN_PORT } from '@/utils/plans/protocol';
import { printAddress } from '@/utils/print-address';
import { rememberUse } from '@/utils/recents';
import { createGuideSearch } from '@/utils/search';
import { AUTO_LOCK_CHOICES, autoLockMinutes, lockOffered, uiLanguage } from '@/utils/settings';
import { createTripleShiftDetector } from '@/utils/triple-shift';

// The guide ships inlined in sidepanel.html as JSON (utils/guide-data.ts).
const guideData = readGuide();
const builtInSearch = createGuideSearch(guideData.entries, guideData.compiled);
const builtInIds = new Set(guideData.entries.map((e) => e.id));
/**
 * sidepanel.html#plan=<id> opens that plan (tests, the benchmark), &view=observations its
 * observations, &observation=<id> one of them; #note=<red-flag id> notes it (a panel opened as a tab).
 */
const linked = new URLSearchParams(location.hash.slice(1));
const linkedPlanId = linked.get('plan') ?? undefined;
const linkedObservations =
  linked.get('view') === 'observations' || linked.has('observation')
    ? { observationId: linked.get('observation') ?? undefined }
    : undefined;
const linkedNote = noteRequestFromHash(location.hash, Date.now());
const isRedFlag = (id: string) => RED_FLAG_IDS.includes(id);

/** The side panel: safety plans, the guide and settings, beside any site. */
export function App() {
  const client = useMemo(() => {
    const c = createPlanClient(() => browser.runtime.connect({ name: PLAN_PORT }));
    // Asked for a plan's observations: read them alongside the plan, not after it.
    if (linkedPlanId && linkedObservations) prefetchObservations(c, linkedPlanId);
    return c;
  }, []);
  const vault = useVault(client);
  const { search, program } = useProgramGuide(guideData.entries, builtInSearch, programState, guideData.compiled);
  const packs = usePacks();
  const language = useLanguageChoice();
  /** Whether the browser reports a screen lock (not Firefox): decides the auto-lock choices. */
  const screenLock = reportsScreenLock(browser.idle);
  const [tab, setTab] = useState<PanelTab>('plans');
  const [hidden, setHidden] = useState(false);
  const [pins, setPins] = useState<string[]>([]);
  const [offered, setOffered] = useState<boolean | null>(null);
  const [minutes, setMinutes] = useState(15);
  const [request, setRequest] = useState<GuideRequest | null>(null);
  const [note, setNote] = useState<NoteRequest | null>(acceptNoteRequest(linkedNote, isRedFlag, Date.now()));

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
    // "Note this" from the popup: the red flag's id only; this panel picks the plan and writes.
    const noteThis = (r: NoteRequest | null) => {
      const accepted = acceptNoteRequest(r, isRedFlag, Date.now());
      if (r) void noteRequest.setValue(null);
      if (!accepted) return;
      setNote(accepted);
      setTab('plans');
    };
    void noteRequest.getValue().then(noteThis);
    const detector = createTripleShiftDetector();
    const onKey = (e: KeyboardEvent) => detector(e) && hide();
    document.addEventListener('keydown', onKey, true);
    const unwatch = [guideRequest.watch(show), noteRequest.watch(noteThis), pinnedEntryIds.watch((ids) => setPins(ids))];
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

  const exportEncrypted = (passphrase: string) =>
    client.call('exportEncrypted', { passphrase }).then(({ text, damaged }) => {
      downloadText(backupFileName(Date.now()).replace('.json', '.encrypted.json'), text);
      return `Encrypted backup saved. It opens only with its passphrase.${describeDamaged(damaged)}`;
    });
  const insertText = async (text: string, entryId: string) =>
    (await insertOrCopy(await activeTabId(browser), text, entryId, copyPlainText)).message;
  // Plan text never falls back to the clipboard (finding 3): the panel asks first.
  const insertPlanText = async (text: string) => insertOrCopy(await activeTabId(browser), text, '', copyPlainText, { fallbackCopy: false });

  return (
    <div class="panel">
      <button type="button" class="hide-button" onClick={hide} title="Blanks this panel at once and locks plans. Does not erase history.">
        Hide <span class="hint">(Shift ×3)</span>
      </button>
      <PanelTabs selected={tab} onSelect={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="panel-body">
        {tab === 'plans' && offered !== null && (
          <LockedPlans
            client={client}
            vault={vault}
            offered={offered}
            onOffered={() => {
              setOffered(true);
              void lockOffered.setValue(true);
            }}
            exportEncrypted={exportEncrypted}
          >
            <PlansScreen
              client={client}
              entry={search.get}
              copyText={copyPlainText}
              insertText={insertPlanText}
              openPrint={(planId, view, observationIds = []) =>
                void browser.tabs.create({ url: printAddress(browser.runtime.getURL('/print.html'), { planId, view, observationIds }) })
              }
              download={downloadText}
              initialPlanId={linkedPlanId}
              noteRequest={note}
              initialObservations={linkedObservations}
            />
          </LockedPlans>
        )}
        {tab === 'guide' && (
          <GuideView
            key={request?.at ?? 0}
            search={search}
            crisisCard={guideData.crisisCard}
            crisisCardEs={guideData.crisisCardEs}
            glossaryGuidance={guideData.glossaryGuidance}
            initialQuery={request?.query}
            initialEntryId={request?.entryId}
            pinnedIds={pins}
            onTogglePin={(id) => void pinnedEntryIds.setValue(togglePinnedId(pins, id))}
            copyText={copyPlainText}
            insertText={(text, entry) => insertText(text, entry.id)}
            onUsed={(entry) => void rememberUse(entry.id)}
            onNote={(entry) => {
              setNote({ entryId: entry.id, at: Date.now() });
              setTab('plans');
            }}
          />
        )}
        {tab === 'settings' && (
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
            onDisable={(passphrase) =>
              client.call('disableVault', { passphrase }).then(({ damaged }) => {
                vault.set('none');
                return describeDamaged(damaged);
              })
            }
            onExportEncrypted={exportEncrypted}
          />
        )}
        {tab === 'settings' && (
          <LanguageSetting choice={language} browserLanguage={browser.i18n.getUILanguage()} onChoose={(c) => void uiLanguage.setValue(c)} />
        )}
        {tab === 'settings' && (
          <ProgramSettings
            program={program}
            packs={packs}
            onLoadPack={(text, fileName) => loadPackAndSay(text, fileName, builtInIds)}
            onRemovePack={(id) => void removePack(id)}
          />
        )}
      </div>
    </div>
  );
}
