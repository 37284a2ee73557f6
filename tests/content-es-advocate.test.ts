import { describe, expect, it } from 'vitest';
import { guide, type GuideEntry } from '@/content';
import { ADVOCATE_ES } from '@/content/es/advocate-guidance';

/**
 * Meta-test of the advocate's guidance in Spanish (content/es/advocate-guidance.ts): each text is a
 * translation of its English entry, never new guidance, so it keeps every number and adds no link.
 */

/** The 56 advocate-facing entries the handout's guidance has: all of them are translated. */
const ADVOCATE_IDS = [
  'recruitment-seduction',
  'recruitment-force',
  'recruitment-gang',
  'recruitment-peers',
  'recruitment-survival-sex',
  'recruitment-false-advertising',
  'recruitment-internet',
  'recruitment-family',
  'tactic-illusion-of-family',
  'tactic-intimate-partner',
  'tactic-role-model',
  'tactic-indulgences',
  'tactic-drugs',
  'info-case-parties',
  'info-mdt',
  'info-supervisor-resources',
  'approach-empowerment',
  'approach-safety-first',
  'approach-support-healing',
  'advocacy-validate-feelings',
  'advocacy-advocate-for-resources',
  'advocacy-consistent-support',
  'service-saving-innocence-worker',
  'service-career-exploration',
  'service-safety-plan',
  'service-intensive-therapy',
  'service-secondary-social-worker',
  'service-restoration-funds',
  'harm-reduction-not-ready',
  'harm-reduction-reduce-harm',
  'harm-reduction-top-3-people',
  'involved-stay-in-contact',
  'involved-continuing-education',
  'involved-share-and-support',
  'involved-short-term-advocacy',
  'remember-trusting-relationship',
  'remember-therapeutic-modalities',
  'remember-active-support',
  'avoid-picking-up-youth',
  'avoid-contacting-trafficker',
  'self-care-supervisor',
  'self-care-step-back',
  'self-care-community',
  'fact-csec-definition',
  'fact-csec-forms',
  'fact-term-trafficker',
  'fact-foster-care-greater-risk',
  'fact-fbi-foster-care-2013',
  'fact-missing-2017',
  'fact-at-risk-300000',
  'fact-every-state',
  'fact-targeted-tricked-traumatized',
  'myth-buyers-punished',
  'myth-help-available',
  'myth-easy-to-recognize',
  'law-ab1227',
] as const;

const ADVOCATE_KINDS = new Set(['action', 'avoid', 'myth', 'fact', 'law', 'self-care', 'recruitment', 'tactic']);

const english = (id: string) => guide.find((e) => e.id === id) as GuideEntry;
const digits = (text: string) => (text.match(/\d+/g) ?? []).sort();
const LINKS = [/http/i, /www\./i, /@/];
const BANNED = /prostituta|prostituido|niña prostituta/i;

const translated = Object.entries(ADVOCATE_ES);

describe('the advocate guidance in Spanish', () => {
  it('translates exactly the 56 advocate entries', () => {
    expect(ADVOCATE_IDS).toHaveLength(56);
    expect(new Set(ADVOCATE_IDS).size).toBe(56);
    expect(Object.keys(ADVOCATE_ES)).toHaveLength(56);
    for (const id of ADVOCATE_IDS) expect(ADVOCATE_ES[id], `${id} is not translated`).toBeDefined();
  });

  it.each(translated)('%s translates an advocate entry of the guide', (id, es) => {
    const en = english(id);
    expect(en, `${id} is no guide entry`).toBeDefined();
    expect(ADVOCATE_KINDS.has(en.kind), `${id} is a ${en.kind}`).toBe(true);
    expect(es.title.trim()).not.toBe('');
    expect(es.body.trim()).not.toBe('');
    expect(es.title).not.toBe(en.title);
    expect(es.body).not.toBe(en.body);
    expect(Object.keys(es).sort(), 'title and body only').toEqual(['body', 'title']);
  });

  it.each(translated)('%s keeps every number of the English, and adds none', (id, es) => {
    const en = english(id);
    expect(digits(`${es.title} ${es.body}`)).toEqual(digits(`${en.title} ${en.body}`));
  });

  it.each(translated)('%s adds no link, web address or email', (id, es) => {
    const en = english(id);
    const spanish = `${es.title} ${es.body}`;
    const englishText = `${en.title} ${en.body}`;
    for (const link of LINKS) if (!link.test(englishText)) expect(spanish, String(link)).not.toMatch(link);
  });

  it('never uses a labelling word', () => {
    for (const [id, es] of translated) expect(`${es.title} ${es.body}`, id).not.toMatch(BANNED);
  });

  it('reads each entry in Spanish in the guide, never searched as an English text', () => {
    for (const id of ADVOCATE_IDS) expect(english(id).es, id).toMatchObject({ ...ADVOCATE_ES[id], indexed: false });
  });
});
