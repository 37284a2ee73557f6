import type { CrisisCard } from '@/content';
import { DetailFrame } from './DetailFrame';
import { LineLinks } from './LineLinks';
import { t } from '@/utils/i18n';

interface CrisisCardViewProps {
  card: CrisisCard;
  copied: boolean;
  /** Opens the full steps of a situation (its crisis entry). */
  onOpen: (entryId: string) => void;
  onCopy: () => void;
  onBack: () => void;
}

const rowId = (entryId: string) => `crisis-row-${entryId}`;

/** Brings a situation's steps to the top, its heading focused (the next Tab reaches its numbers). */
function jumpTo(entryId: string) {
  const heading = document.getElementById(rowId(entryId));
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** "When it can't wait": each situation, what to do first and then, and the numbers. */
export function CrisisCardView({ card, copied, onOpen, onCopy, onBack }: CrisisCardViewProps) {
  return (
    <DetailFrame titleId="crisis-card-title" title={card.title} className="crisis-card" onBack={onBack}>
      {/* First, not under five situations' steps: under stress the copy is one Tab away. */}
      <div class="detail-actions">
        <button type="button" class="primary" onClick={onCopy}>
          {copied ? t('action_copied') : t('card_copy')}
        </button>
      </div>
      {/* Every situation in view at once: the popup shows only the first row's steps above the fold. */}
      <ul class="crisis-jump" aria-label={t('card_situations')}>
        {card.rows.map((row) => (
          <li key={row.entryId}>
            <button type="button" class="link-button" onClick={() => jumpTo(row.entryId)}>
              {row.situation}
            </button>
          </li>
        ))}
      </ul>
      <p class="hint">{card.note}</p>
      <ol class="crisis-rows">
        {card.rows.map((row) => (
          <li key={row.entryId}>
            <h3 id={rowId(row.entryId)} tabIndex={-1}>
              {row.situation}
            </h3>
            <p>
              <strong>{t('card_first')}</strong>
              {row.first}
            </p>
            <p>
              <strong>{t('card_then')}</strong>
              {row.then}
            </p>
            <LineLinks lines={row.lines} />
            {/* Five such buttons: each is read with its situation (helper-58), its name kept short. */}
            <button type="button" onClick={() => onOpen(row.entryId)} aria-describedby={rowId(row.entryId)}>
              {t('card_all_steps')}
            </button>
          </li>
        ))}
      </ol>
      <div class="detail-actions">
        <button type="button" onClick={() => onOpen(card.more.entryId)}>
          {card.more.label}
        </button>
      </div>
      <p class="source">
        <strong>{t('detail_source')}</strong>
        {t('card_source')}
      </p>
    </DetailFrame>
  );
}
