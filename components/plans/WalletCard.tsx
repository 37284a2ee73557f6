import { rowsValue, type Plan } from '@/utils/plans/model';

/** Section 7 only, large and legible, sized to fold into a wallet. */
export function WalletCard({ plan, programName }: { plan: Plan; programName?: string }) {
  const numbers = rowsValue(plan, 'numbers').filter((r) => (r.number ?? '').trim());
  return (
    <article class="wallet-card" aria-label="Wallet card">
      <h1>Numbers to know</h1>
      {numbers.length === 0 ? (
        <p>No numbers in this plan yet.</p>
      ) : (
        <dl>
          {numbers.map((r) => (
            <div key={r.id}>
              <dt>{r.label || 'Number'}</dt>
              <dd>{r.number}</dd>
            </div>
          ))}
        </dl>
      )}
      {programName && <p class="wallet-program">{programName}</p>}
    </article>
  );
}
