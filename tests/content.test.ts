import { describe, expect, it } from 'vitest';
import {
  crisisCard,
  glossaryGuidance,
  guide,
  SEED_HEADING_LOST,
  SEED_SECTIONS,
  type ContactDetails,
  type GuideEntry,
  type SeedSectionId,
} from '@/content';
import { formatEntryMessage } from '@/utils/format';
import { KIND_ORDER } from '@/utils/kinds';
import { labellingWords } from '@/utils/observations/labelling-words';
import { newPlanData } from '@/utils/plans/model';
import { bareDigits, digitRuns, documentPhones, glossaryTerms, isRepoFile, readDoc, shortCardSituations } from './content-sources';

/** Meta-test: the guide is complete, well-formed and honest about where it came from. */

const PHONE = /^(1-\d{3}-\d{3}-\d{4}|\d{3}-\d{3}-\d{4}|\d{3}|\d{3,6})$/;
const LETTERS = /^1-\d{3}-[0-9A-Z]{3}-?[0-9A-Z]{4}$|^1-800-[A-Z]{7}$|^1-800-THE-LOST$/;
const bySection = (section: string) => guide.filter((e) => e.source.type === 'seed' && e.source.section === section);
const byId = (id: string) => guide.find((e) => e.id === id) as GuideEntry;
const CONTACTS = readDoc('docs/sources/contacts.md');
const CRISIS = readDoc('docs/sources/crisis-and-reporting.md');
const GLOSSARY = readDoc('docs/sources/glossary.md');
/** Every contact detail in the guide: entries' own and those of the lines they point to. */
const allContacts = (): Array<[string, ContactDetails]> =>
  guide.flatMap((e) => [
    ...(e.contact ? [[e.id, e.contact] as [string, ContactDetails]] : []),
    ...(e.lines ?? []).flatMap((l) => (l.contact ? [[e.id, l.contact] as [string, ContactDetails]] : [])),
  ]);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Never in the guide's text, only as search words (issue #9; conventions.md). */
const BANNED = [
  'sex work',
  'child prostitute',
  'teen prostitute',
  'juvenile prostitute',
  'prostituted child',
  'promiscuous',
  'willing participant',
];
/** Degrading street words: shown only in quotes, as the word being explained, or as a glossary term's own title. */
const STREET_WORDS =
  /\b(pimps?|pimping|johns?|tricks?|bitch(?:es)?|hoes?|ho|stable|wifeys?|wifies|daddy|gorilla|guerrilla|turned out|prostitut\w*|self-exploited|renegades?)\b/gi;

function streetWordsInOurVoice(text: string): string[] {
  const unquoted = text.replace(/“[^”]*”|"[^"]*"/g, '');
  return [...unquoted.matchAll(STREET_WORDS)].map((m) => m[0].toLowerCase());
}

describe('the guide as data', () => {
  it('gives every entry a unique, stable-looking id', () => {
    const ids = guide.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(guide.map((e) => [e.id, e] as const))('%s has a known kind, text, tags, synonyms and no empty field', (_id, entry) => {
    expect(KIND_ORDER).toContain(entry.kind);
    expect(entry.title.trim().length).toBeGreaterThan(2);
    expect(entry.body.trim().length).toBeGreaterThan(5);
    expect(entry.tags.length).toBeGreaterThan(0);
    expect(entry.synonyms.length).toBeGreaterThan(0);
    for (const s of strings(entry)) expect(s.trim(), `empty string in ${entry.id}`).not.toBe('');
    for (const s of strings(entry)) expect(s, `stray whitespace in ${entry.id}`).toBe(s.trim());
  });

  it('says where each entry came from: a handout section, or a checked reference', () => {
    for (const e of guide) {
      // The shipped guide has no program lines: those come only from policy or a pack.
      expect(e.source.type, e.id).not.toBe('program');
      if (e.source.type === 'seed') expect(Object.keys(SEED_SECTIONS)).toContain(e.source.section);
      else if (e.source.type === 'reference') {
        // A number is checked against a secure page; a glossary term may rest only on pages the
        // reference lists as http:// (it is never upgraded by guesswork).
        expect(e.source.url, e.id).toMatch(
          e.contact ? /^https:\/\/[a-z0-9.-]+\.[a-z]+(\/\S*)?$/ : /^https?:\/\/[a-z0-9.-]+\.[a-z]+(\/\S*)?$/,
        );
        for (const url of e.source.also ?? []) expect(url, e.id).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]+(\/\S*)?$/);
        expect(e.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('cites only documents kept in this repository, and parts those documents have', () => {
    const cited = guide.flatMap((e) => (e.source.type === 'reference' ? [[e.id, e.source.document, e.source.part] as const] : []));
    cited.push(['glossaryGuidance', glossaryGuidance.source.document, glossaryGuidance.source.part]);
    expect(cited.length).toBeGreaterThanOrEqual(57);
    for (const [id, document, part] of cited) {
      expect(isRepoFile(document), `${id} cites ${document}, which is not in the repository`).toBe(true);
      if (part) expect(readDoc(document), `${id}: no “${part}” in ${document}`).toContain(part);
    }
    // The check itself can fail: the old citation, a path outside the repo, an absolute path.
    expect(['contacts.md', '../shared/reference/contacts.md', '/work/shared/reference/contacts.md'].map(isRepoFile)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('names, for every page an entry cites, a document of this repository that lists it (helper-65)', () => {
    // "…and 1 more page; all listed in docs/sources/contacts.md": the Hotline's second page was
    // only in the crisis reference.
    const unlisted = guide.flatMap((e) => {
      if (e.source.type !== 'reference') return [];
      const { document, alsoIn, url, also = [] } = e.source;
      const text = [document, ...(alsoIn ? [alsoIn] : [])].map(readDoc).join('\n');
      // As a document writes an address: with or without "https://" and "www.".
      const bare = (page: string) => page.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
      return [url, ...also].filter((page) => !text.includes(bare(page))).map((page) => `${e.id}: ${page}`);
    });
    expect(unlisted).toEqual([]);
  });

  it('quotes as the handout’s section only a heading its text has; the others are named as ours (helper-65)', () => {
    // The handout's headings, as words: its typos fixed as the guide fixes them ("SAV NG").
    const plain = (text: string) =>
      text
        .toLowerCase()
        .replace(/sav ng/g, 'saving')
        .replace(/[^a-z0-9?]+/g, ' ')
        .trim();
    const headings = readDoc('docs/sources/casa-handout.txt')
      .split('\n')
      .filter((line) => /^#+ /.test(line))
      .map(plain);
    const quoted = Object.entries(SEED_SECTIONS).filter(([id]) => !SEED_HEADING_LOST.has(id as SeedSectionId));
    expect(quoted.filter(([, name]) => !headings.includes(plain(name))).map(([id]) => id)).toEqual([]);
    expect([...SEED_HEADING_LOST].filter((id) => headings.includes(plain(SEED_SECTIONS[id])))).toEqual([]);
  });

  it('lists every crisis entry and glossary term in docs/sources.md with the source it shows', () => {
    const sources = readDoc('docs/sources.md');
    for (const e of guide.filter((x) => x.kind === 'crisis' || x.kind === 'term')) {
      expect(sources, e.id).toMatch(
        new RegExp(`\\| \`${e.id}\`\\s*\\|[^\\n]*\\| ${e.source.type === 'reference' ? e.source.url.replace(/[.?]/g, '\\$&') : ''}\\s*\\|`),
      );
    }
  });

  it('keeps every id that pins, recents and safety plans may hold', () => {
    const stable = readDoc('tests/fixtures/stable-entry-ids.txt')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(stable.length).toBeGreaterThanOrEqual(133);
    const ids = new Set(guide.map((e) => e.id));
    expect(stable.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('links only to entries that exist', () => {
    const ids = new Set(guide.map((e) => e.id));
    for (const e of guide) {
      const related = e.related ?? [];
      expect(new Set(related).size, e.id).toBe(related.length);
      for (const id of related) {
        expect(ids.has(id), `${e.id} links to ${id}`).toBe(true);
        expect(id, e.id).not.toBe(e.id);
      }
      for (const line of e.lines ?? []) if (line.entryId) expect(ids.has(line.entryId), `${e.id} → ${line.entryId}`).toBe(true);
    }
  });

  it('links the CASA and Los Angeles terms the guide uses to their glossary entries', () => {
    expect(byId('info-case-parties').related).toEqual(expect.arrayContaining(['term-csw', 'term-clc']));
    expect(byId('info-mdt').related).toContain('term-mdt');
    expect(byId('recruitment-peers').related).toContain('term-strtp');
    expect(byId('hotline-la-dcfs-child-protection').related).toContain('term-dcfs');
    expect(byId('resources-numbers-to-memorize').related).toEqual(expect.arrayContaining(['term-csw', 'term-dcfs']));
    const unlinked = guide
      .filter((e) => e.kind !== 'term')
      .flatMap((e) =>
        (
          [
            ['CSW', 'term-csw'],
            ['CLC', 'term-clc'],
            ['MDT', 'term-mdt'],
            ['STRTP', 'term-strtp'],
            ['DCFS', 'term-dcfs'],
          ] as const
        )
          .filter(
            ([word, id]) => new RegExp(`\\b${word}\\b`).test([e.title, e.body, ...(e.steps ?? [])].join(' ')) && !e.related?.includes(id),
          )
          .map(([word]) => `${e.id} says ${word}`),
      );
    expect(unlinked).toEqual([]);
  });

  it('represents every section of the handout', () => {
    for (const section of Object.keys(SEED_SECTIONS)) {
      const fromSeed = bySection(section);
      const correcting = guide.filter((e) => e.source.type === 'reference' && e.source.section === section);
      expect(fromSeed.length + correcting.length, `section ${section}`).toBeGreaterThan(0);
    }
  });

  it('keeps every item of the handout lists as its own entry', () => {
    expect(bySection('red-flags')).toHaveLength(11);
    expect(bySection('recruitment')).toHaveLength(8);
    expect(bySection('trafficker-tactics')).toHaveLength(5);
    expect(bySection('myths')).toHaveLength(3);
    expect(bySection('services')).toHaveLength(6);
    expect(bySection('harm-reduction')).toHaveLength(3);
    expect(bySection('what-not-to-do')).toHaveLength(2);
    expect(bySection('when-youth-returns')).toHaveLength(5);
    expect(bySection('self-care')).toHaveLength(3);
    expect(bySection('stay-involved')).toHaveLength(4);
    expect(bySection('information-gathering')).toHaveLength(3);
    expect(bySection('remember')).toHaveLength(3);
    // The handout's headline, "children involved in foster care have a greater chance of
    // becoming victims", is an entry of its own beside the four figures (issue #9).
    expect(bySection('what-we-know')).toHaveLength(5);
    expect(byId('fact-foster-care-greater-risk').body).toMatch(
      /^Children involved in foster care have a greater chance of becoming victims/,
    );
  });

  it('words every red flag for a case note neutrally: what was seen, never a label for the youth', () => {
    const flags = guide.filter((e) => e.kind === 'red-flag');
    expect(flags).toHaveLength(11);
    for (const flag of flags) {
      expect(flag.observed, flag.id).toMatch(/^[a-z]/);
      expect(labellingWords(flag.observed ?? ''), flag.id).toEqual([]);
      // The title does label (“…the trafficker”, “…a victim”): the note never uses it.
      expect(flag.observed, flag.id).not.toBe(flag.title);
    }
    expect(guide.filter((e) => e.kind !== 'red-flag' && e.observed)).toEqual([]);
    expect(labellingWords(byId('red-flag-not-a-victim').title)).toEqual(['victim']);
  });

  it('formats every contact the same way and only with real schemes', () => {
    const contacts = allContacts().map(([id, contact]) => ({ id, contact }));
    expect(contacts.length).toBeGreaterThanOrEqual(12);
    for (const { id, contact } of contacts) {
      for (const p of contact?.phones ?? []) {
        expect(p.number, id).toMatch(PHONE);
        if (p.letters) expect(p.letters, id).toMatch(LETTERS);
      }
      if (contact?.text) expect(contact.text.number, id).toMatch(PHONE);
      if (contact?.tty) expect(contact.tty, id).toMatch(PHONE);
      for (const url of [contact?.chatUrl, contact?.website].filter(Boolean)) expect(url, id).toMatch(/^https:\/\//);
      if (contact?.email) expect(contact.email, id).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    }
  });

  it('shows the current numbers from contacts.md, not the handout’s outdated ones', () => {
    const all = JSON.stringify(guide);
    expect(byId('hotline-love-is-respect').contact?.phones?.[0]?.number).toBe('1-866-331-9474');
    expect(byId('hotline-love-is-respect').correction).toContain('1-866-331-9473');
    expect(all).not.toMatch(/"number":"1-866-331-9473"/);
    expect(byId('hotline-runaway-safeline').title).toBe('National Runaway Safeline');
    expect(byId('hotline-runaway-safeline').correction).toContain('Switchboard');
    expect(all).not.toContain('uberconf');
    expect(byId('resource-clcht-call').body).toContain('2–3 PM Eastern');
    expect(byId('hotline-human-trafficking').contact).toMatchObject({ text: { number: '233733' }, tty: '711' });
    // RAINN has no confirmed text line (contacts.md): none may be added.
    expect(byId('hotline-rainn').contact?.text).toBeUndefined();
  });

  it('shows only numbers that contacts.md or the crisis reference give', () => {
    const phones = documentPhones(CONTACTS + CRISIS);
    for (const [id, contact] of allContacts()) {
      const numbers = [...(contact.phones ?? []).map((p) => p.number), contact.text?.number, contact.tty].filter(Boolean) as string[];
      for (const n of numbers) {
        const known =
          n.replace(/\D/g, '').length >= 7 ? phones.has(bareDigits(n)) : new RegExp(`(?<![\\d-])${n}(?![\\d-])`).test(CONTACTS + CRISIS);
        expect(known, `${id}: ${n} is in neither reference`).toBe(true);
      }
    }
    expect(phones.has(bareDigits('555-123-4567'))).toBe(false);
  });

  it('has crisis entries that mention no number beyond the references, and take every number from a hotline entry', () => {
    const known = new Set(digitRuns(CONTACTS + CRISIS));
    const crisis = guide.filter((e) => e.kind === 'crisis');
    const texts = [
      ...crisis.map((e) => [e.id, [e.title, e.body, ...(e.steps ?? []), formatEntryMessage(e)].join('\n')] as const),
      ...crisisCard.rows.map((r) => [`card: ${r.situation}`, [r.situation, r.first, r.then].join('\n')] as const),
    ];
    for (const [id, text] of texts) for (const run of digitRuns(text)) expect(known.has(run), `${id} mentions ${run}`).toBe(true);
    for (const e of crisis) {
      for (const line of e.lines ?? []) {
        // The very object of the hotline's entry: one place to change a number.
        if (line.entryId) expect(line.contact, `${e.id} → ${line.entryId}`).toBe(byId(line.entryId).contact);
        else
          expect(
            line.contact?.phones?.map((p) => p.number),
            e.id,
          ).toEqual(['911']);
      }
      // A number in a step is one of the entry's own lines.
      const lineNumbers = new Set(
        (e.lines ?? []).flatMap((l) => [...(l.contact?.phones ?? []).map((p) => p.number), l.contact?.text?.number]),
      );
      for (const step of e.steps ?? []) {
        for (const run of digitRuns(step).filter((r) => r.replace(/\D/g, '').length >= 3))
          expect(lineNumbers.has(run), `${e.id}: ${run}`).toBe(true);
      }
    }
  });

  it('marks unverified and added lines so the UI can say so', () => {
    for (const id of ['resource-saving-innocence', 'resource-clcht-call', 'resource-alliance-childrens-rights']) {
      expect(byId(id).verified, id).toBe(false);
      expect(formatEntryMessage(byId(id)), id).toContain('not independently verified — confirm before sharing');
    }
    // Crisis steps and glossary terms are not in the handout either: added, from the references.
    for (const e of guide.filter((x) => x.kind === 'crisis' || x.kind === 'term')) expect(e.added, e.id).toBe(true);
    const added = guide.filter((e) => e.added && e.kind === 'resource').map((e) => e.id);
    expect(added.sort()).toEqual(
      ['hotline-988', 'hotline-childhelp', 'hotline-domestic-violence', 'hotline-la-dcfs-child-protection', 'hotline-ncmec'].sort(),
    );
    for (const e of guide.filter((x) => x.added)) expect(e.source.type).toBe('reference');
  });

  it('never hard-codes the numbers the advocate fills in', () => {
    const memorize = byId('resources-numbers-to-memorize');
    expect(memorize.body).toMatch(/social worker.*DCFS Command Post.*CASA/s);
    expect(memorize.contact).toBeUndefined();
    expect(memorize.lines?.filter((l) => !l.contact).map((l) => l.name)).toEqual(['Social worker (CSW)', 'DCFS Command Post', 'CASA']);
  });

  it('builds “numbers to memorize” and a new plan’s numbers from the hotline entries themselves', () => {
    const lines = byId('resources-numbers-to-memorize').lines ?? [];
    const national = ['hotline-human-trafficking', 'hotline-love-is-respect', 'hotline-rainn', 'hotline-runaway-safeline'];
    expect(lines.filter((l) => l.contact).map((l) => l.entryId)).toEqual(national);
    for (const line of lines.filter((l) => l.entryId)) expect(line.contact).toBe(byId(line.entryId as string).contact);
    const rows = newPlanData(() => 'row').numbers as Array<Record<string, string>>;
    expect(rows.map((r) => r.number)).toEqual([...national.map((id) => byId(id).contact?.phones?.[0]?.number), '', '', '']);
    expect(rows.map((r) => r.label)).toEqual(expect.arrayContaining(['Social worker (CSW)', 'DCFS Command Post', 'CASA']));
  });

  it('says “ask your CASA supervisor” where no source explains a term', () => {
    expect(byId('service-restoration-funds').body).toMatch(/ask your CASA supervisor/);
    expect(byId('resources-numbers-to-memorize').body).toMatch(/DCFS Command Post.*ask your CASA supervisor/);
  });

  it('uses trauma-informed words', () => {
    const text = strings([guide.map(({ synonyms: _s, ...rest }) => rest), crisisCard, glossaryGuidance])
      .join(' ')
      .toLowerCase();
    for (const word of BANNED) expect(text).not.toContain(word);
    // The handout's words stay findable, as search words only.
    expect(byId('fact-csec-forms').synonyms).toContain('sex work');
    expect(byId('fact-csec-forms').body).toContain('street- or gang-based exploitation');
  });

  it('uses street words only as the words being explained, in quotes, never in its own voice', () => {
    expect(streetWordsInOurVoice('Call the pimp.')).toEqual(['pimp']);
    expect(streetWordsInOurVoice('Say “buyer”, not “john”.')).toEqual([]);
    const displayed = (e: GuideEntry) => {
      // Search words (`synonyms`, `esWords`) are never shown; a term's own title, in either
      // language, is the word being explained.
      const { id: _id, synonyms: _s, esWords: _w, tags: _t, source: _src, related: _r, title, es, ...rest } = e;
      const { title: esTitle, ...esRest } = es ?? { title: '' };
      return [
        ...(e.kind === 'term' ? [] : [title, esTitle]),
        ...strings([rest, esRest]),
        formatEntryMessage(e),
        formatEntryMessage(e, 'es'),
      ];
    };
    const offending = [
      ...guide.flatMap((e) => displayed(e).flatMap((t) => streetWordsInOurVoice(t).map((w) => `${e.id}: ${w}`))),
      ...strings([crisisCard, glossaryGuidance.summary, glossaryGuidance.points]).flatMap(streetWordsInOurVoice),
    ];
    expect(offending).toEqual([]);
  });

  it('presents “self-exploited” as the handout’s word, never as a title of its own', () => {
    const survival = byId('recruitment-survival-sex');
    expect(survival.title).toMatch(/^Survival sex \(the handout says “self-exploited”/);
    expect(survival.body).toContain('No child exploits themselves');
    expect(survival.body).not.toContain('third party');
  });

  it('fixes the handout’s typos', () => {
    const text = strings(guide).join(' ');
    for (const typo of ['INVOIVED', 'inhuman trafficking', 'TRANSTION', 'form violence', 'SAV NG', 'for week.']) {
      expect(text).not.toContain(typo);
    }
  });

  it('gives each phrasing its exact words as the message', () => {
    for (const e of bySection('when-youth-returns')) expect(e.message).toBe(e.title);
  });
});

describe('when it can’t wait', () => {
  const crisis = guide.filter((e) => e.kind === 'crisis');

  it('has an entry for every situation of the reference’s short card, in its order', () => {
    const situations = shortCardSituations(CRISIS);
    expect(situations).toHaveLength(5);
    expect(crisisCard.rows).toHaveLength(situations.length);
    crisisCard.rows.forEach((row, i) => {
      expect(byId(row.entryId)?.kind, row.entryId).toBe('crisis');
      // The card says what the reference's row says, from its first words.
      const words = (situations[i] as string).toLowerCase().split(/\W+/).slice(0, 3).join(' ');
      expect(row.situation.toLowerCase(), row.entryId).toContain(words);
      expect(row.lines.length, row.entryId).toBeGreaterThan(0);
    });
    expect(byId(crisisCard.more.entryId).kind).toBe('crisis');
    expect(crisis.map((e) => e.id).sort()).toEqual([...crisisCard.rows.map((r) => r.entryId), crisisCard.more.entryId].sort());
  });

  it('gives every crisis entry ordered steps, the lines to call, its sources and the date they were checked', () => {
    expect(crisis).toHaveLength(6);
    for (const e of crisis) {
      expect(e.steps?.length, e.id).toBeGreaterThanOrEqual(3);
      expect(e.lines?.length, e.id).toBeGreaterThan(0);
      expect(e.source).toMatchObject({ type: 'reference', document: 'docs/sources/crisis-and-reporting.md' });
      expect(e.checked, e.id).toBe('2026-11-30');
      const message = formatEntryMessage(e);
      expect(message, e.id).toMatch(/\n1\. .*\n2\. /s);
      expect(message.length, `${e.id}: a message to copy in a hurry`).toBeLessThan(1400);
    }
  });

  it('says the trafficking hotline is not law enforcement and does not replace a report', () => {
    expect(formatEntryMessage(byId('hotline-human-trafficking'))).toContain('not law enforcement');
    expect(formatEntryMessage(byId('crisis-trafficking-hotline'))).toMatch(/not law enforcement[\s\S]*DCFS Child Protection Hotline/);
    expect(byId('crisis-trafficking-hotline').steps?.join(' ')).toMatch(/alert authorities/);
  });

  it('never calls the trafficking hotline confidential without its limit for a minor, in either language', () => {
    const hotline = byId('hotline-human-trafficking');
    expect(hotline.body).toMatch(/confidential.*if it suspects a child is being abused, it contacts the authorities/s);
    expect(hotline.es?.body).toMatch(/confidencial.*si sospecha que un\/a menor sufre abuso, avisa a las autoridades/s);
    expect(hotline.source).toMatchObject({ also: ['https://humantraffickinghotline.org/our-approach'] });
  });

  it('offers Spanish for 988 only as the reference confirms it', () => {
    expect(CRISIS).toContain('text **AYUDA** to 988');
    expect(byId('crisis-suicide').steps?.join(' ')).toContain('press 2 on a call, or text AYUDA to 988');
    expect(byId('hotline-988').contact?.languages).toMatch(/Spanish/);
    // The reference confirms no Spanish text or chat for these lines: none is claimed.
    for (const id of ['hotline-runaway-safeline', 'hotline-love-is-respect', 'hotline-la-dcfs-child-protection', 'hotline-childhelp']) {
      expect(strings(byId(id)).join(' '), id).not.toMatch(/spanish|español/i);
    }
  });
});

describe('words youth and exploiters use', () => {
  const reference = glossaryTerms(GLOSSARY);
  const terms = guide.filter((e) => e.kind === 'term');

  it('has one entry per term of the glossary reference, titled with the term', () => {
    expect(reference).toHaveLength(41);
    expect(terms).toHaveLength(41);
    expect(terms.map((e) => e.title)).toEqual(reference.map((t) => t.title));
  });

  it.each(reference.map((t) => [t.title, t] as const))('“%s” has every variant and search word as a synonym', (_title, t) => {
    const entry = terms.find((e) => e.title === t.title) as GuideEntry;
    expect(t.variants.length).toBeGreaterThan(0);
    expect(t.searchWords.length).toBeGreaterThan(0);
    expect([...t.variants, ...t.searchWords].filter((w) => !entry.synonyms.includes(w))).toEqual([]);
  });

  it('gives each term its plain meaning, why it matters and its note, and copies the meaning for notes', () => {
    for (const e of terms) {
      expect(e.meaning, e.id).toBeTruthy();
      expect(e.why, e.id).toBeTruthy();
      expect(e.body, e.id).toContain(e.meaning as string);
      expect(formatEntryMessage(e), e.id).toMatch(
        new RegExp(`^(“${e.title.replace(/[()/]/g, '.')}” \\(street term\\)|${e.title.replace(/[()/]/g, '.')}): `),
      );
      expect(formatEntryMessage(e).endsWith(e.meaning as string), e.id).toBe(true);
      expect(e.source).toMatchObject({ type: 'reference', document: 'docs/sources/glossary.md', part: expect.stringMatching(/^\d+\. /) });
    }
    // Every note the reference gives is kept (37, 38, 39 and 41 have none).
    expect(terms.filter((e) => !e.note).map((e) => e.id)).toEqual(['term-dcfs', 'term-referral', 'term-nmd', 'term-clc']);
  });

  it('shows the reference’s “read this first” once, led by: for understanding, and one word is not proof', () => {
    expect(glossaryGuidance.summary).toMatch(/for understanding, not for use with the youth/);
    expect(glossaryGuidance.summary).toMatch(/not proof/);
    expect(glossaryGuidance.points.length).toBeGreaterThanOrEqual(5);
    expect(GLOSSARY).toContain(glossaryGuidance.source.part);
  });
});
