import { t } from '@/utils/i18n';

interface SectionProgressProps {
  filled: number;
  total: number;
  /** Rows a new plan starts with, in lists not filled in yet: said, so "0 of 1" never sounds empty. */
  listed?: number;
}

/** A section's fill status, as its heading and the Sections index show it: "0 of 1 filled · 4 listed". */
export function SectionProgress({ filled, total, listed = 0 }: SectionProgressProps) {
  return (
    <span class={filled === total ? 'progress complete' : 'progress'}>
      {t('section_progress', filled, total)}
      <span class="visually-hidden"> {t('section_filled')}</span>
      {listed > 0 && ` · ${t('section_listed', listed)}`}
    </span>
  );
}
