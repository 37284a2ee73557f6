import { useEffect, useState } from 'preact/hooks';
import { guideRequest, type GuideRequest } from '@/utils/guide-request';
import { noteRequest, type NoteRequest } from '@/utils/note-request';
import { sendMessage } from '@/utils/messaging';
import { acceptNoteRequest } from '@/utils/note-request-accept';
import { RED_FLAG_IDS } from '@/utils/plans/observation-model';
import type { PanelTab } from '@/components/panel/PanelTabs';
import { linkedNote } from './links';

const isRedFlag = (id: string) => RED_FLAG_IDS.includes(id);

/**
 * What other parts of the extension ask the panel to show, each taken once: a right-click
 * search or an omnibox choice (the Guide tab), and “Note this” on a red flag (the current
 * plan's observations; the red flag's id only, never plan data).
 */
export function usePanelRequests(showTab: (tab: PanelTab) => void) {
  const [request, setRequest] = useState<GuideRequest | null>(null);
  const [note, setNote] = useState<NoteRequest | null>(() => acceptNoteRequest(linkedNote, isRedFlag, Date.now()));
  useEffect(() => {
    const show = (r: GuideRequest | null) => {
      if (!r) return;
      setRequest(r);
      showTab('guide');
      void guideRequest.setValue(null);
    };
    const noteThis = (r: NoteRequest | null) => {
      const accepted = acceptNoteRequest(r, isRedFlag, Date.now());
      if (r) void noteRequest.setValue(null);
      if (!accepted) return;
      // Every open panel hears the request: the first to claim it acts (utils/note-claim.ts).
      // Without an answer from the background, better noted twice than lost.
      void sendMessage('claimNote', { at: accepted.at, entryId: accepted.entryId })
        .catch(() => true)
        .then((mine) => {
          if (!mine) return;
          setNote(accepted);
          showTab('plans');
        });
    };
    void guideRequest.getValue().then(show);
    void noteRequest.getValue().then(noteThis);
    const unwatch = [guideRequest.watch(show), noteRequest.watch(noteThis)];
    return () => unwatch.forEach((u) => u());
  }, [showTab]);
  const noteFromGuide = (entryId: string) => {
    setNote({ entryId, at: Date.now() });
    showTab('plans');
  };
  return { request, note, noteFromGuide };
}
