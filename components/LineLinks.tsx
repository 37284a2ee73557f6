import type { EntryLine } from '@/content';
import { formatPhone, formatText, smsHref, telHref } from '@/utils/format';

/** The lines to reach, each number a tap-to-call link; a blank line is for the advocate to fill in. */
export function LineLinks({ lines }: { lines: readonly EntryLine[] }) {
  return (
    <ul class="line-links">
      {lines.map((line) => (
        <li key={line.name}>
          <span class="line-name">{line.name}</span>
          {line.contact?.phones?.map((p) => (
            <a key={p.number} href={telHref(p.number)}>
              {formatPhone(p)}
              {p.label ? ` (${p.label})` : ''}
            </a>
          ))}
          {line.contact?.text && <a href={smsHref(line.contact.text)}>{formatText(line.contact.text)}</a>}
          {!line.contact && <span class="muted">your own number for them</span>}
          {line.note && <span class="muted">{line.note}</span>}
        </li>
      ))}
    </ul>
  );
}
