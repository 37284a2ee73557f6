import type { GlossaryGuidance, GuideEntry } from '@/content';
import { LineLinks } from './LineLinks';
import { t } from '@/utils/i18n';

/**
 * A crisis entry's lines, then its steps in order. The numbers come first: a step says "call the
 * DCFS Child Protection Hotline", and under eight steps its number was 500 px down (helper-72).
 */
export function EntrySteps({ entry }: { entry: GuideEntry }) {
  return (
    <>
      {entry.lines && entry.lines.length > 0 && (
        <>
          <h3>{t('steps_numbers')}</h3>
          <LineLinks lines={entry.lines} />
        </>
      )}
      {entry.steps && (
        <ol class="steps" aria-label={t('steps_label')}>
          {entry.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
    </>
  );
}

/** A glossary term: what it means, why it matters, how to handle it — under the guidance shown with every term. */
export function TermExplanation({ entry, guidance }: { entry: GuideEntry; guidance?: Pick<GlossaryGuidance, 'summary' | 'points'> }) {
  return (
    <>
      {guidance && (
        <details class="note">
          <summary>{guidance.summary}</summary>
          <ul>
            {guidance.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </details>
      )}
      {entry.meaning && <p class="detail-body">{entry.meaning}</p>}
      {entry.why && (
        <>
          <h3>{t('term_why')}</h3>
          <p class="detail-body">{entry.why}</p>
        </>
      )}
      {entry.note && (
        <>
          <h3>{t('term_with_youth')}</h3>
          <p class="detail-body">{entry.note}</p>
        </>
      )}
    </>
  );
}

/** Other entries worth opening from this one ("CSW" → the glossary's CSW). */
export function RelatedLinks({
  ids,
  title,
  onOpen,
}: {
  ids: readonly string[];
  title: (id: string) => string | undefined;
  onOpen: (id: string) => void;
}) {
  const known = ids.filter((id) => title(id));
  if (!known.length) return null;
  return (
    <p class="related">
      <strong>{t('see_also')}</strong>
      {known.map((id, i) => (
        <span key={id}>
          {i > 0 && ' · '}
          <button type="button" class="link-button inline" onClick={() => onOpen(id)}>
            {title(id)}
          </button>
        </span>
      ))}
    </p>
  );
}
