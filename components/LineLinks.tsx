import type { EntryLine } from '@/content';
import { formatPhone, formatText, smsHref, telHref } from '@/utils/format';
import { currentLang, t } from '@/utils/i18n';

/**
 * The lines to reach, each number a tap-to-call link; a blank line is for the advocate to fill in.
 * Names, phone labels and "text …" in the page's language, addressed to the advocate.
 */
export function LineLinks({ lines }: { lines: readonly EntryLine[] }) {
  const lang = currentLang();
  const label = (line: EntryLine, l: string) => (lang === 'es' ? (line.es?.contact?.phoneLabels?.[l] ?? l) : l);
  return (
    <ul class="line-links">
      {lines.map((line) => (
        <li key={line.name}>
          <span class="line-name">{lang === 'es' ? (line.es?.name ?? line.name) : line.name}</span>
          {line.contact?.phones?.map((p) => (
            <a key={p.number} href={telHref(p.number)}>
              {formatPhone(p)}
              {p.label ? ` (${label(line, p.label)})` : ''}
            </a>
          ))}
          {line.contact?.text && <a href={smsHref(line.contact.text)}>{formatText(line.contact.text, lang, 'advocate')}</a>}
          {/* The copied steps name it; the list must too (helper-72: DCFS's TDD was only in the copy). */}
          {line.contact?.tty && (
            <a href={telHref(line.contact.tty)}>
              {t('contact_tty')} {line.contact.tty}
            </a>
          )}
          {!line.contact && <span class="muted">{t('line_your_number')}</span>}
          {line.note && <span class="muted">{lang === 'es' ? (line.es?.note ?? line.note) : line.note}</span>}
        </li>
      ))}
    </ul>
  );
}
