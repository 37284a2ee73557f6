import { PLAN_SECTIONS, type Field } from '@/utils/plans/form';
import { fieldDisplayValue, formatSectionText, planTitle } from '@/utils/plans/format';
import type { Plan, Row } from '@/utils/plans/model';

/** One field; its label is left out when it would only repeat its section's title. */
function PrintField({ field, plan, showLabel }: { field: Field; plan: Plan; showLabel: boolean }) {
  const text = fieldDisplayValue(field, plan);
  if (!text) return null;
  const value = plan.data[field.id];
  if (field.kind === 'rows') {
    const rows = (Array.isArray(value) ? value : []) as Row[];
    return (
      <table>
        {showLabel && <caption>{field.label}</caption>}
        <thead>
          <tr>
            {field.columns.map((c) => (
              <th key={c.id} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows
            .filter((r) => field.columns.some((c) => (r[c.id] ?? '').trim()))
            .map((r) => (
              <tr key={r.id}>
                {field.columns.map((c) => (
                  <td key={c.id}>{r[c.id]}</td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
    );
  }
  return (
    <p class="print-field">
      {showLabel && <strong>{field.label}: </strong>}
      <span>{text}</span>
    </p>
  );
}

/** One clean page per plan: filled-in sections only, and the confidentiality reminder. */
export function PrintPlan({ plan, programName }: { plan: Plan; programName?: string }) {
  const nickname = typeof plan.data.nickname === 'string' ? plan.data.nickname : '';
  return (
    <article class="print-plan">
      <h1>Safety plan: {planTitle(nickname)}</h1>
      {programName && <p class="print-program">{programName}</p>}
      {PLAN_SECTIONS.filter((s) => formatSectionText(s, plan)).map((section) => (
        <section key={section.id}>
          <h2>{section.title}</h2>
          {section.fields.map((f) => (
            <PrintField key={f.id} field={f} plan={plan} showLabel={section.fields.length > 1} />
          ))}
        </section>
      ))}
      <footer>Confidential. Do not share CSEC status with the court unless it has been confirmed by DCFS or the court.</footer>
    </article>
  );
}
