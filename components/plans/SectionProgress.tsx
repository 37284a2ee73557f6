import { t } from '@/utils/i18n';

interface SectionProgressProps {
  filled: number;
  total: number;
  /** Only what a new plan starts with is there (utils/plans/progress.ts isPrefilledOnly). */
  prefilled: boolean;
}

/** A section's fill status beside its title: "3 of 5 filled", or "Prefilled" for the guide's starting rows. */
export function SectionProgress({ filled, total, prefilled }: SectionProgressProps) {
  if (prefilled)
    return (
      <span class="progress prefilled">
        {t('section_prefilled')}
        <span class="visually-hidden"> {t('section_prefilled_more')}</span>
      </span>
    );
  return (
    <span class={filled === total ? 'progress complete' : 'progress'}>
      {t('section_progress', filled, total)}
      <span class="visually-hidden"> {t('section_filled')}</span>
    </span>
  );
}
