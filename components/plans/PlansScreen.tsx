import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuideEntry } from '@/content';
import { currentLang, t } from '@/utils/i18n';
import { isoDate } from '@/utils/observations/dates';
import { shownSection } from '@/utils/observations/shown-field';
import { backupFileName, serializeBackup } from '@/utils/plans/backup';
import type { PlanClient } from '@/utils/plans/client';
import { PlanStorageError } from '@/utils/plans/errors';
import { PLAN_SECTIONS } from '@/utils/plans/form';
import { copyNickname, describeDamaged, describeImport, formatPlanText, formatSectionText } from '@/utils/plans/format';
import type { Plan, PlanSummary } from '@/utils/plans/model';
import type { Revision } from '@/utils/plans/repository';
import type { NoteRequest } from '@/utils/note-request';
import type { PrintView } from '@/utils/print-address';
import { ObservationsScreen } from '../observations/ObservationsScreen';
import { PlanChooser } from '../observations/PlanChooser';
import { useObservationsRoute } from '../observations/use-observations-route';
import { Announcement } from '../Announcement';
import { BackupControls } from './BackupControls';
import { ClipboardWarning } from './ClipboardWarning';
import { PlanEditor } from './PlanEditor';
import { PlanList } from './PlanList';
import { RevisionList } from './RevisionList';
import { SetUpLock } from './SetUpLock';
import { usePlanWorkspace } from './use-plan-workspace';
import { useToastOutOfTheWay } from './use-toast-out-of-the-way';

/** The passphrase lock, asked for before a plan is made: offered once (skippable), or required by the program. */
export interface LockOffer {
  /** The CASA program requires the lock: it cannot be skipped. */
  required: boolean;
  /** Resolves once the lock is on; rejects with a message. */
  onSetUp: (passphrase: string) => Promise<void>;
  onSkip: () => void;
}

interface PlansScreenProps {
  /** How long a confirmation stays on screen (ms); tests shorten it. */
  okNoticeMs?: number;
  client: PlanClient;
  entry: (id: string) => GuideEntry | undefined;
  copyText: (text: string) => Promise<void>;
  /** Puts text at the caret in the page beside the panel, never on the clipboard; resolves to what happened. */
  insertText?: (text: string) => Promise<{ inserted: boolean; message: string }>;
  /** Opens the print page; the checklist view may name observations to fill it from. */
  openPrint: (planId: string, view: PrintView, observationIds?: string[]) => void;
  download: (fileName: string, text: string) => void;
  now?: () => number;
  /** Opens this plan's editor right away (the panel's #plan=… link). */
  initialPlanId?: string;
  /** The plan open in the editor, each time it changes (undefined: the list). */
  onPlanShown?: (planId: string | undefined) => void;
  /**
   * The plan that was open before a lock or Hide took the plans away: the list they come back
   * to gives it the focus, one Enter from where the advocate was (read as the screen mounts).
   */
  returnTo?: string;
  /** A red flag to note in the current plan's observations ("Note this" in the popup or the Guide tab). */
  noteRequest?: NoteRequest | null;
  /** Opens the initial plan's observations (#plan=…&view=observations), and one of them (&observation=…). */
  initialObservations?: { observationId?: string };
  /** The observation the address names is not in the plan (deleted since): forget it, so it is said once. */
  onObservationLinkMissing?: () => void;
  /** When present, “New safety plan” first asks for the lock (see LockOffer). */
  lockOffer?: LockOffer;
  /** Shows the Guide tab (offered on the first screen). */
  onOpenGuide?: () => void;
  /** The passphrase lock is on: a plain export then asks for its passphrase. */
  lockOn?: boolean;
  /** When false (the CASA program's choice), plain export is not offered at all. */
  allowPlainExport?: boolean;
  /** The list, already asked for (the panel asks at start-up); handed out once. */
  askedList?: () => Promise<PlanSummary[]> | undefined;
  /** The initial plan, already asked for; handed out once, for its id. */
  askedPlan?: (id: string) => Promise<Plan | null> | undefined;
  /** When every plan was erased with "Forgot the passphrase?" (ms), until dismissed: the list says so. */
  erasedAt?: number | null;
  onDismissErased?: () => void;
}

/** How long a confirmation (“Copied…”, “The lock is on…”) stays on screen. */
export const OK_NOTICE_MS = 6000;

/** The plans tab: the list, or one plan's editor, plus backups and any storage problem. */
export function PlansScreen(props: PlansScreenProps) {
  const { client, entry, copyText, insertText, openPrint, download, now = Date.now, initialPlanId, lockOffer, onOpenGuide } = props;
  const { lockOn = false, allowPlainExport = true, askedList, noteRequest, initialObservations } = props;
  const ws = usePlanWorkspace(client, initialPlanId, askedList, props.askedPlan);
  const shownPlanId = ws.editState?.plan.id;
  useEffect(() => props.onPlanShown?.(shownPlanId), [shownPlanId]);
  const linkedObservations = initialPlanId && initialObservations ? { planId: initialPlanId, ...initialObservations } : undefined;
  const observations = useObservationsRoute(ws, noteRequest, linkedObservations);
  /** The lock offer on screen, and what follows it: a new plan, or the plans just imported. */
  const [offering, setOffering] = useState<false | { next: 'create' | 'protect' } | { next: 'import'; imported: string }>(false);
  const [revisions, setRevisions] = useState<Revision[] | null | undefined>(undefined);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  /** Said in the list once a plan is deleted (the focus moves on, and the plan just goes). */
  const [listNews, setListNews] = useState('');
  /** Nicknames of copies asked for and not listed yet. */
  const copying = useRef<string[]>([]);
  /** The plan the editor last closed: the list gives it the focus. */
  const [cameFrom, setCameFrom] = useState<string | undefined>(props.returnTo);
  const say = (text: string, kind: 'ok' | 'error' = 'ok') => setNotice({ kind, text });
  // A confirmation floats over the plan: it goes after a while, so it never sits on a field.
  useEffect(() => {
    if (notice?.kind !== 'ok') return;
    const timer = setTimeout(() => setNotice((n) => (n === notice ? null : n)), props.okNoticeMs ?? OK_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  const toastRef = useRef<HTMLParagraphElement>(null);
  useToastOutOfTheWay(toastRef, !!notice, () => setNotice(null));
  /** Plan text waiting for the user's choice; `failure`: why inserting it did not work. */
  const [pendingCopy, setPendingCopy] = useState<{ text: string; what: string; failure?: string } | null>(null);
  // Plan text is private: copying it first warns about clipboard history (see ClipboardWarning).
  const copy = (text: string, what: string) => setPendingCopy({ text, what });
  const clipboardWarning = pendingCopy && (
    <ClipboardWarning
      what={pendingCopy.what}
      failure={pendingCopy.failure}
      onCancel={() => setPendingCopy(null)}
      onCopy={() => {
        setPendingCopy(null);
        copyText(pendingCopy.text).then(
          () => say(t('plans_copied', pendingCopy.what)),
          () => say(t('plans_copy_refused'), 'error'),
        );
      }}
      onInsert={() => {
        setPendingCopy(null);
        insert(pendingCopy.text, pendingCopy.what);
      }}
    />
  );

  /** Inserts plan text into the page; a failed insert copies nothing: the warning comes back with why, and Copy anyway stays the user's choice. */
  function insert(text: string, what: string) {
    if (!insertText) return say(t('plans_insert_unavailable'), 'error');
    // A new attempt clears what the last one said: "Inserted" must not sit beside a failure (helper-66).
    setNotice(null);
    void insertText(text).then(({ inserted, message }) => (inserted ? say(message) : setPendingCopy({ text, what, failure: message })));
  }
  const toast = notice && (
    <p ref={toastRef} class={notice.kind === 'ok' ? 'ok toast' : 'field-problem toast'} role="status">
      {notice.text}
    </p>
  );

  const errorBanner = ws.error && (
    <div class="banner" role="alert">
      <p>{ws.error}</p>
      <button type="button" class="small" onClick={ws.dismissError}>
        {t('plans_dismiss')}
      </button>
    </div>
  );

  // The lock is asked for when the first plan is made, never before: no wall on the first screen.
  const create = () => (lockOffer ? setOffering({ next: 'create' }) : void ws.create());
  if (offering && lockOffer) {
    // What was imported stays said, on the offer and after it: a confirmation must not vanish behind it.
    const imported = offering.next === 'import' ? offering.imported : undefined;
    const createAfter = (said?: string) => {
      setOffering(false);
      const text = [said, imported].filter(Boolean).join(' ');
      if (text) say(text);
      if (offering.next === 'create') void ws.create();
    };
    return (
      <SetUpLock
        required={lockOffer.required}
        context={imported}
        onSetUp={(passphrase) => lockOffer.onSetUp(passphrase).then(() => createAfter(t('plans_lock_on')))}
        onSkip={
          lockOffer.required
            ? undefined
            : () => {
                lockOffer.onSkip();
                createAfter();
              }
        }
        onCancel={lockOffer.required ? () => setOffering(false) : undefined}
      />
    );
  }

  // A program that turns the lock rule on after plans were made: they are not protected yet,
  // and the list says so until a passphrase is set (helper-48 #2) — the open plan and its
  // observations too, where the rule may arrive while the advocate types (helper-71).
  // An open plan counts even where the list was read before it was made.
  const unprotectedCount = Math.max(ws.plans?.length ?? 0, ws.editState ? 1 : 0);
  const unprotected = lockOffer?.required && unprotectedCount > 0 && (
    <div class="banner" role="status">
      <p>{t('plans_unprotected', unprotectedCount)}</p>
      <button type="button" class="primary" onClick={() => setOffering({ next: 'protect' })}>
        {t('setup_title_required')}
      </button>
    </div>
  );

  if (ws.session && ws.editState && observations.shown) {
    return (
      <>
        {errorBanner}
        {unprotected}
        <ObservationsScreen
          client={client}
          plan={ws.editState.plan}
          entry={entry}
          request={observations.shown.request}
          initialObservationId={observations.shown.observationId}
          onLinkMissing={props.onObservationLinkMissing}
          onEditPlan={ws.session.edit}
          onBack={observations.hide}
          onCopy={copy}
          onInsert={insert}
          onPrintChecklist={(ids) => openPrint(ids.length ? ws.editState!.plan.id : '', 'checklist', ids)}
        />
        {clipboardWarning}
        {toast}
      </>
    );
  }

  if (ws.session && ws.editState) {
    const session = ws.session;
    const plan = ws.editState.plan;
    return (
      <>
        {errorBanner}
        {unprotected}
        {revisions !== undefined && (
          <RevisionList
            revisions={revisions}
            current={plan.data}
            onClose={() => setRevisions(undefined)}
            onRestore={(key) =>
              void client.call('restore', { id: plan.id, key, clientId: client.clientId }).then(
                (restored) => {
                  session.receive(restored);
                  setRevisions(undefined);
                  say(t('plans_restored'));
                },
                (e: unknown) => say(e instanceof PlanStorageError ? e.message : t('plans_restore_failed'), 'error'),
              )
            }
          />
        )}
        <PlanEditor
          state={ws.editState}
          entry={entry}
          onEdit={session.edit}
          onKeepMine={session.keepMine}
          onDismissConflict={session.dismissConflict}
          onBack={() => {
            setCameFrom(plan.id);
            ws.close();
          }}
          onCopyPlan={() => copy(formatPlanText(plan), t('plans_what_plan'))}
          onCopySection={(id) => {
            const section = PLAN_SECTIONS.find((s) => s.id === id);
            const text = section ? formatSectionText(section, plan) : '';
            if (!text) say(t('plans_section_empty'), 'error');
            else copy(text, `“${section && shownSection(section).title}”`);
          }}
          onPrint={(view) => openPrint(plan.id, view)}
          onObservations={observations.show}
          today={isoDate(new Date(now()))}
          onShowRevisions={() => {
            setRevisions(null);
            void client.call('revisions', { id: plan.id }).then(setRevisions, () => setRevisions([]));
          }}
        />
        {clipboardWarning}
        {toast}
      </>
    );
  }

  if (observations.choosing && ws.plans) {
    return (
      <PlanChooser
        plans={ws.plans}
        flagTitle={entry(observations.choosing.flag)?.title ?? ''}
        onChoose={observations.choose}
        onCreate={create}
        onCancel={observations.cancelChoice}
      />
    );
  }

  // An erase needs no passphrase: whoever comes next must not think the plans were never made (helper-70).
  const erased = props.erasedAt != null && (
    <div class="banner" role="status">
      <p>{t('plans_erased_notice', new Date(props.erasedAt).toLocaleString(currentLang(), { dateStyle: 'long', timeStyle: 'short' }))}</p>
      <button type="button" class="small" onClick={props.onDismissErased}>
        {t('plans_dismiss')}
      </button>
    </div>
  );

  return (
    <>
      {errorBanner}
      {erased}
      {unprotected}
      <Announcement text={listNews} />
      <PlanList
        focusOn={cameFrom}
        onFocused={() => setCameFrom(undefined)}
        plans={ws.plans}
        now={now()}
        onCreate={create}
        onOpenGuide={onOpenGuide}
        onOpen={ws.open}
        onRename={ws.rename}
        onDuplicate={(id) => {
          const nickname = ws.plans?.find((p) => p.id === id)?.nickname ?? '';
          // Names of copies still being made count as taken: a double click makes "(copy)" and "(copy 2)".
          const name = copyNickname(nickname, [...(ws.plans ?? []).map((p) => p.nickname), ...copying.current]);
          copying.current.push(name);
          setListNews('');
          // The copy comes first in the list (newest change first): the focus goes to it, and says so.
          void ws.duplicate(id, name).then((copy) => {
            copying.current = copying.current.filter((n) => n !== name);
            if (!copy) return;
            setCameFrom(copy.id);
            setListNews(t('list_duplicated', name));
          });
        }}
        onDelete={(id) => {
          setListNews('');
          // Not named: the plan's name must be gone from the page with it.
          void ws.remove(id).then((gone) => gone && setListNews(t('list_deleted')));
        }}
        tools={
          <BackupControls
            hasPlans={!!ws.plans?.length}
            lockOn={lockOn}
            allowPlainExport={allowPlainExport}
            message={notice}
            onStart={() => setNotice(null)}
            onRefused={(why) => say(why, 'error')}
            onExportEncrypted={(passphrase) =>
              client.call('exportEncrypted', { passphrase }).then(({ text, damaged }) => {
                download(backupFileName(now()).replace('.json', '.encrypted.json'), text);
                return t('backup_encrypted_saved', describeDamaged(damaged));
              })
            }
            onExportPlain={(passphrase) =>
              client.call('exportAll', { passphrase }).then(({ backup, damaged }) => {
                download(backupFileName(now()), serializeBackup(backup));
                const n = backup.plans.length;
                say(n === 1 ? t('backup_exported_one', describeDamaged(damaged)) : t('backup_exported', n, describeDamaged(damaged)));
              })
            }
            onImport={(text, passphrase) =>
              client.call('importBackup', { text, passphrase }).then(
                (r) => {
                  const imported = describeImport(r);
                  say(imported);
                  void ws.refresh();
                  // Plans that arrive by import meet the lock offer too, as a first new plan does.
                  if (lockOffer && r.added) setOffering({ next: 'import', imported });
                  return true;
                },
                (e: unknown) => {
                  say(e instanceof PlanStorageError ? e.message : t('backup_import_failed'), 'error');
                  return false;
                },
              )
            }
          />
        }
      />
    </>
  );
}
