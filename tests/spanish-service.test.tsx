import { cleanup, render, screen } from '@testing-library/preact';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ContactDetails } from '@/components/ContactDetails';
import { guide } from '@/content';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { formatEntryMessage, formatLine } from '@/utils/format';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { readDoc } from './content-sources';

/**
 * Spanish service on a line, as the crisis reference's "Spanish-language help" table has it: a
 * Spanish message for a line whose phone service in Spanish no source confirms says so, so a
 * family is not sent to a line that may answer in English only (helper-65, 4).
 */
const reference = readDoc('docs/sources/crisis-and-reporting.md');
const table = reference.slice(reference.indexOf('## Spanish-language help'));
const rows = [...table.matchAll(/^\| ([^|]+) \| ([^|]+) \|/gm)]
  .map((m) => ({ line: m[1]!.trim(), phone: m[2]!.trim() }))
  .filter((r) => r.line !== 'Line' && !r.line.startsWith('---') && !r.line.startsWith("Youth's CSW"));

const entryFor = (line: string) => {
  const name = line.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
  return guide.find((e) => e.contact && e.title.toLowerCase().startsWith(name));
};
/** "Yes", "Reported" or "Via interpreters": a source says Spanish speakers are answered. */
const spokenSomehow = (phone: string) => /^\*\*(Yes|Reported|Via interpreters)\*\*/.test(phone);
const QUALIFIER = 'atención en español sin confirmar';

afterEach(cleanup);
afterAll(() => setTranslator(createTranslator('en', en)));

describe('Spanish service on each line', () => {
  it('reads the table: twelve lines', () => {
    expect(rows).toHaveLength(12);
  });

  it.each(rows.map((r) => [r.line, r.phone] as const))('%s: the Spanish message says so when no source confirms it', (line, phone) => {
    const entry = entryFor(line);
    expect(entry, line).toBeDefined();
    const message = formatEntryMessage(entry!, 'es');
    expect(!!entry!.contact!.spanishUnconfirmed).toBe(/^Unconfirmed/.test(phone));
    // The CLCHT call (for practitioners) copies its own message: its Languages row says it.
    if (/^Unconfirmed/.test(phone) && !entry!.message) expect(message).toContain(QUALIFIER);
    if (!/^Unconfirmed/.test(phone)) expect(spokenSomehow(phone), phone).toBe(true);
    if (spokenSomehow(phone)) expect(message).not.toContain(QUALIFIER);
    // An English message is as before: the note is for the Spanish one.
    expect(formatEntryMessage(entry!, 'en')).not.toMatch(/not confirmed|sin confirmar/i);
  });

  it('reads as one of the line’s qualifiers, before the numbers', () => {
    const runaway = guide.find((e) => e.id === 'hotline-runaway-safeline')!;
    expect(formatEntryMessage(runaway, 'es')).toMatch(
      /^[^:]+\(National Runaway Safeline; 24\/7, atención en español sin confirmar\): llama/,
    );
  });

  it('goes with the line wherever a Spanish entry lists it (the missing-youth steps)', () => {
    const steps = guide.find((e) => e.id === 'crisis-missing')!;
    const runaway = steps.lines!.find((l) => l.name === 'National Runaway Safeline')!;
    expect(formatLine(runaway, 'es', 'advocate')).toContain(QUALIFIER);
    expect(formatEntryMessage(steps, 'es')).toContain(QUALIFIER);
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)('the open line says it under Languages, in %s', (lang, messages) => {
    setTranslator(createTranslator(lang, messages));
    const runaway = guide.find((e) => e.id === 'hotline-runaway-safeline')!;
    render(<ContactDetails contact={runaway.contact!} es={lang === 'es' ? runaway.es?.contact : undefined} />);
    expect(screen.getByText(messages.contact_languages.message).nextElementSibling?.textContent).toBe(
      messages.contact_spanish_unconfirmed.message,
    );
  });
});
