import type { Revision } from '@/utils/plans/repository';

interface RevisionListProps {
  revisions: Revision[] | null;
  onRestore: (key: number) => void;
  onClose: () => void;
}

/** Earlier versions of a plan, newest first; restoring keeps the current one as a version too. */
export function RevisionList({ revisions, onRestore, onClose }: RevisionListProps) {
  return (
    <section class="revisions" aria-labelledby="revisions-title">
      <h3 id="revisions-title">Earlier versions</h3>
      {revisions === null ? (
        <p class="hint">Loading…</p>
      ) : revisions.length === 0 ? (
        <p class="hint">No earlier versions yet. One is kept each time you come back to a plan after a minute or more.</p>
      ) : (
        <ul>
          {revisions.map((r) => (
            <li key={r.key}>
              <span>{new Date(r.savedAt).toLocaleString()}</span>
              <button type="button" class="small" onClick={() => onRestore(r.key)}>
                Restore this version
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
