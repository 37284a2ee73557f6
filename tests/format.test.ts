import { describe, expect, it } from 'vitest';
import { guide, type GuideEntry } from '@/content';
import {
  formatEntryMessage,
  formatKeyText,
  formatLine,
  formatProvenanceNote,
  formatSource,
  numberRuns,
  smsHref,
  sourceUrls,
  telHref,
  UNVERIFIED_CAVEAT,
} from '@/utils/format';

const byId = (id: string) => guide.find((e) => e.id === id) as GuideEntry;

describe('ready-to-send messages', () => {
  it.each([
    [
      'hotline-human-trafficking',
      'National Human Trafficking Hotline (24/7, confidential, not law enforcement): call 1-888-373-7888, TTY 711 or text 233733.',
    ],
    ['hotline-rainn', 'RAINN National Sexual Assault Hotline (24/7): call 1-800-656-HOPE (1-800-656-4673) or chat at rainn.org.'],
    ['hotline-runaway-safeline', 'National Runaway Safeline (24/7): call 1-800-RUNAWAY (1-800-786-2929) or text 66008.'],
    [
      'hotline-love-is-respect',
      'love is respect — teen dating abuse helpline (24/7): call 1-866-331-9474, TTY 1-866-331-8453 or text LOVEIS to 22522.',
    ],
    ['hotline-988', '988 Suicide & Crisis Lifeline (in Spanish: press 2 on a call, or text AYUDA to 988): call or text 988.'],
    [
      'hotline-la-dcfs-child-protection',
      'LA County DCFS Child Protection Hotline (24/7): call 1-800-540-4000 (in California) or 213-639-4500 (outside California) or TTY 1-800-272-6699.',
    ],
    [
      'resource-saving-innocence',
      'Saving Innocence: call 323-379-4232 or email info@savinginnocence.org. (From CASA training material: not independently verified — confirm before sharing.)',
    ],
    ['term-csw', "CSW (Children's Social Worker): " + byId('term-csw').meaning],
    ['term-bottom', '“Bottom” (street term): ' + byId('term-bottom').meaning],
    ['phrase-here-to-talk', 'I am here to talk, if you need me.'],
    ['red-flag-older-partner', 'The youth has an older intimate partner.'],
  ])('%s → %s', (id, message) => {
    expect(formatEntryMessage(byId(id))).toBe(message);
  });

  it('gives every entry a non-empty, plain-text message', () => {
    for (const e of guide) {
      const message = formatEntryMessage(e);
      expect(message.length, e.id).toBeGreaterThan(10);
      expect(message, e.id).not.toMatch(/<[a-z]/i);
    }
  });

  it('puts every number of a contact in its message, TTY included', () => {
    for (const e of guide.filter((x) => x.contact?.phones)) {
      for (const p of e.contact?.phones ?? []) expect(formatEntryMessage(e), e.id).toContain(p.number);
      if (e.contact?.tty) expect(formatEntryMessage(e), e.id).toContain(`TTY ${e.contact.tty}`);
    }
  });

  it('marks every message of a line no primary source confirms, however it is built', () => {
    const unverified = guide.filter((e) => e.verified === false);
    expect(unverified.length).toBeGreaterThanOrEqual(3);
    for (const e of unverified) expect(formatEntryMessage(e), e.id).toContain('not independently verified — confirm before sharing');
    expect(formatEntryMessage(byId('resource-clcht-call'))).toBe(`${byId('resource-clcht-call').message} (${UNVERIFIED_CAVEAT})`);
  });

  it('copies the numbers to memorize with the numbers themselves, from the hotline entries', () => {
    const message = formatEntryMessage(byId('resources-numbers-to-memorize')).split('\n');
    expect(message).toEqual([
      'Numbers youth should memorize',
      '- Social worker (CSW): ________',
      '- DCFS Command Post: ________ (ask your CASA supervisor for this number)',
      '- CASA: ________',
      '- National Human Trafficking Hotline (24/7, confidential, not law enforcement): call 1-888-373-7888, TTY 711 or text 233733',
      '- love is respect — dating abuse (24/7): call 1-866-331-9474, TTY 1-866-331-8453 or text LOVEIS to 22522',
      '- RAINN (24/7): call 1-800-656-HOPE (1-800-656-4673) or chat at rainn.org',
      '- National Runaway Safeline (24/7): call 1-800-RUNAWAY (1-800-786-2929) or text 66008',
    ]);
  });

  it('copies a crisis entry as its steps, in order, then the numbers of every line it names', () => {
    const entry = byId('crisis-report-abuse');
    const message = formatEntryMessage(entry).split('\n');
    expect(message[0]).toBe(entry.title);
    expect(message.slice(1, 1 + (entry.steps?.length ?? 0))).toEqual(entry.steps?.map((s, i) => `${i + 1}. ${s}`));
    expect(message).toContain(
      '- LA County DCFS Child Protection Hotline (24/7): call 1-800-540-4000 (in California) or 213-639-4500 (outside California) or TTY 1-800-272-6699',
    );
    expect(message.at(-1)).toBe('- Emergency (police, fire, ambulance): call 911');
    for (const e of guide.filter((x) => x.kind === 'crisis')) {
      for (const line of e.lines ?? []) expect(formatEntryMessage(e), e.id).toContain(formatLine(line));
    }
  });
});

describe('links and labels', () => {
  it.each([
    ['1-888-373-7888', 'tel:+18883737888'],
    ['323-379-4232', 'tel:+13233794232'],
    ['988', 'tel:988'],
    ['711', 'tel:711'],
  ])('tel link for %s', (number, href) => expect(telHref(number)).toBe(href));

  it('puts the keyword in the sms body', () => {
    expect(smsHref({ number: '22522', keyword: 'LOVEIS' })).toBe('sms:22522?body=LOVEIS');
    expect(smsHref({ number: '233733' })).toBe('sms:233733');
  });

  it('shows the number as the key text of a contact, and a crisis entry’s numbers before its first step', () => {
    expect(formatKeyText(byId('hotline-human-trafficking'))).toBe('Call 1-888-373-7888 or text 233733');
    expect(formatKeyText(byId('crisis-danger-now'))).toMatch(/^911 — Call 911\./);
    // The suicide steps start with 911 for a youth about to act; the row still shows 988 first.
    expect(formatKeyText(byId('crisis-suicide'))).toMatch(/^988 · 911 — /);
    expect(formatKeyText(byId('crisis-missing'))).toMatch(/^911 · 1-800-540-4000 — /);
  });

  it('cites the handout section, or the checked source and date', () => {
    expect(formatSource(byId('red-flag-excess-cash'))).toMatch(/CASA of Los Angeles, section “Red flags”/);
    expect(formatSource(byId('hotline-rainn'))).toBe('rainn.org/get-help/national-sexual-assault-hotline, checked 2026-11-29');
    expect(formatSource(byId('fact-csec-definition'))).toContain('citing National Human Trafficking Hotline');
    expect(formatSource(byId('hotline-la-dcfs-child-protection'))).toBe(
      'policy.dcfs.lacounty.gov (policy 0050-502.10), checked 2026-11-29',
    );
  });

  it('names every page a crisis entry or a term rests on, and the file in the repository that lists them', () => {
    const suicide = byId('crisis-suicide');
    expect(formatSource(suicide)).toMatch(
      /^988lifeline\.org\/get-help\/what-to-expect and \d+ more pages, with the CASA handout, checked 2026-11-30; all listed in docs\/sources\/crisis-and-reporting\.md$/,
    );
    expect(sourceUrls(suicide)).toContain('https://www.foxla.com/news/nationwide-988-suicide-and-crisis-lifeline-now-available-in-spanish');
    expect(formatSource(byId('term-quota'))).toContain('docs/sources/glossary.md');
    expect(sourceUrls(byId('red-flag-excess-cash'))).toEqual([]);
  });

  it('names a part whose heading the handout’s text lost as ours, never quoted as the handout’s (helper-65)', () => {
    expect(formatSource(byId('harm-reduction-top-3-people'))).toBe(
      'CSEC & CASA Advocacy training handout, CASA of Los Angeles, the part we call “Harm reduction” (the handout’s text has no heading there)',
    );
    expect(formatSource(byId('fact-foster-care-greater-risk'))).toContain(
      'section “What we know: children involved in foster care have a greater chance of becoming victims”',
    );
  });

  it('names both files when an entry’s pages are listed in two (helper-65: the Hotline’s second page)', () => {
    expect(formatSource(byId('hotline-human-trafficking'))).toBe(
      'humantraffickinghotline.org/about-us/what-we-do and 1 more page, checked 2026-11-29; ' +
        'listed in docs/sources/contacts.md and docs/sources/crisis-and-reporting.md',
    );
  });

  it('says when a line is not verified, or not from the handout', () => {
    expect(formatProvenanceNote(byId('resource-saving-innocence'))).toBe('From CASA training material, not independently verified.');
    expect(formatProvenanceNote(byId('hotline-988'))).toMatch(/not in the CASA handout/);
    expect(formatProvenanceNote(byId('hotline-human-trafficking'))).toBeUndefined();
    expect(formatProvenanceNote(byId('crisis-missing'))).toMatch(/checked public sources, with parts of the CASA handout/);
  });
});

describe('numberRuns: a wrapped row never breaks a number at its hyphens', () => {
  it('cuts a hotline’s key text into words and whole numbers', () => {
    expect(numberRuns('Call 1-800-656-4673 or text 233733.')).toEqual([
      { text: 'Call ', number: false },
      { text: '1-800-656-4673', number: true },
      { text: ' or text ', number: false },
      { text: '233733', number: true },
      { text: '.', number: false },
    ]);
  });

  it('leaves text without numbers, and a lone digit, as one run', () => {
    expect(numberRuns('Chat online')).toEqual([{ text: 'Chat online', number: false }]);
    expect(numberRuns('Step 1 first')).toEqual([{ text: 'Step 1 first', number: false }]);
    expect(numberRuns('')).toEqual([]);
  });

  it('keeps a vanity number whole, letters and all', () => {
    expect(numberRuns('Call 1-800-656-HOPE (1-800-656-4673)').filter((r) => r.number)).toEqual([
      { text: '1-800-656-HOPE', number: true },
      { text: '1-800-656-4673', number: true },
    ]);
  });
});
