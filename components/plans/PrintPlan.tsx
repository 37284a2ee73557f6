import { Fragment } from 'preact';
import { t } from '@/utils/i18n';
import { dateParts, formatLongDate } from '@/utils/observations/dates';
import { shownSection } from '@/utils/observations/shown-field';
import { PLAN_SECTIONS, type Field, type Section } from '@/utils/plans/form';
import { planTitle, shownFieldText } from '@/utils/plans/format';
import type { Plan, Row } from '@/utils/plans/model';

/** A phone number this long or shorter stays on one line; a longer one (an extension, menu steps) wraps inside its column. */
const TEL_KEPT_WHOLE = 24;

/**
 * One field, its label in the page's language; its label is left out when it would only repeat
 * its section's title. What was typed is printed as typed.
 */
function PrintField({ field: formField, plan, showLabel }: { field: Field; plan: Plan; showLabel: boolean }) {
  // `value` as shown: a service's status in the page's language, as the editor shows it.
  const { field, text, value } = shownFieldText(formField, plan);
  if (!text) return null;
  if (field.kind === 'rows') {
    // One line per row, its first cell in bold: a table's header and padding would cost the plan its one page.
    const rows = ((Array.isArray(value) ? value : []) as Row[]).filter((r) => field.columns.some((c) => (r[c.id] ?? '').trim()));
    return (
      <div class="print-rows">
        {showLabel && <p class="print-rows-label">{field.label}</p>}
        <ul aria-label={field.label}>
          {rows.map((r) => {
            const cells = field.columns.filter((c) => (r[c.id] ?? '').trim());
            return (
              <li key={r.id}>
                {cells.map((c, i) => (
                  <Fragment key={c.id}>
                    {i > 0 && ' — '}
                    {i === 0 ? (
                      <strong>{r[c.id]}</strong>
                    ) : (
                      <span class={c.type === 'tel' && (r[c.id] ?? '').length <= TEL_KEPT_WHOLE ? 'tel' : undefined}>{r[c.id]}</span>
                    )}
                  </Fragment>
                ))}
              </li>
            );
          })}
        </ul>
      </div>
    );
  }
  // A date as a letter writes it in the page's language ("1 de marzo de 2026"), not as stored (helper-62).
  const shown = field.kind === 'line' && field.type === 'date' && dateParts(text) ? formatLongDate(text) : text;
  return (
    <p class="print-field">
      {showLabel && <strong>{field.label}: </strong>}
      <span>{shown}</span>
    </p>
  );
}

/** One clean page per plan: filled-in sections only, and the confidentiality reminder. */
export function PrintPlan({ plan, programName }: { plan: Plan; programName?: string }) {
  const nickname = typeof plan.data.nickname === 'string' ? plan.data.nickname : '';
  // The nickname is the page's title already: a section with nothing else has no heading to print.
  // CSEC status is the advocate's record, never the youth's sheet: a printed plan may travel
  // with the youth, and the handout asks that CSEC status not be shared.
  const printed = (f: Field) => f.id !== 'nickname' && f.id !== 'csecStatus';
  const hasContent = (s: Section) => s.fields.some((f) => printed(f) && shownFieldText(f, plan).text);
  return (
    <article class="print-plan">
      <h1>{t('print_plan_title', planTitle(nickname))}</h1>
      {programName && <p class="print-program">{programName}</p>}
      <div class="print-sections">
        {PLAN_SECTIONS.filter(hasContent).map((section) => (
          <section key={section.id}>
            <h2>{shownSection(section).title}</h2>
            {section.fields.filter(printed).map((f) => (
              <PrintField key={f.id} field={f} plan={plan} showLabel={section.fields.length > 1} />
            ))}
          </section>
        ))}
      </div>
      <footer>{t('print_plan_confidential')}</footer>
    </article>
  );
}
