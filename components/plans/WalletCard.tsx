import { t } from '@/utils/i18n';
import { rowsValue, type Plan } from '@/utils/plans/model';

/** Section 7 only, large and legible, sized to fold into a wallet. */
export function WalletCard({ plan, programName }: { plan: Plan; programName?: string }) {
  const numbers = rowsValue(plan, 'numbers').filter((r) => (r.number ?? '').trim());
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
