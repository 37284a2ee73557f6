import { t } from '@/utils/i18n';
import { observationCount, redFlagCount } from '@/utils/observations/counts';
import { isoDate } from '@/utils/observations/dates';
import type { FlagBucket } from '@/utils/observations/timeline';

const WIDTH = 320;
const HEIGHT = 120;
const TOP = 18;
const BOTTOM = 24;
/** Counts are written above bars only where there is room for them at 15 px. */
const MIN_SLOT_FOR_COUNT = 20;

/**
 * Red flags noted per month (or year), as bars: an SVG built from Preact elements, never from
 * strings. Screen readers get the same counts as text (the figure's description).
 */
export function FlagChart({ buckets, today = isoDate() }: { buckets: readonly FlagBucket[]; today?: string }) {
  // A month (or year) after this one holds a date typed ahead by mistake: marked, never drawn as fact (helper-69).
  const ahead = (b: FlagBucket) => b.key > today.slice(0, b.key.length);
  const label = (b: FlagBucket) => (ahead(b) ? t('date_future_mark', b.label) : b.label);
  const max = Math.max(1, ...buckets.map((b) => b.flags));
  const slot = WIDTH / Math.max(1, buckets.length);
  const bar = Math.max(2, Math.min(28, slot * 0.7));
  const plot = HEIGHT - TOP - BOTTOM;
  // Over several observations it says how many: "2 flags" read as two different flags when one
  // was ticked twice (helper-79).
  const described = buckets
    .filter((b) => b.observations)
    .map((b) =>
      b.observations > 1
        ? t('obs_chart_bar', label(b), redFlagCount(b.flags), observationCount(b.observations))
        : b.flags === 1
          ? t('obs_chart_count_one', label(b))
          : t('obs_chart_count', label(b), b.flags),
    );
  return (
    <figure class="flag-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="flag-chart-caption flag-chart-counts">
        <line x1={0} y1={HEIGHT - BOTTOM} x2={WIDTH} y2={HEIGHT - BOTTOM} class="axis" />
        {buckets.map((b, i) => {
          const h = (b.flags / max) * plot;
          const x = i * slot + (slot - bar) / 2;
          return (
            <g key={b.key}>
              <rect
                x={x}
                y={HEIGHT - BOTTOM - h}
                width={bar}
                height={h}
                class={`bar${b.observations ? '' : ' empty'}${ahead(b) ? ' future' : ''}`}
              >
                <title>{t('obs_chart_bar', label(b), redFlagCount(b.flags), observationCount(b.observations))}</title>
              </rect>
              {b.flags > 0 && slot >= MIN_SLOT_FOR_COUNT && (
                <text x={x + bar / 2} y={HEIGHT - BOTTOM - h - 3} class="bar-count">
                  {b.flags}
                </text>
              )}
            </g>
          );
        })}
        <text x={2} y={HEIGHT - 5} class="axis-label">
          {buckets[0]?.label}
        </text>
        {buckets.length > 1 && (
          <text x={WIDTH - 2} y={HEIGHT - 5} class="axis-label end">
            {buckets.at(-1)?.label}
          </text>
        )}
      </svg>
      <figcaption id="flag-chart-caption">{t('obs_chart_caption')}</figcaption>
      <p id="flag-chart-counts" class="visually-hidden">
        {described.join('; ')}
      </p>
    </figure>
  );
}
