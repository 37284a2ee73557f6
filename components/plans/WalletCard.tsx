import { t } from '@/utils/i18n';
import { shownPlanField } from '@/utils/observations/shown-field';
import type { Plan, Row } from '@/utils/plans/model';

/** Section 7 only, large and legible, sized to fold into a wallet. */
export function WalletCard({ plan, programName }: { plan: Plan; programName?: string }) {
  // The rows as the page shows them: a starting row's name in the page's language, the rest as typed.
  const shown = shownPlanField('numbers').show(plan.data.numbers);
  const numbers = (Array.isArray(shown) ? (shown as Row[]) : []).filter((r) => (r.number ?? '').trim());
  return (
    <article class="wallet-card" aria-label={t('editor_wallet')}>
      <h1>{t('wallet_title')}</h1>
      {numbers.length === 0 ? (
        <p>{t('wallet_none')}</p>
      ) : (
        <dl>
          {numbers.map((r) => (
            <div key={r.id}>
              <dt>{r.label || t('wallet_number')}</dt>
              <dd>{r.number}</dd>
            </div>
          ))}
        </dl>
      )}
      {programName && <p class="wallet-program">{programName}</p>}
    </article>
  );
}
