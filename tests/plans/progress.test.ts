import { describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { PLAN_SECTIONS } from '@/utils/plans/form';
import { createPlan, type Row } from '@/utils/plans/model';
import { isFieldFilled, sectionProgress } from '@/utils/plans/progress';
import { formatSources } from '@/utils/plans/tips';

const section = (id: string) => PLAN_SECTIONS.find((s) => s.id === id)!;
const field = (id: string) => PLAN_SECTIONS.flatMap((s) => s.fields).find((f) => f.id === id)!;

describe('item 7: a section’s fill status', () => {
  it('item 7: a new plan is empty everywhere: the numbers and services it starts with do not count', () => {
    const plan = createPlan(0, 'p');
    expect(PLAN_SECTIONS.map((s) => sectionProgress(s, plan).filled)).toEqual(PLAN_SECTIONS.map(() => 0));
    expect(sectionProgress(section('about'), plan)).toEqual({ filled: 0, total: 5 });
  });

  it.each([
    ['a line', 'nickname', 'J.D.'],
    ['a choice', 'youthAgreed', 'Yes'],
    ['a checklist item', 'goBag', { ID: true }],
    ['a person', 'people', [{ id: 'r', name: 'Aunt Rosa', relationship: '', contact: '' }]],
  ])('item 7: %s counts once filled in', (_what, id, value) => {
    const plan = createPlan(0, 'p');
    expect(isFieldFilled(field(id), plan)).toBe(false);
    expect(isFieldFilled(field(id), { data: { ...plan.data, [id]: value } })).toBe(true);
  });

  it('item 7: a starting number counts once the advocate fills its blank; a starting service once its status changes', () => {
    const plan = createPlan(0, 'p');
    const numbers = (plan.data.numbers as Row[]).map((r) => (r.number ? r : { ...r, number: '555-0100' }));
    expect(isFieldFilled(field('numbers'), { data: { numbers } })).toBe(true);
    const services = plan.data.services as Row[];
    expect(isFieldFilled(field('services'), { data: { services: [{ ...services[0]!, status: 'Requested' }] } })).toBe(true);
    expect(isFieldFilled(field('services'), { data: { services: [{ id: 'x', service: '', status: 'Not started', notes: '' }] } })).toBe(
      false,
    );
  });

  it('item 7: whitespace is not content', () => {
    expect(isFieldFilled(field('coping'), { data: { coping: '  \n ' } })).toBe(false);
  });
});

describe('item 7: one source line for a section’s tips', () => {
  const entries = (...ids: string[]) => ids.map((id) => guide.find((e) => e.id === id)!);

  it('item 7: names the handout once, with every section the tips come from', () => {
    const line = formatSources(entries('red-flag-older-partner', 'recruitment-internet', 'tactic-intimate-partner'));
    expect(line.match(/training handout/g)).toHaveLength(1);
    expect(line).toMatch(/, sections “[^”]+”(, “[^”]+”)* and “[^”]+”$/);
  });

  it('item 7: one tip, one section; nothing said twice', () => {
    const one = formatSources(entries('harm-reduction-top-3-people'));
    expect(one).toMatch(/, section “[^”]+”$/);
    expect(formatSources(entries('harm-reduction-top-3-people', 'harm-reduction-top-3-people'))).toBe(one);
  });
});

describe('a section’s fill status says what its lists already hold (helper-60)', () => {
  it('the numbers and services a new plan starts with are “listed”, so “0 of 1” never sounds empty; filled in, the count goes', () => {
    const plan = createPlan(0, 'p');
    const numbers = plan.data.numbers as Row[];
    expect(sectionProgress(section('numbers'), plan)).toEqual({ filled: 0, total: 1, listed: numbers.length });
    expect(sectionProgress(section('services'), plan).listed).toBe((plan.data.services as Row[]).length);
    const filledIn = numbers.map((r) => (r.number ? r : { ...r, number: '555-0100' }));
    expect(sectionProgress(section('numbers'), { data: { ...plan.data, numbers: filledIn } })).toEqual({ filled: 1, total: 1 });
  });
});
