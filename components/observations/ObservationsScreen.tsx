import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { GuideEntry } from '@/content';
import { landFocus } from '@/utils/focus-landing';
import { currentLang, LANGS, t, translatorIn, type Lang, type MessageKey } from '@/utils/i18n';
import { byDateObserved, isoDate } from '@/utils/observations/dates';
import { guideEntryIn } from '@/utils/observations/guide-words';
import { shownPlanField } from '@/utils/observations/shown-field';
import { noteLanguage } from '@/utils/settings';
import type { PlanClient } from '@/utils/plans/client';
import { planTitle } from '@/utils/plans/format';
import type { FieldValue, Plan } from '@/utils/plans/model';
import { isBlankObservation, RED_FLAG_IDS, textOf, type ObservationRevision } from '@/utils/plans/observation-model';
import { FieldEditor } from '../plans/FieldEditor';
import { RevisionList } from '../plans/RevisionList';
import { useStored } from '../use-stored';
import { SaveStatusBadge } from '../plans/SaveStatusBadge';
import { ChecklistChooser } from './ChecklistChooser';
import { CourtNote } from './CourtNote';
import { ObservationEditor, type Noted } from './ObservationEditor';
import { ObservationList } from './ObservationList';
import { Timeline } from './Timeline';
import { useObservations } from './use-observations';

export type ObservationsView = 'log' | 'timeline' | 'note' | 'checklist';

const VIEWS: ReadonlyArray<[ObservationsView, MessageKey]> = [
  ['log', 'obs_view_log'],
  ['timeline', 'obs_view_timeline'],
  ['note', 'obs_view_note'],
  ['checklist', 'obs_view_checklist'],
];

interface ObservationsScreenProps {
  client: PlanClient;
  plan: Plan;
  /** Guide entries by id, as written: the red flags (titles, neutral wording) and the note on confidentiality. */
  entry: (id: string) => GuideEntry | undefined;
  /** A "Note this": `flag` gets ticked, in the observation being written or a new one. */
  request?: { flag: string; at: number };
  /** Opens this observation as soon as the list has it (the panel's #observation=… address). */
  initialObservationId?: string;
  /** Told once that observation is not in the list, after saying so. */
  onLinkMissing?: () => void;
  onEditPlan: (fieldId: string, value: FieldValue) => string | undefined;
  onBack: () => void;
  onCopy: (text: string, what: string) => void;
  onInsert: (text: string, what: string) => void;
  /** Opens the printable checklist: blank, or filled from these observations. */
  onPrintChecklist: (observationIds: string[]) => void;
  today?: () => string;
}

/** A youth's observations: the log and the one being written, the timeline, the note, the checklist. */
export function ObservationsScreen(props: ObservationsScreenProps) {
  const { client, plan, entry, request, initialObservationId, onLinkMissing, onEditPlan, onBack, onCopy, onInsert, onPrintChecklist } =
    props;
  const { today = () => isoDate() } = props;
  const obs = useObservations(client, plan.id);
  const nickname = typeof plan.data.nickname === 'string' ? plan.data.nickname : '';
  // A plan started from “Note this” has no name yet: it is asked for here, and the field stays
  // while this screen is up (it must not vanish at the first letter typed).
  const [askName] = useState(() => !nickname.trim());
  const [view, setView] = useState<ObservationsView>('log');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [revisions, setRevisions] = useState<ObservationRevision[] | null | undefined>(undefined);
  /** The observation opened from the court note's warning to reword it. */
  const [rewording, setRewording] = useState<string>();
  // The guide's words in the page's language (content/es); ids, and so what is stored, stay the same.
  const lang = currentLang();
  const shown = useMemo(() => {
    const cache = new Map<string, GuideEntry | undefined>();
    return (id: string) => {
      if (!cache.has(id)) {
        const e = entry(id);
        cache.set(id, e && guideEntryIn(e, lang));
      }
      return cache.get(id);
    };
  }, [entry, lang]);
  const flags = useMemo(() => RED_FLAG_IDS.map(shown).filter((e): e is GuideEntry => !!e), [shown]);
  const flagTitle = (id: string) => shown(id)?.title ?? id;
  // The court note's own language (remembered on this device): the interface's unless chosen.
  const noteChoice = useStored(noteLanguage, 'auto');
  const noteLangs = LANGS.filter((l) => translatorIn(l));
  const noteLang = noteChoice !== 'auto' && noteLangs.includes(noteChoice) ? noteChoice : lang;
  const flagWording = (id: string, inLang: Lang) => {
    const e = entry(id);
    return e && guideEntryIn(e, inLang).observed;
  };
  const dated = useMemo(() => [...(obs.list?.observations ?? [])].sort(byDateObserved), [obs.list]);
  // One started and never written in (the panel closed on it) stays in the log to finish or
  // delete, but has nothing for the timeline, a court note or a filled checklist.
  const recorded = useMemo(() => dated.filter((o) => !isBlankObservation(o)), [dated]);
  const open = obs.open;
  // The log that opens gives the focus its heading; back from an observation opened from its
  // entry, the focus (and the scroll) go to that entry, in the log or the timeline, so reading
  // 200 of them one by one never starts again from the top (helper-75). Deleted: the heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const openId = open?.state.record.id;
  /** The observation opened from its entry (or the panel's address), until the list is back. */
  const cameFrom = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (openId) return;
    const entries = root.current?.querySelectorAll<HTMLElement>('[data-observation]') ?? [];
    const back = [...entries].find((e) => e.dataset.observation === cameFrom.current);
    cameFrom.current = undefined;
    landFocus(back ?? heading.current);
    if (back && back === document.activeElement) back.scrollIntoView?.({ block: 'center' });
  }, [openId]);

  /** The flag the last "Note this" ticked, said beside what was seen until the observation is done. */
  const [noted, setNoted] = useState<Noted>();
  // "Note this": tick the flag in the observation being written, or start one dated today.
  useEffect(() => {
    if (!request) return;
    // Said plainly when the tick went into the observation already open (helper-60: it sounded
    // like a new one, beside words written days before).
    setNoted({ flag: flagTitle(request.flag), into: open ? textOf(open.state.record, 'observedOn') || '' : undefined });
    if (open) open.session.edit('flags', { ...(open.state.record.data.flags as object), [request.flag]: true });
    else void obs.create(today(), [request.flag]);
    // Only a new request acts; the open observation changing must not tick it again.
  }, [request?.at]);

  // Said until dismissed or until an observation opens: never above a note written since (helper-77).
  const [linkMissing, setLinkMissing] = useState(false);
  useEffect(() => {
    if (openId) setLinkMissing(false);
  }, [openId]);
  useEffect(() => {
    // A link to one deleted since (a bookmark, an older window) opens the log, and says why, once.
    if (initialObservationId && obs.list && !openById(initialObservationId)) {
      setLinkMissing(true);
      onLinkMissing?.();
    }
  }, [initialObservationId, !!obs.list]);

  let body;
  if (open) {
    const id = open.state.record.id;
    body = (
      <>
        {revisions !== undefined && (
          <RevisionList
            revisions={revisions}
            onClose={() => setRevisions(undefined)}
            onRestore={(key) =>
              void client.call('restoreObservation', { id, key, clientId: client.clientId }).then((restored) => {
                open.session.receive(restored);
                setRevisions(undefined);
              })
            }
          />
        )}
        <ObservationEditor
          state={open.state}
          flags={flags}
          today={today()}
          focusSeen={request?.at}
          noted={noted}
          reword={rewording === id}
          // A plan with no name yet: the caret goes to its name first, so the first words typed
          // never land in what was seen.
          focusOnOpen={askName && !nickname.trim() ? 'field-nickname' : undefined}
          onEdit={open.session.edit}
          onKeepMine={open.session.keepMine}
          onDismissConflict={open.session.dismissConflict}
          onDone={() => {
            setNoted(undefined);
            obs.close();
          }}
          onDelete={() => void obs.remove(id)}
          onShowRevisions={() => {
            setRevisions(null);
            void client.call('observationRevisions', { id }).then(setRevisions, () => setRevisions([]));
          }}
        />
      </>
    );
  } else if (!obs.list) body = <p class="hint">{t('obs_opening')}</p>;
  else if (view === 'timeline')
    body = <Timeline observations={recorded} flagTitle={flagTitle} onOpen={(id) => openById(id)} today={today()} />;
  else if (view === 'note')
    body = (
      <CourtNote
        plan={plan}
        observations={recorded}
        chosen={chosen}
        onChoose={setChosen}
        wording={flagWording}
        noteLang={noteLang}
        noteLangs={noteLangs}
        onNoteLang={(l) => void noteLanguage.setValue(l)}
        confidentialityNote={shown('confidentiality-csec-status-court')?.body ?? ''}
        onEditPlan={onEditPlan}
        onCopy={(text) => onCopy(text, t('obs_what_note'))}
        onInsert={(text) => onInsert(text, t('obs_what_note'))}
        onReword={(id) => openById(id, true)}
        today={today()}
      />
    );
  else if (view === 'checklist')
    body = <ChecklistChooser observations={recorded} chosen={chosen} onChoose={setChosen} onPrint={onPrintChecklist} />;
  else
    body = (
      <ObservationList
        observations={[...dated].reverse()}
        damaged={obs.list.damaged}
        flagTitle={flagTitle}
        onCreate={() => void obs.create(today())}
        onOpen={(id) => openById(id)}
        onDeleteDamaged={(id) => void obs.remove(id)}
        today={today()}
      />
    );

  function openById(id: string, reword = false) {
    setRewording(reword ? id : undefined);
    const observation = obs.list?.observations.find((o) => o.id === id);
    if (!observation) return false;
    cameFrom.current = id;
    obs.openOne(observation);
    return true;
  }

  // What went wrong first; a link to an observation deleted since, while the log is shown.
  const alert = obs.error ?? (linkMissing && !open ? t('obs_link_missing') : null);

  return (
    <div class="observations" ref={root}>
      <header class="editor-head">
        <div class="editor-bar" data-sticky-bar>
          <button type="button" class="link-button" onClick={open ? obs.close : onBack}>
            {open ? t('obs_back_all') : t('obs_back_plan')}
          </button>
          {open && <SaveStatusBadge status={open.state.status} />}
        </div>
        <h2 tabIndex={-1} ref={heading}>
          {t('obs_title', planTitle(nickname))}
        </h2>
        {askName && (
          <FieldEditor field={shownPlanField('nickname').field} value={nickname} onEdit={(value) => onEditPlan('nickname', value)} />
        )}
        {!open && (
          <div class="actions" role="group" aria-label={t('obs_views_label')}>
            {VIEWS.map(([id, label]) => (
              <button key={id} type="button" class="small" aria-pressed={view === id} onClick={() => setView(id)}>
                {t(label)}
              </button>
            ))}
          </div>
        )}
      </header>
      {alert && (
        <div class="banner" role="alert">
          <p>{alert}</p>
          <button type="button" class="small" onClick={obs.error ? obs.dismissError : () => setLinkMissing(false)}>
            {t('obs_dismiss')}
          </button>
        </div>
      )}
      {body}
    </div>
  );
}
