import { describe, expect, it } from 'vitest';
import { crisisCard, guide, type GuideEntry } from '@/content';
import { CRISIS_CARD_ES, ENTRIES_ES, PLAN_FORM_ES, type EntryEs } from '@/content/es';
import { PLAN_SECTIONS } from '@/utils/plans/form';
import { newPlanData, rowsValue } from '@/utils/plans/model';
import { digitRuns } from './content-sources';
import { SEARCH_WORDS_ES } from '@/content/es/search-words';

/**
 * Meta-test of the Spanish texts: each is a translation of its English entry, so it has the
 * same parts, and it never adds, drops or changes a number, a text keyword or a link.
 */

const SPANISH_KINDS = new Set(['phrasing', 'resource', 'crisis']);
const youthFacing = guide.filter((e) => SPANISH_KINDS.has(e.kind) || e.id === 'resources-numbers-to-memorize');
const english = (id: string) => guide.find((e) => e.id === id) as GuideEntry;
const es = (id: string) => ENTRIES_ES[id] as EntryEs;

/**
 * What must be the same in both languages: runs of digits ("1-800-540-4000", "24", "988"),
 * text keywords and other all-capital codes ("AYUDA", "LOVEIS", "DCFS"), and web addresses.
 */
function fixedTokens(text: string): string[] {
  const keywords = text.match(/\b[A-Z][A-Z0-9]{3,}\b/g) ?? [];
  const domains = (text.match(/\b(?:[a-z0-9-]+\.)+(?:org|com|gov|net|edu|us)\b/gi) ?? []).map((d) => d.toLowerCase());
  return [...new Set([...digitRuns(text), ...keywords, ...domains])].sort();
}

/** Words never used in our own voice (conventions.md: trauma-informed, no blaming words), in Spanish. */
const BANNED_ES =
  /(?<!\p{L})(prostitu\p{L}*|trabaj\p{L}* sexual\p{L}*|promiscu\p{L}*|participante voluntari\p{L}*|se lo busc[óo]|padrotes?|chulos?|proxenetas?|putas?)(?!\p{L})/giu;
const bannedWords = (text: string) => [...text.matchAll(BANNED_ES)].map((m) => m[0].toLowerCase());

/** Every string an entry shows, field by field; search words are not shown. */
function shownFields(e: EntryEs): Array<[string, string]> {
  return [
    ['title', e.title],
    ['body', e.body],
    ...(e.message ? [['message', e.message] as [string, string]] : []),
    ...(e.steps ?? []).map((s, i) => [`step ${i + 1}`, s] as [string, string]),
    ...(e.correction ? [['correction', e.correction] as [string, string]] : []),
    ...(e.contact?.hours ? [['hours', e.contact.hours] as [string, string]] : []),
    ...(e.contact?.languages ? [['languages', e.contact.languages] as [string, string]] : []),
    ...(e.contact?.traits ?? []).map((t, i) => [`trait ${i + 1}`, t] as [string, string]),
    ...Object.entries(e.contact?.phoneLabels ?? {}).map(([en, label]) => [`phone label "${en}"`, label] as [string, string]),
    ...Object.entries(e.lineNames ?? {}).map(([en, name]) => [`line "${en}"`, name] as [string, string]),
  ];
}

/** The English text each Spanish field translates. */
function englishField(e: GuideEntry, field: string): string {
  const step = /^step (\d+)$/.exec(field);
  if (step) return e.steps?.[Number(step[1]) - 1] ?? '';
  const trait = /^trait (\d+)$/.exec(field);
  if (trait) return e.contact?.traits?.[Number(trait[1]) - 1] ?? '';
  const quoted = /^(?:phone label|line) "(.+)"$/.exec(field);
  if (quoted) return quoted[1] as string;
  const plain: Record<string, string | undefined> = {
    title: e.title,
    body: e.body,
    message: e.message,
    correction: e.correction,
    hours: e.contact?.hours,
    languages: e.contact?.languages,
  };
  return plain[field] ?? '';
}

describe('the Spanish texts', () => {
  it('finds the fixed parts of a text, and banned words, the way a reader would see them', () => {
    expect(fixedTokens('Llame al 1-800-540-4000 o envíe AYUDA al 988 (24/7), chat en 988lifeline.org.')).toEqual(
      ['1-800-540-4000', '24', '7', '988', '988lifeline.org', 'AYUDA'].sort(),
    );
    expect(bannedWords('No es una prostituta: es una víctima de un padrote.')).toEqual(['prostituta', 'padrote']);
    expect(bannedWords('Una disputa en la computadora.')).toEqual([]);
  });

  it('has a Spanish version of every phrasing, hotline, resource and crisis entry, and of the numbers to memorize', () => {
    expect(youthFacing.filter((e) => e.kind === 'phrasing')).toHaveLength(5);
    expect(youthFacing.filter((e) => e.kind === 'crisis')).toHaveLength(6);
    expect(Object.keys(ENTRIES_ES).sort()).toEqual(youthFacing.map((e) => e.id).sort());
  });

  it.each(youthFacing.map((e) => [e.id, e] as const))('%s has the same parts as the English entry', (id, en) => {
    const sp = es(id);
    expect(sp.title).not.toBe('');
    expect(sp.body).not.toBe(en.body);
    expect(sp.message === undefined, 'message').toBe(en.message === undefined);
    expect(sp.correction === undefined, 'correction').toBe(en.correction === undefined);
    expect(sp.steps?.length, 'steps, in the same number').toBe(en.steps?.length);
    expect(Object.keys(sp.lineNames ?? {}).sort()).toEqual([...new Set((en.lines ?? []).map((l) => l.name))].sort());
    const c = en.contact;
    expect(sp.contact?.hours === undefined, 'hours').toBe(c?.hours === undefined);
    expect(sp.contact?.languages === undefined, 'languages').toBe(c?.languages === undefined);
    expect(sp.contact?.traits?.length ?? 0).toBe(c?.traits?.length ?? 0);
    const labels = (c?.phones ?? []).flatMap((p) => (p.label ? [p.label] : []));
    expect(Object.keys(sp.contact?.phoneLabels ?? {}).sort()).toEqual(labels.sort());
    for (const [field, text] of shownFields(sp)) expect(text.trim(), `${field} is empty or padded`).toBe(text);
    for (const [field, text] of shownFields(sp)) expect(text, field).not.toBe('');
  });

  it('copies a phrasing as the phrase itself, as the English does', () => {
    for (const e of youthFacing.filter((x) => x.kind === 'phrasing')) expect(es(e.id).message).toBe(es(e.id).title);
    // The missing-youth steps quote the first phrasing: the Spanish quotes the Spanish one.
    expect(es('crisis-missing').steps?.at(-1)).toContain(`“${es('phrase-here-to-talk').title}”`);
  });

  it('never adds, drops or changes a number, text keyword or link', () => {
    const changed = youthFacing.flatMap((en) =>
      shownFields(es(en.id))
        .filter(([field, text]) => JSON.stringify(fixedTokens(text)) !== JSON.stringify(fixedTokens(englishField(en, field))))
        .map(([field, text]) => `${en.id} ${field}: ${fixedTokens(text).join(' ')} ≠ ${fixedTokens(englishField(en, field)).join(' ')}`),
    );
    expect(changed).toEqual([]);
  });

  it('says a line serves Spanish speakers only where the English text says so', () => {
    const claims = youthFacing.flatMap((en) =>
      shownFields(es(en.id))
        .filter(([field, text]) => /español|inglés/i.test(text) !== /spanish|english/i.test(englishField(en, field)))
        .map(([field]) => `${en.id} ${field}`),
    );
    expect(claims).toEqual([]);
  });

  it('gives every entry the words Spanish speakers type for it: 8 to 20, no repeats', () => {
    for (const [id, e] of Object.entries(ENTRIES_ES)) {
      expect(e.synonyms.length, id).toBeGreaterThanOrEqual(8);
      expect(e.synonyms.length, id).toBeLessThanOrEqual(20);
      const words = e.synonyms.map((s) => s.toLowerCase());
      expect(new Set(words).size, `${id} repeats a word`).toBe(words.length);
      for (const s of e.synonyms) expect(s.trim(), id).toBe(s);
      for (const s of e.synonyms) expect(s, id).not.toBe('');
    }
  });

  it('gives Spanish search words only to entries not translated yet, with no number the English does not have', () => {
    for (const [id, words] of Object.entries(SEARCH_WORDS_ES)) {
      const entry = guide.find((e) => e.id === id);
      expect(entry, `${id} is no entry`).toBeDefined();
      expect(ENTRIES_ES[id], `${id} has a Spanish version already`).toBeUndefined();
      const english = digitRuns(`${entry?.title} ${entry?.body}`.replace(/(\d),(\d)/g, '$1$2'));
      for (const run of digitRuns(words.join(' ').replace(/(\d),(\d)/g, '$1$2'))) expect(english, `${id}: ${run}`).toContain(run);
    }
  });

  it('translates the crisis card row by row, with the same numbers', () => {
    expect(Object.keys(CRISIS_CARD_ES.rows).sort()).toEqual(crisisCard.rows.map((r) => r.entryId).sort());
    for (const row of crisisCard.rows) {
      const sp = CRISIS_CARD_ES.rows[row.entryId];
      for (const part of ['situation', 'first', 'then'] as const) {
        expect(sp?.[part], `${row.entryId} ${part}`).toBeTruthy();
        expect(fixedTokens(sp?.[part] ?? ''), `${row.entryId} ${part}`).toEqual(fixedTokens(row[part]));
      }
    }
    expect(fixedTokens(CRISIS_CARD_ES.note)).toEqual(fixedTokens(crisisCard.note));
    expect(CRISIS_CARD_ES.title).not.toBe(crisisCard.title);
    // As in English, the link's label is the start of the entry's title.
    expect(crisisCard.more.label && english(crisisCard.more.entryId).title.startsWith(crisisCard.more.label)).toBe(true);
    expect(es(crisisCard.more.entryId).title.startsWith(CRISIS_CARD_ES.more.label)).toBe(true);
  });

  it('labels every section, field, column, choice and checklist item of the safety plan', () => {
    expect(Object.keys(PLAN_FORM_ES.sections).sort()).toEqual(PLAN_SECTIONS.map((s) => s.id).sort());
    const fields = PLAN_SECTIONS.flatMap((s) => s.fields);
    expect(Object.keys(PLAN_FORM_ES.fields).sort()).toEqual(fields.map((f) => f.id).sort());
    const columns = fields.flatMap((f) => (f.kind === 'rows' ? f.columns.map((c) => `${f.id}.${c.id}`) : []));
    expect(Object.keys(PLAN_FORM_ES.columns).sort()).toEqual(columns.sort());
    for (const s of PLAN_SECTIONS) {
      const sp = PLAN_FORM_ES.sections[s.id];
      expect(sp?.title, s.id).toBeTruthy();
      expect(sp?.prompt, s.id).toBeTruthy();
      expect(fixedTokens(`${sp?.title} ${sp?.prompt}`), s.id).toEqual(fixedTokens(`${s.title} ${s.prompt}`));
      // A practice line is translated where, and only where, the English section has one.
      expect(sp?.practice === undefined, `${s.id} practice`).toBe(s.practice === undefined);
    }
    for (const f of fields) {
      const sp = PLAN_FORM_ES.fields[f.id];
      expect(sp?.label, f.id).toBeTruthy();
      expect(sp?.hint === undefined, `${f.id} hint`).toBe(!('hint' in f && f.hint));
      expect(sp?.addLabel === undefined, `${f.id} addLabel`).toBe(f.kind !== 'rows');
      const choices =
        f.kind === 'choice'
          ? f.choices
          : f.kind === 'checklist'
            ? f.items
            : f.kind === 'rows'
              ? f.columns.flatMap((c) => c.choices ?? [])
              : [];
      expect(Object.keys(sp?.choices ?? {}).sort(), `${f.id} choices`).toEqual([...choices].sort());
      for (const label of Object.values(sp?.choices ?? {})) expect(label, f.id).toBeTruthy();
    }
    for (const label of Object.values(PLAN_FORM_ES.columns)) expect(label).toBeTruthy();
  });

  it('words every row a new plan starts with (numbers to memorize, services) in Spanish, keeping its numbers and names', () => {
    const starting = newPlanData(() => 'row');
    for (const [key, words] of [
      ['numbers.label', PLAN_FORM_ES.presets?.['numbers.label']],
      ['services.service', PLAN_FORM_ES.presets?.['services.service']],
    ] as const) {
      const [fieldId, columnId] = key.split('.') as [string, string];
      const cells = rowsValue({ data: starting }, fieldId).map((r) => r[columnId] ?? '');
      expect(Object.keys(words ?? {}).sort(), key).toEqual([...cells].sort());
      for (const cell of cells) expect(fixedTokens(words?.[cell] ?? ''), cell).toEqual(fixedTokens(cell));
    }
  });

  it('uses none of the banned words in its own voice', () => {
    const shown = [
      ...Object.values(ENTRIES_ES).flatMap((e) => shownFields(e).map(([, t]) => t)),
      ...Object.values(CRISIS_CARD_ES.rows).flatMap((r) => [r.situation, r.first, r.then]),
      CRISIS_CARD_ES.title,
      CRISIS_CARD_ES.note,
      CRISIS_CARD_ES.more.label,
      ...Object.values(PLAN_FORM_ES.sections).flatMap((s) => [s.title, s.prompt]),
      ...Object.values(PLAN_FORM_ES.fields).flatMap((f) => [f.label, f.hint ?? '', f.addLabel ?? '', ...Object.values(f.choices ?? {})]),
      ...Object.values(PLAN_FORM_ES.columns),
      ...Object.values(PLAN_FORM_ES.presets ?? {}).flatMap((words) => Object.values(words)),
    ];
    expect(shown.flatMap(bannedWords)).toEqual([]);
  });
});
