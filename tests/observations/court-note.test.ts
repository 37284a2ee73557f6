import { describe, expect, it } from 'vitest';
import { composeCourtNote, wordsToReconsider } from '@/utils/observations/court-note';
import { labellingWords, labelsOfYouth } from '@/utils/observations/labelling-words';
import { TOLD_ROLES } from '@/utils/plans/observation-model';
import { observation, redFlagEntries, wording } from './fixtures';

const CASH = 'red-flag-excess-cash';
const INJURIES = 'red-flag-injuries';
const confirmed = { data: { csecStatus: 'Confirmed' } };
const notConfirmed = { data: { csecStatus: 'Not confirmed' } };

describe('the court-report note: short, dated, factual', () => {
  it.each([
    [
      'what was seen, in the advocate’s words, dated',
      { seen: 'J. had two new phones.\nShe said a friend gave them.' },
      'On March 3, 2026, the CASA observed: J. had two new phones. She said a friend gave them.',
    ],
    [
      'flags alone, in the guide’s neutral words',
      { flags: { [CASH]: true, [INJURIES]: true } },
      'On March 3, 2026, the CASA observed a large amount of cash and injuries or signs of physical harm.',
    ],
    [
      'flags whose own words hold commas, parted by semicolons so none reads as several',
      { flags: { [CASH]: true, 'red-flag-fearful-demeanor': true, 'red-flag-older-partner': true } },
      'On March 3, 2026, the CASA observed a large amount of cash; a relationship with an older intimate partner; and fear, anxiety, low mood, submissiveness, tension or nervousness.',
    ],
    [
      'words and flags together',
      { seen: 'Showed me a roll of bills', flags: { [CASH]: true } },
      'On March 3, 2026, the CASA observed: Showed me a roll of bills. This included a large amount of cash.',
    ],
    [
      'a flag that reads as what was seen, not as a person seen',
      { seen: 'Talked about her boyfriend', flags: { 'red-flag-older-partner': true } },
      'On March 3, 2026, the CASA observed: Talked about her boyfriend. This included a relationship with an older intimate partner.',
    ],
    [
      'a later write-up, who was told and when, the referral number, the follow-up',
      {
        writtenOn: '2026-03-05',
        seen: 'Bruise on the left arm.',
        told: [
          { id: 'a', role: 'CSW', name: 'M. Lee', on: '2026-03-04', reference: '' },
          { id: 'b', role: 'DCFS hotline', name: '', on: '2026-03-04', reference: '2026-0401-77' },
          { id: 'c', role: 'CASA supervisor', name: '', on: '', reference: '' },
        ],
        followUp: 'CSW to visit the placement this week',
      },
      'On March 3, 2026 (recorded March 5, 2026), the CASA observed: Bruise on the left arm. The CASA informed the CSW (M. Lee) on March 4, 2026, the DCFS hotline on March 4, 2026 (referral number 2026-0401-77) and the CASA supervisor. Follow-up: CSW to visit the placement this week.',
    ],
    ['nothing but a date', {}, 'On March 3, 2026, the CASA made an observation; no details were recorded.'],
    [
      'no date observed',
      { observedOn: '', seen: 'Quiet at the visit.' },
      'On a date not recorded (recorded March 3, 2026), the CASA observed: Quiet at the visit.',
    ],
  ])('%s', (_what, data, expected) => {
    expect(composeCourtNote([observation(data)], wording)).toBe(expected);
  });

  it.each([
    [
      'words reported by someone else: theirs, not what the CASA observed',
      { seen: 'She came home at 3 a.m. with a new phone', reportedBy: 'The caregiver', flags: { [CASH]: true } },
      'On March 3, 2026, The caregiver reported to the CASA: She came home at 3 a.m. with a new phone. The report included a large amount of cash.',
    ],
    [
      'flags alone, reported by someone else',
      { reportedBy: 'her teacher', flags: { [INJURIES]: true } },
      'On March 3, 2026, her teacher reported to the CASA injuries or signs of physical harm.',
    ],
    [
      'a blank “reported by” changes nothing',
      { seen: 'Quiet at the visit', reportedBy: '  ' },
      'On March 3, 2026, the CASA observed: Quiet at the visit.',
    ],
  ])('a second-hand report (helper-69): %s', (_what, data, expected) => {
    expect(composeCourtNote([observation(data)], wording)).toBe(expected);
    expect(composeCourtNote([observation(data)], wording)).not.toMatch(data.reportedBy?.trim() ? /the CASA observed/ : /reported/);
  });

  it('puts several observations in date order in one paragraph, whatever order they were chosen in', () => {
    const later = observation({ observedOn: '2026-04-10', writtenOn: '2026-04-10', seen: 'Second.' });
    const earlier = observation({ observedOn: '2026-02-01', writtenOn: '2026-02-01', seen: 'First.' });
    expect(composeCourtNote([later, earlier], wording)).toBe(
      'On February 1, 2026, the CASA observed: First. On April 10, 2026, the CASA observed: Second.',
    );
  });

  it('drops invisible direction overrides, so the sentences after a pasted name are not shown reversed in the case file', () => {
    const note = composeCourtNote(
      [
        observation({
          seen: 'Quiet\u202e at the visit',
          told: [{ id: 'a', role: 'CSW', name: 'M.\u2067 Lee\u2069', on: '', reference: '\u202d77' }],
          followUp: 'Call\u202a back',
        }),
      ],
      wording,
    );
    expect(note).toBe(
      'On March 3, 2026, the CASA observed: Quiet at the visit. The CASA informed the CSW (M. Lee) (referral number 77). Follow-up: Call back.',
    );
  });

  it('adds no full stop after an emoji that ends what was seen (helper-81: “cousin 👀.”)', () => {
    expect(composeCourtNote([observation({ seen: 'Said he was her cousin 👀' })], wording)).toBe(
      'On March 3, 2026, the CASA observed: Said he was her cousin 👀',
    );
    expect(composeCourtNote([observation({ seen: 'Smiled at the visit ❤️' })], wording)).toBe(
      'On March 3, 2026, the CASA observed: Smiled at the visit ❤️',
    );
    expect(composeCourtNote([observation({ seen: 'Said he was her cousin' })], wording)).toBe(
      'On March 3, 2026, the CASA observed: Said he was her cousin.',
    );
  });

  it('keeps very long text whole', () => {
    const long = `${'Word '.repeat(4000)}end`;
    expect(composeCourtNote([observation({ seen: long })], wording)).toContain(`${long}.`);
  });

  it('never labels the youth: every flag and every role together give no labelling word', () => {
    const all = observation({
      flags: Object.fromEntries(redFlagEntries.map((e) => [e.id, true])),
      told: TOLD_ROLES.map((role, i) => ({ id: String(i), role, name: '', on: '2026-03-04', reference: '' })),
    });
    const note = composeCourtNote([all], wording);
    expect(note).toContain('loyalty to, or positive feelings toward, a person of concern');
    expect(labellingWords(note)).toEqual([]);
    // The titles the checklist shows would have labelled (“…the trafficker”, “…a victim”).
    expect(labellingWords(redFlagEntries.map((e) => e.title).join(' '))).toEqual(['trafficker', 'victim']);
  });
});

describe('the warning before a note leaves the panel (the handout’s note on confidentiality)', () => {
  it.each([
    ['CSEC', 'Possible CSEC involvement.', ['CSEC']],
    ['trafficked', 'I think she is being trafficked.', ['trafficked']],
    ['exploited', 'Exploited by an older man?', ['Exploited']],
    ['victim', 'A victim of her boyfriend.', ['victim']],
    ['other forms', 'Signs of trafficking and exploitation; victims.', ['trafficking', 'exploitation', 'victims']],
    ['each word once', 'csec, CSEC, Csec', ['csec']],
    ['C.S.E.C. with points', 'Possible C.S.E.C. case.', ['C.S.E.C']],
    ['pimp', 'Her pimp drove her; she says he pimped her out.', ['pimp', 'pimped']],
    ['prostituted, sold for sex', 'She was prostituted, sold for sex at a motel.', ['prostituted', 'sold for sex']],
    ['sex work', 'Talked about sex work.', ['sex work']],
  ])('warns about “%s” while CSEC status is not confirmed', (_word, seen, words) => {
    const note = composeCourtNote([observation({ seen })], wording);
    expect(wordsToReconsider(note, notConfirmed)).toEqual(words);
    expect(wordsToReconsider(note, { data: {} })).toEqual(words);
  });

  it('does not warn once the plan records that DCFS or the court confirmed it', () => {
    const note = composeCourtNote([observation({ seen: 'The CSEC unit is assigned; she was trafficked.' })], wording);
    expect(wordsToReconsider(note, confirmed)).toEqual([]);
  });

  it.each([
    'traffic on the freeway made the visit late',
    'She exploded with anger',
    'victorious at the game',
    'a secure placement',
    'a pimple on her chin',
    'Sexton Street, social work appointment',
  ])('does not warn about ordinary words: “%s”', (seen) => {
    expect(wordsToReconsider(composeCourtNote([observation({ seen })], wording), notConfirmed)).toEqual([]);
  });
});

describe('words that share CSEC status or label the youth, however they are typed (helper-44)', () => {
  it.each([
    ['She says she was trafficed.', 'trafficed'],
    ['He was traffiked last year.', 'traffiked'],
    ['Staff called her a hooker.', 'hooker'],
    ['He called her a whore.', 'whore'],
    ['She said the others call her a ho.', 'ho'],
    ['Her profile is on escort sites.', 'escort sites'],
    ['Referred as a CSE youth.', 'CSE'],
    ['She was t r a f f i c k e d.', 'trafficked'],
    ['She was traf\u200bficked.', 'trafficked'],
    ['She was ｔｒａｆｆｉｃｋｅｄ.', 'trafficked'],
  ])('“%s” → %s', (text, word) => {
    expect(labellingWords(text)).toEqual([word]);
  });

  it.each([
    'Stuck in traffic, I was late to the visit.',
    'Staff escorted her to court.',
    'We talked about school and basketball.',
    'Her foster mom drove her home.',
  ])('“%s” says none of them', (text) => {
    expect(labellingWords(text)).toEqual([]);
  });

  it('labels of the youth are known apart from status words', () => {
    expect(labelsOfYouth('The report says trafficked; staff called her a hooker and a prostitute.')).toEqual(['hooker', 'prostitute']);
    expect(labelsOfYouth('She was trafficked.')).toEqual([]);
  });
});

describe('the check, attacked (helper-45)', () => {
  it.each([
    ['Referred as a C S E C youth.', 'CSEC'],
    ['She was t.r.a.f.f.i.c.k.e.d.', 'trafficked'],
    ['She was trafficced.', 'trafficced'],
    ['She was tr\u0430fficked.', 'trafficked'],
    ['She was tràfficked.', 'trafficked'],
    ['They called her a h00ker.', 'hooker'],
    ['She is a vict1m.', 'victim'],
    ['Her photos were on Backpage.', 'Backpage'],
    ['She said she is selling herself.', 'selling herself'],
    ['Staff think she is in the life.', 'in the life'],
  ])('“%s” → %s', (text, word) => {
    expect(labellingWords(text)).toEqual([word]);
  });

  it.each([
    'Met Dr. Ho, her pediatrician.',
    'Thao Ho drove her to school.',
    'Mr. Hooker is her math teacher.',
    'ho hum visit, ho ho ho at the party',
    'She is taking CSE 142 at the college.',
    'The most important adult in the life of this youth is her aunt.',
  ])('“%s” says none of them', (text) => {
    expect(labellingWords(text)).toEqual([]);
    expect(labelsOfYouth(text)).toEqual([]);
  });
});

describe('the plural is caught too (helper-69)', () => {
  it('“CSECs” is asked about before the note leaves', () => {
    expect(labellingWords('The group home has two other CSECs.')).toEqual(['CSECs']);
  });
});
