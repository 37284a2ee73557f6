import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PLAN_SECTIONS } from '@/utils/plans/form';
import type { Row } from '@/utils/plans/model';
import { openNewPlanIn } from './open-new-plan';

const openNewPlan = () => openNewPlanIn('+ New safety plan');

const toggle = (title: string) => screen.getByRole('button', { name: new RegExp(`^\\d+\\. ${title}`) });
const saved = () => waitFor(() => expect(document.querySelector('.save-status')?.textContent).toBe('Saved'));

afterEach(cleanup);

describe('item 7: a plan editor you can find your way in', () => {
  it('item 7: sections start closed, one line each with a fill status; the first is open', async () => {
    const { user } = await openNewPlan();
    const states = PLAN_SECTIONS.map((s) => toggle(s.title).getAttribute('aria-expanded'));
    expect(states).toEqual(['true', ...PLAN_SECTIONS.slice(1).map(() => 'false')]);
    expect(toggle('About this plan').textContent).toMatch(/0 of 5 filled$/);
    await user.type(screen.getByLabelText('Youth’s nickname or initials'), 'JD');
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    expect(toggle('About this plan').textContent).toMatch(/2 of 5 filled$/);
    await user.click(toggle('About this plan'));
    expect(toggle('About this plan').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByLabelText('Youth’s nickname or initials')?.closest('[hidden]')).toBeTruthy();
  });

  it('item 7: the section index jumps to a closed section, opens it, and puts the focus on its heading', async () => {
    const { user } = await openNewPlan();
    await user.click(screen.getByRole('button', { name: 'Sections', expanded: false }));
    const index = screen.getByRole('list', { name: 'Jump to a section' });
    expect(within(index).getAllByRole('button')).toHaveLength(PLAN_SECTIONS.length);
    await user.click(within(index).getByRole('button', { name: /^13\. Case team 0 of 2 filled$/ }));
    expect(toggle('Case team').getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(toggle('Case team')));
    expect(screen.getByRole('button', { name: 'Sections' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByLabelText('MDT meetings: dates and notes')).toBeTruthy();
  });

  it('Alt+S from a field, then Escape: the caret is back in that field, not on “Sections” (helper-60)', async () => {
    const { user } = await openNewPlan();
    const nickname = screen.getByLabelText('Youth’s nickname or initials');
    nickname.focus();
    await user.keyboard('{Alt>}s{/Alt}');
    const index = screen.getByRole('list', { name: 'Jump to a section' });
    await waitFor(() => expect(index.contains(document.activeElement)).toBe(true));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(nickname);
    expect(screen.getByRole('button', { name: 'Sections' }).getAttribute('aria-expanded')).toBe('false');
    // Opened from its own button, Escape still goes back to the button.
    await user.click(screen.getByRole('button', { name: 'Sections', expanded: false }));
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Sections' }));
  });

  it('“Removed … Undo” is said in a status that was there before the row was removed (helper-60 F12)', async () => {
    const { user } = await openNewPlan();
    await user.click(toggle('My top 3 people'));
    await user.click(screen.getByRole('button', { name: '+ Add a person' }));
    const group = screen.getAllByRole('group', { name: /^Trusted people, row/ })[0]!;
    await user.type(within(group).getByLabelText('Name'), 'Aunt Rosa');
    await saved();
    const fieldset = group.closest('fieldset')!;
    const status = fieldset.querySelector('.undo[aria-live=polite]');
    expect(status?.textContent).toBe('');
    await user.click(within(group).getByRole('button', { name: 'Remove row 1 of Trusted people' }));
    expect(fieldset.querySelector('.undo[role=status][aria-live=polite]')).toBe(status);
    expect(status?.textContent).toBe('Removed “Aunt Rosa”. Undo');
  });

  it('item 7: “Open all sections” opens every section, and then closes them all', async () => {
    const { user } = await openNewPlan();
    await user.click(screen.getByRole('button', { name: 'Open all sections' }));
    expect(PLAN_SECTIONS.every((s) => toggle(s.title).getAttribute('aria-expanded') === 'true')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Close all sections' }));
    expect(PLAN_SECTIONS.every((s) => toggle(s.title).getAttribute('aria-expanded') === 'false')).toBe(true);
  });

  it('item 7: one compact “Tips” per section that has advice, with one source line each (not one per tip)', async () => {
    await openNewPlan();
    const withAdvice = PLAN_SECTIONS.filter((s) => s.advice.length || s.practice);
    const tips = [...document.querySelectorAll('details.tips')];
    expect(tips).toHaveLength(withAdvice.length);
    expect(tips.every((t) => !(t as HTMLDetailsElement).open && t.querySelector('summary')?.textContent === 'Tips')).toBe(true);
    expect(tips.every((t) => t.querySelectorAll('.source').length <= 1)).toBe(true);
    // Before: a source line under every tip, twenty of them.
    expect(document.querySelectorAll('.source').length).toBeLessThanOrEqual(withAdvice.length + 1);
    const warning = tips[PLAN_SECTIONS.filter((s) => s.advice.length || s.practice).findIndex((s) => s.id === 'warning-signs')]!;
    expect(warning.querySelectorAll('li')).toHaveLength(3);
    expect(warning.querySelector('.source')?.textContent).toMatch(
      /^Source: CSEC & CASA Advocacy training handout, CASA of Los Angeles, sections “[^”]+”, “[^”]+” and “[^”]+”$/,
    );
  });

  it('item 7: Remove takes a filled row away at once, and Undo puts it back where it was', async () => {
    const { user, repository } = await openNewPlan();
    await user.click(toggle('My top 3 people'));
    await user.click(screen.getByRole('button', { name: '+ Add a person' }));
    await user.click(screen.getByRole('button', { name: '+ Add a person' }));
    const [first, second] = screen.getAllByRole('group', { name: /^Trusted people, row/ });
    await user.type(within(first!).getByLabelText('Name'), 'Aunt Rosa');
    await user.type(within(first!).getByLabelText('How to reach them'), '(213) 555-0100');
    await user.type(within(second!).getByLabelText('Name'), 'Coach Lee');
    await saved();
    await user.click(within(first!).getByRole('button', { name: 'Remove row 1 of Trusted people' }));
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo.closest('[role=status]')?.textContent).toBe('Removed “Aunt Rosa”. Undo');
    expect(document.activeElement).toBe(undo);
    await saved();
    const id = (await repository.list())[0]!.id;
    expect(((await repository.get(id))!.data.people as Row[]).map((r) => r.name)).toEqual(['Coach Lee']);
    await user.click(undo);
    await saved();
    expect(((await repository.get(id))!.data.people as Row[]).map((r) => [r.name, r.contact])).toEqual([
      ['Aunt Rosa', '(213) 555-0100'],
      ['Coach Lee', ''],
    ]);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(document.activeElement).toBe(within(screen.getAllByRole('group', { name: /^Trusted people, row/ })[0]!).getByLabelText('Name'));
  });
});

describe('a section shows what its lists already hold (helper-81)', () => {
  it('“Numbers to memorize” shows “N listed” under its heading, read once: as the heading’s description', async () => {
    await openNewPlan();
    const numbers = toggle('Numbers to memorize');
    const listed = numbers.closest('section')!.querySelector('.section-listed')!;
    expect(listed.textContent).toMatch(/^\d+ listed$/);
    expect(listed.closest('h3')).toBeNull();
    expect(listed.getAttribute('aria-hidden')).toBe('true');
    expect(numbers.getAttribute('aria-describedby')).toBe(listed.id);
    expect(screen.getByRole('button', { name: /^\d+\. Numbers to memorize 0 of 1 filled$/, expanded: false })).toBe(numbers);
  });
});

describe('a section heading says what its lists already hold (helper-60)', () => {
  it('“Numbers to memorize” is described as “N listed” with its heading, and the Sections index shows it', async () => {
    const { user } = await openNewPlan();
    const numbers = toggle('Numbers to memorize');
    const described = document.getElementById(numbers.getAttribute('aria-describedby') ?? '')?.textContent;
    expect(described).toMatch(/^\d+ listed$/);
    expect(Number(described?.split(' ')[0])).toBeGreaterThanOrEqual(4);
    await user.click(screen.getByRole('button', { name: 'Sections', expanded: false }));
    const index = screen.getByRole('list', { name: 'Jump to a section' });
    expect(within(index).getByRole('button', { name: /^\d+\. Numbers to memorize 0 of 1 filled · \d+ listed$/ })).toBeTruthy();
  });
});
