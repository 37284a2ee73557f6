import { describe, expect, it } from 'vitest';
import { guide, SEED_SECTIONS, type GuideEntry } from '@/content';
import { KIND_LABELS } from '@/utils/kinds';

/** Meta-test: the guide is complete, well-formed and honest about where it came from. */

const PHONE = /^(1-\d{3}-\d{3}-\d{4}|\d{3}-\d{3}-\d{4}|\d{3}|\d{3,6})$/;
const LETTERS = /^1-\d{3}-[0-9A-Z]{3}-?[0-9A-Z]{4}$|^1-800-[A-Z]{7}$|^1-800-THE-LOST$/;
const bySection = (section: string) => guide.filter((e) => e.source.type === 'seed' && e.source.section === section);
const byId = (id: string) => guide.find((e) => e.id === id) as GuideEntry;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the guide as data', () => {
  it('gives every entry a unique, stable-looking id', () => {
    const ids = guide.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(guide.map((e) => [e.id, e] as const))('%s has a known kind, text, tags, synonyms and no empty field', (_id, entry) => {
    expect(Object.keys(KIND_LABELS)).toContain(entry.kind);
    expect(entry.title.trim().length).toBeGreaterThan(2);
    expect(entry.body.trim().length).toBeGreaterThan(5);
    expect(entry.tags.length).toBeGreaterThan(0);
    expect(entry.synonyms.length).toBeGreaterThan(0);
    for (const s of strings(entry)) expect(s.trim(), `empty string in ${entry.id}`).not.toBe('');
    for (const s of strings(entry)) expect(s, `stray whitespace in ${entry.id}`).toBe(s.trim());
  });

  it('says where each entry came from: a handout section, or a checked reference', () => {
    for (const e of guide) {
      if (e.source.type === 'seed') expect(Object.keys(SEED_SECTIONS)).toContain(e.source.section);
      else {
        expect(e.source.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+(\/\S*)?$/);
        expect(e.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
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
    expect(bySection('what-we-know')).toHaveLength(4);
  });

  it('formats every contact the same way and only with real schemes', () => {
    const contacts = guide.filter((e) => e.contact);
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

  it('marks unverified and added lines so the UI can say so', () => {
    for (const id of ['resource-saving-innocence', 'resource-clcht-call', 'resource-alliance-childrens-rights']) {
      expect(byId(id).verified, id).toBe(false);
    }
    const added = guide.filter((e) => e.added).map((e) => e.id);
    expect(added.sort()).toEqual(
      ['hotline-988', 'hotline-childhelp', 'hotline-domestic-violence', 'hotline-la-dcfs-child-protection', 'hotline-ncmec'].sort(),
    );
    for (const e of guide.filter((x) => x.added)) expect(e.source.type).toBe('reference');
  });

  it('never hard-codes the numbers the advocate fills in', () => {
    const memorize = byId('resources-numbers-to-memorize');
    expect(memorize.body).toMatch(/social worker.*DCFS Command Post.*CASA/s);
    expect(memorize.contact).toBeUndefined();
  });

  it('uses trauma-informed words', () => {
    const text = strings(guide.map(({ synonyms: _s, ...rest }) => rest))
      .join(' ')
      .toLowerCase();
    for (const word of ['child prostitute', 'teen prostitute', 'promiscuous', 'willing participant']) {
      expect(text).not.toContain(word);
    }
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
