import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlansScreen } from '@/components/plans/PlansScreen';
import { RevisionList } from '@/components/plans/RevisionList';
import { guide } from '@/content';
import { MAX_BACKUP_BYTES } from '@/utils/plans/backup';
import { createPlanClient } from '@/utils/plans/client';
import { PlanStorageError } from '@/utils/plans/errors';
import { insertOrCopy } from '@/utils/page-insertion';
import { PLAN_SECTIONS } from '@/utils/plans/form';
import type { Revision } from '@/utils/plans/repository';
import { createPlanService } from '@/utils/plans/service';
import { createPortPair } from '../fake-port';
import { backupText, planRecord } from '../e2e/backup-file';
import { freshRepository, servePlans } from './helpers';
import { renderPlansScreen } from './render-plans';

const NOW = Date.UTC(2026, 10, 29, 12);

function setup(extra: Partial<Parameters<typeof PlansScreen>[0]> = {}) {
  const { repository } = freshRepository();
  const service = createPlanService(repository, { now: () => NOW });
  const client = createPlanClient(() => {
    const pair = createPortPair('plans');
    service.connect(pair.background);
    return pair.page;
  }, 'panel');
  const copyText = vi.fn(async (_t: string) => {});
  const download = vi.fn();
  const openPrint = vi.fn();
  render(
    <PlansScreen
      client={client}
      entry={(id) => guide.find((e) => e.id === id)}
      copyText={copyText}
      download={download}
      openPrint={openPrint}
      now={() => NOW}
      {...extra}
    />,
  );
  return { repository, copyText, download, openPrint, user: userEvent.setup() };
}

async function newPlan(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: '+ New safety plan' }));
  await screen.findByRole('heading', { level: 2 });
}

/** A new plan with `nickname`, saved, and the list back on screen. */
async function planInList(user: ReturnType<typeof userEvent.setup>, nickname: string) {
  await newPlan(user);
  await user.type(screen.getByLabelText('Youth’s nickname or initials'), nickname);
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  await user.click(screen.getByRole('button', { name: '← All plans' }));
}

/** Opens a section of the editor (sections start closed, but the first). */
async function openSection(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(screen.getByRole('button', { name: new RegExp(`^\\d+\\. ${title}`), expanded: false }));
}

afterEach(cleanup);

describe('safety plans in the side panel', () => {
  it('says so when the browser will not store plans (a private window), instead of pretending', async () => {
    const refusing = {
      clientId: 'x',
      call: () => Promise.reject(new PlanStorageError('unavailable')),
      onEvent: () => () => {},
      onReconnect: () => () => {},
      close: () => {},
    };
    render(<PlansScreen client={refusing} entry={() => undefined} copyText={async () => {}} download={() => {}} openPrint={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot be saved here.*private window.*Nothing is being saved/);
  });

  it('starts empty and says plans stay on this device', async () => {
    setup();
    expect(await screen.findByText('No safety plans yet. Plans are kept only on this device.')).toBeTruthy();
  });

  it('creates a plan whose editor has every section, labelled, with the guide’s advice', async () => {
    const { user } = setup();
    await newPlan(user);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.slice(0, PLAN_SECTIONS.length)).toEqual(
      PLAN_SECTIONS.map((s, i) => `${i + 1}. ${s.title} 0 of ${s.fields.length} filled`),
    );
    expect(screen.getByLabelText('Youth’s nickname or initials')).toBeTruthy();
    expect(screen.getByText('Never a full name.')).toBeTruthy();
    expect(screen.getAllByText(/Do not share CSEC status with the court/).length).toBeGreaterThan(0);
    expect(screen.getByText('Saved')).toBeTruthy();
  });

  it('starts “Numbers to memorize” with the national lines and blanks for the advocate', async () => {
    const { user } = setup();
    await newPlan(user);
    await openSection(user, 'Numbers to memorize');
    const numbers = screen.getByRole('group', { name: 'Numbers' });
    const values = within(numbers)
      .getAllByRole('textbox')
      .map((i) => (i as HTMLInputElement).value);
    expect(values).toEqual(expect.arrayContaining(['National Human Trafficking Hotline', '1-888-373-7888', 'DCFS Command Post', 'CASA']));
  });

  it('autosaves every edit — “Saving…” then “Saved” — and the list shows the nickname', async () => {
    const { user, repository } = setup();
    await newPlan(user);
    await user.type(screen.getByLabelText('Youth’s nickname or initials'), 'JD');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    const [summary] = await repository.list();
    expect(summary?.nickname).toBe('JD');
    await user.click(screen.getByRole('button', { name: '← All plans' }));
    expect(await screen.findByText('JD')).toBeTruthy();
  });

  it('adds rows up to the limit: a fourth person at most', async () => {
    const { user } = setup();
    await newPlan(user);
    await openSection(user, 'My top 3 people');
    const add = screen.getByRole('button', { name: '+ Add a person' });
    for (let i = 0; i < 4; i++) await user.click(add);
    expect((add as HTMLButtonElement).disabled).toBe(true);
    const rows = screen.getAllByRole('group', { name: /Trusted people, row/ });
    expect(rows).toHaveLength(4);
    await user.type(within(rows[0]!).getByLabelText('Name'), 'Aunt Rosa');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  });

  it('refuses a huge paste with a clear message and keeps the text as it was', async () => {
    const { user, repository } = setup();
    await newPlan(user);
    await openSection(user, 'Code word or signal');
    const field = screen.getByLabelText('Code word or signal') as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'x'.repeat(5000) } });
    expect(screen.getByRole('alert').textContent).toMatch(/too long.*Nothing was changed/);
    expect(field.value).toBe('');
    const [summary] = await repository.list();
    expect((await repository.get(summary!.id))?.data.codeWord).toBeUndefined();
  });

  it('inserts a “when the youth returns” phrasing into section 12', async () => {
    const { user } = setup();
    await newPlan(user);
    await openSection(user, 'If the youth leaves placement');
    await user.click(screen.getByRole('button', { name: 'Insert “What led you to leave placement?”' }));
    expect((screen.getByLabelText('What to say when the youth returns') as HTMLTextAreaElement).value).toBe(
      'What led you to leave placement?',
    );
  });

  it('copies one section, or the whole plan, as plain text — after warning about clipboard history', async () => {
    const { user, copyText } = setup();
    await newPlan(user);
    await openSection(user, 'Code word or signal');
    await user.type(screen.getByLabelText('Code word or signal'), 'sunflower');
    await user.click(screen.getByRole('button', { name: 'Copy section “Code word or signal” as text' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/clipboard may keep plan text/);
    expect(copyText).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Copy anyway' }));
    expect(copyText).toHaveBeenLastCalledWith('CODE WORD OR SIGNAL\nCode word or signal: sunflower');
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    await user.click(screen.getByRole('button', { name: 'Copy anyway' }));
    expect(copyText.mock.calls.at(-1)?.[0]).toMatch(/^Safety plan: Untitled[\s\S]*sunflower/);
  });

  /** A filled section's Copy pressed from the keyboard: the clipboard warning opens. Returns that Copy. */
  async function warnOnCopyingASection(user: ReturnType<typeof setup>['user']) {
    await newPlan(user);
    await openSection(user, 'Code word or signal');
    await user.type(screen.getByLabelText('Code word or signal'), 'sunflower');
    const copySection = screen.getByRole('button', { name: 'Copy section “Code word or signal” as text' });
    copySection.focus();
    await user.keyboard('{Enter}');
    return copySection;
  }

  it('moves focus to the clipboard warning, wherever the Copy pressed was, and back to that Copy on Cancel', async () => {
    const { user } = setup({ insertText: vi.fn(async () => ({ inserted: true, message: 'Inserted into the page.' })) });
    const copySection = await warnOnCopyingASection(user);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Insert into the page instead' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(copySection);
  });

  it('Escape closes the clipboard warning as Cancel does: nothing copied, focus back on that Copy (helper-58)', async () => {
    const { user, copyText } = setup({ insertText: vi.fn(async () => ({ inserted: true, message: 'Inserted into the page.' })) });
    const copySection = await warnOnCopyingASection(user);
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(copySection);
    expect(copyText).not.toHaveBeenCalled();
  });

  it('lets a confirmation go after a while, so it never stays over a field', async () => {
    const { user } = setup({ okNoticeMs: 300 });
    await newPlan(user);
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    await user.click(screen.getByRole('button', { name: 'Copy anyway' }));
    const notice = await screen.findByText(/^Copied/);
    await waitFor(() => expect(notice.isConnected).toBe(false));
  });

  it('offers to insert plan text into the page instead of copying it', async () => {
    const insertText = vi.fn(async () => ({ inserted: true, message: 'Inserted into the page.' }));
    const { user, copyText } = setup({ insertText });
    await newPlan(user);
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    await user.click(screen.getByRole('button', { name: 'Insert into the page instead' }));
    expect(insertText).toHaveBeenCalledWith(expect.stringMatching(/^Safety plan: Untitled/));
    expect(copyText).not.toHaveBeenCalled();
  });

  it('finding 3: when inserting plan text fails, nothing is copied until the user, told why, chooses Copy anyway', async () => {
    const insertText = vi.fn(async () => ({
      inserted: false,
      message: 'Not inserted: No text field has the caret on this page. Click into the field first. Nothing was copied.',
    }));
    const { user, copyText } = setup({ insertText });
    await newPlan(user);
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    await user.click(screen.getByRole('button', { name: 'Insert into the page instead' }));
    const warning = await screen.findByRole('alertdialog');
    expect(warning.textContent).toMatch(/Not inserted: No text field has the caret.*Nothing was copied\. Copy the plan as text anyway\?/);
    expect(within(warning).queryByRole('button', { name: 'Insert into the page instead' })).toBeNull();
    expect(copyText).not.toHaveBeenCalled();
    await user.click(within(warning).getByRole('button', { name: 'Copy anyway' }));
    expect(copyText).toHaveBeenCalledWith(expect.stringMatching(/^Safety plan: Untitled/));
  });

  it('a failed insert after one that worked no longer says “Inserted into the page.” (helper-66)', async () => {
    const insertText = vi
      .fn()
      .mockResolvedValueOnce({ inserted: true, message: 'Inserted into the page.' })
      .mockResolvedValueOnce({ inserted: false, message: 'Not inserted: No text field has the caret on this page. Nothing was copied.' });
    const { user } = setup({ insertText });
    await newPlan(user);
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    await user.click(screen.getByRole('button', { name: 'Insert into the page instead' }));
    expect(await screen.findByText('Inserted into the page.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    await user.click(screen.getByRole('button', { name: 'Insert into the page instead' }));
    await screen.findByText(/Not inserted: No text field has the caret/);
    expect(screen.queryByText('Inserted into the page.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByText('Inserted into the page.')).toBeNull();
  });

  it('finding 3: inserting plan text never falls back to the clipboard by itself', async () => {
    const copy = vi.fn(async () => {});
    const result = await insertOrCopy(undefined, 'Safety plan: J.D.', '', copy, { fallbackCopy: false });
    expect(result).toEqual({ inserted: false, message: expect.stringMatching(/^Not inserted: .*Nothing was copied\.$/) });
    expect(copy).not.toHaveBeenCalled();
  });

  it('helper-62: the filter finds a nickname however it is accented (“guera” finds “Güera”, “MUNOZ” “X. Muñoz”)', async () => {
    const { user } = setup();
    await planInList(user, 'Güera');
    // A second plan by hand: with a plan listed, the list has an h2 of its own (Backups), which
    // planInList would take for the editor's.
    await user.click(await screen.findByRole('button', { name: '+ New safety plan' }));
    await user.type(await screen.findByLabelText('Youth’s nickname or initials'), 'X. Muñoz');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await user.click(screen.getByRole('button', { name: '← All plans' }));
    await screen.findByText('X. Muñoz');
    const filter = screen.getByLabelText('Filter plans by nickname');
    await user.type(filter, 'guera');
    expect(screen.getByText('Güera')).toBeTruthy();
    expect(screen.queryByText('X. Muñoz')).toBeNull();
    await user.clear(filter);
    await user.type(filter, 'MUNOZ');
    expect(screen.getByText('X. Muñoz')).toBeTruthy();
    expect(screen.queryByText('Güera')).toBeNull();
  });

  it('a duplicate gets the focus and is announced, and a second copy is told apart from the first (helper-81)', async () => {
    const { user, repository } = setup();
    await planInList(user, 'AB');
    await screen.findByText('AB');
    await user.click(within(screen.getByText('AB').closest('li')!).getByRole('button', { name: 'Duplicate' }));
    await screen.findByText('AB (copy)');
    await waitFor(() => expect(document.activeElement?.closest('li')?.textContent).toMatch(/^AB \(copy\)/));
    expect([...document.querySelectorAll('[aria-live]')].map((r) => r.textContent)).toContain('Duplicated as “AB (copy)”.');
    await user.click(within(screen.getByText('AB').closest('li')!).getByRole('button', { name: 'Duplicate' }));
    await screen.findByText('AB (copy 2)');
    await waitFor(() => expect(document.activeElement?.closest('li')?.textContent).toMatch(/^AB \(copy 2\)/));
    expect([...document.querySelectorAll('[aria-live]')].map((r) => r.textContent)).toContain('Duplicated as “AB (copy 2)”.');
    expect((await repository.list()).map((p) => p.nickname).sort()).toEqual(['AB', 'AB (copy 2)', 'AB (copy)']);
  });

  it('Duplicate pressed twice at once makes two copies told apart (helper-83: two “(copy)”)', async () => {
    const { user, repository } = setup();
    await planInList(user, 'Lu');
    const duplicate = within((await screen.findByText('Lu')).closest('li')!).getByRole('button', { name: 'Duplicate' });
    fireEvent.click(duplicate);
    fireEvent.click(duplicate);
    await screen.findByText('Lu (copy 2)');
    expect((await repository.list()).map((p) => p.nickname).sort()).toEqual(['Lu', 'Lu (copy 2)', 'Lu (copy)']);
  });

  it('renames, duplicates, filters and deletes (after confirming) from the list', async () => {
    const { user, repository } = setup();
    await planInList(user, 'AB');
    await screen.findByText('AB');
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    await screen.findByText('AB (copy)');
    await user.type(screen.getByLabelText('Filter plans by nickname'), 'copy');
    expect(screen.queryByText('AB')).toBeNull();
    await user.clear(screen.getByLabelText('Filter plans by nickname'));
    const item = screen.getByText('AB').closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Rename' }));
    const input = within(item).getByLabelText('New nickname or initials');
    await user.clear(input);
    // A pasted name over the limit is not cut short without a word: it is refused, and said.
    fireEvent.input(input, { target: { value: 'N'.repeat(250) } });
    expect(within(item).getByRole('alert').textContent).toBe(
      'That is too long for “Youth’s nickname or initials”: 250 characters, and the limit is 200. Nothing was changed.',
    );
    expect((within(item).getByRole('button', { name: 'Rename' }) as HTMLButtonElement).disabled).toBe(true);
    await user.clear(input);
    await user.type(input, 'C.D.{Enter}');
    await screen.findByText('C.D.');
    const renamed = screen.getByText('C.D.').closest('li')!;
    await user.click(within(renamed).getByRole('button', { name: 'Delete' }));
    expect(within(renamed).getByRole('alert').textContent).toMatch(
      /Delete “C.D.” for good\? This removes the plan and all its earlier versions/,
    );
    await user.click(within(renamed).getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(screen.queryByText('C.D.')).toBeNull());
    expect((await repository.list()).map((p) => p.nickname)).toEqual(['AB (copy)']);
  });

  it('renaming to nothing is asked about, not turned into “Untitled plan” without a word (helper-68)', async () => {
    const { user, repository } = setup();
    await planInList(user, 'M.R.');
    const item = (await screen.findByText('M.R.')).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Rename' }));
    const input = within(item).getByLabelText('New nickname or initials');
    await user.clear(input);
    await user.type(input, '   {Enter}');
    expect(within(item).getByRole('alert').textContent).toBe(
      'A plan needs a nickname or initials to be found in the list. To keep “M.R.”, press Cancel.',
    );
    expect((within(item).getByRole('button', { name: 'Rename' }) as HTMLButtonElement).disabled).toBe(true);
    expect((await repository.list()).map((p) => p.nickname)).toEqual(['M.R.']);
  });

  it('the rename box questions a full name as the editor does, and still renames (helper-70)', async () => {
    const { user, repository } = setup();
    await planInList(user, 'M.R.');
    const item = (await screen.findByText('M.R.')).closest('li')!;
    await user.click(within(item).getByRole('button', { name: 'Rename' }));
    const input = within(item).getByLabelText('New nickname or initials');
    fireEvent.input(input, { target: { value: 'Maria Lopez Garcia' } });
    await waitFor(() => expect(item.textContent).toMatch(/“Maria Lopez.*” looks like a full name/), { timeout: 3_000 });
    await user.click(within(item).getByRole('button', { name: 'Rename' }));
    await waitFor(async () => expect((await repository.list()).map((p) => p.nickname)).toEqual(['Maria Lopez Garcia']));
  });

  it('deleting from the keyboard: the question focuses Cancel, so a second Enter deletes nothing; Escape closes it and the rename box', async () => {
    const { user, repository } = setup();
    await planInList(user, 'T.R.');
    const item = (await screen.findByText('T.R.')).closest('li')!;
    within(item).getByRole('button', { name: 'Delete' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement?.textContent).toBe('Cancel');
    await user.keyboard('{Enter}');
    expect(within(item).queryByRole('alert')).toBeNull();
    expect((await repository.list()).map((p) => p.nickname)).toEqual(['T.R.']);
    expect(document.activeElement?.textContent).toBe('Delete');
    await user.keyboard('{Enter}');
    await user.keyboard('{Escape}');
    expect(within(item).queryByRole('alert')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Delete');
    await user.click(within(item).getByRole('button', { name: 'Rename' }));
    await user.keyboard('X{Escape}');
    expect(within(item).queryByLabelText('New nickname or initials')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Rename');
    expect((await repository.list()).map((p) => p.nickname)).toEqual(['T.R.']);
  });

  it('each screen gives the focus a place on it, never the page: a new plan its nickname, the list the plan just closed, a plan opened its heading', async () => {
    const { user } = setup();
    await newPlan(user);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Youth’s nickname or initials')));
    await user.keyboard('M.J.');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await user.click(screen.getByRole('button', { name: '← All plans' }));
    await waitFor(() => expect(document.activeElement?.closest('.plan-open')?.textContent).toMatch(/^M\.J\./));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'M.J.' })));
  });

  it('“+ New safety plan”, then straight back with nothing typed, leaves no “Untitled plan” behind', async () => {
    const { user, repository } = setup();
    await newPlan(user);
    await user.click(screen.getByRole('button', { name: '← All plans' }));
    await waitFor(async () => expect(await repository.list()).toEqual([]));
    expect(await screen.findByText('No safety plans yet. Plans are kept only on this device.')).toBeTruthy();
  });

  it('keeps a new plan with nothing typed in it when observations were written for it', async () => {
    const { user, repository } = setup();
    await newPlan(user);
    await user.click(screen.getByRole('button', { name: 'Observations' }));
    await user.click(await screen.findByRole('button', { name: '+ New observation' }));
    fireEvent.input(await screen.findByLabelText('What you saw or heard'), { target: { value: 'New phone, would not say from whom.' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.click(await screen.findByRole('button', { name: '← Back to the plan' }));
    await user.click(await screen.findByRole('button', { name: '← All plans' }));
    await screen.findByText('Untitled plan');
    expect((await repository.list()).length).toBe(1);
  });

  it('shows when each plan is due for review', async () => {
    const { user } = setup();
    await newPlan(user);
    fireEvent.input(screen.getByLabelText('Next review date'), { target: { value: '2026-11-27' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await user.click(screen.getByRole('button', { name: '← All plans' }));
    expect(await screen.findByText('Review overdue by 2 days')).toBeTruthy();
  });

  it('questions a plan date in the future and a next review years away, under each field, and keeps them', async () => {
    const { user, repository } = setup();
    await newPlan(user);
    fireEvent.input(screen.getByLabelText('Plan date'), { target: { value: '2026-12-05' } });
    fireEvent.input(screen.getByLabelText('Next review date'), { target: { value: '2062-11-30' } });
    expect(await screen.findByText('December 5, 2026 is in the future. Is that the date you meant?')).toBeTruthy();
    expect(await screen.findByText('November 30, 2062 is more than 5 years from now. Is that the date you meant?')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    const [plan] = await repository.all();
    expect([plan?.data.planDate, plan?.data.nextReview]).toEqual(['2026-12-05', '2062-11-30']);
    fireEvent.input(screen.getByLabelText('Next review date'), { target: { value: '2027-05-29' } });
    await waitFor(() => expect(screen.queryByText(/years from now/)).toBeNull());
  });

  it('questions a nickname that looks like a full name, under the field, and keeps it (helper-62)', async () => {
    const { user, repository } = setup();
    await newPlan(user);
    const nickname = screen.getByLabelText('Youth’s nickname or initials');
    fireEvent.input(nickname, { target: { value: 'Ana Ruiz' } });
    expect(await screen.findByText(/^“Ana Ruiz” looks like a full name\. Initials or a nickname/)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect((await repository.all())[0]?.data.nickname).toBe('Ana Ruiz');
    fireEvent.input(nickname, { target: { value: 'A.R.' } });
    await waitFor(() => expect(screen.queryByText(/looks like a full name/)).toBeNull());
  });

  it('finding 7: refuses a backup file over the size limit before reading it, with a message', async () => {
    const { user, repository } = setup();
    await screen.findByText('No safety plans yet. Plans are kept only on this device.');
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    await user.upload(document.querySelector('input[type=file]') as HTMLInputElement, file);
    expect(await screen.findByText(/too large to be a safety-plan backup.*Nothing was imported/)).toBeTruthy();
    expect(read).not.toHaveBeenCalled();
    expect(await repository.list()).toEqual([]);
  });

  it('exports a backup file and refuses a damaged one with a message', async () => {
    const { user, download } = setup();
    await planInList(user, 'AB');
    await user.click(await screen.findByRole('button', { name: 'Backups' }));
    await user.click(screen.getByRole('button', { name: 'Export without encryption…' }));
    await user.click(screen.getByRole('button', { name: 'Export as plain text' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [fileName, text] = download.mock.calls[0]!;
    expect(fileName).toBe('safety-plans-2026-11-29.json');
    expect(JSON.parse(text).plans).toHaveLength(1);
    expect(screen.getByText('Exported 1 plan.')).toBeTruthy();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    await user.upload(
      input,
      new File(['{"format":"csec-safety-plans","version":1,"plans":[{"id"'], 'broken.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/damaged or incomplete.*Nothing was imported/)).toBeTruthy();
  });
});

describe('item 4: no wall before the first plan', () => {
  const offer = (required = false) => ({ required, onSetUp: vi.fn(async (_p: string) => {}), onSkip: vi.fn() });

  it('item 4: the first screen is one line, “New safety plan” and the Guide — no passphrase, no backup of zero plans', async () => {
    const onOpenGuide = vi.fn();
    const { user } = setup({ lockOffer: offer(), onOpenGuide });
    expect(await screen.findByText('No safety plans yet. Plans are kept only on this device.')).toBeTruthy();
    expect(screen.getByRole('button', { name: '+ New safety plan' })).toBeTruthy();
    expect(document.querySelector('input[type=password]')).toBeNull();
    expect(screen.queryByRole('button', { name: /Export|Back up/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open the Guide' }));
    expect(onOpenGuide).toHaveBeenCalled();
  });

  it('item 4: the lock is offered when the first plan is made; skipping it opens the new plan', async () => {
    const lockOffer = offer();
    const { user, repository } = setup({ lockOffer });
    await user.click(await screen.findByRole('button', { name: '+ New safety plan' }));
    expect(screen.getByRole('heading', { name: 'Protect plans with a passphrase — recommended' })).toBeTruthy();
    expect(await repository.list()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(lockOffer.onSkip).toHaveBeenCalled();
    expect(await screen.findByLabelText('Youth’s nickname or initials')).toBeTruthy();
    expect(await repository.list()).toHaveLength(1);
  });

  it('item 4: turning the lock on from the offer opens the new plan and says the lock is on', async () => {
    const lockOffer = offer();
    const { user } = setup({ lockOffer });
    await user.click(await screen.findByRole('button', { name: '+ New safety plan' }));
    // A space pasted at the end is invisible in the field: refused, and said, before anything is set.
    await user.type(screen.getByLabelText('New passphrase (10 characters or more)'), 'correct horse battery ');
    await user.type(screen.getByLabelText('Type it again'), 'correct horse battery ');
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(await screen.findByText(/^Remove the space at its start or end/)).toBeTruthy();
    expect(lockOffer.onSetUp).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('New passphrase (10 characters or more)'), '{Backspace}');
    await user.type(screen.getByLabelText('Type it again'), '{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(lockOffer.onSetUp).toHaveBeenCalledWith('correct horse battery');
    expect(await screen.findByLabelText('Youth’s nickname or initials')).toBeTruthy();
    expect(screen.getByText('The lock is on: every plan is encrypted on this device.')).toBeTruthy();
  });

  it('a program that requires the lock, with plans already here unprotected: the list says so and sets the passphrase from there (helper-48 #2)', async () => {
    const lockOffer = offer(true);
    const { user, repository } = setup({ lockOffer });
    const backup = backupText([planRecord('imported', { nickname: 'From the old laptop' })]);
    await screen.findByText('No safety plans yet. Plans are kept only on this device.');
    expect(screen.queryByText(/not protected yet/)).toBeNull();
    await user.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      new File([backup], 'plans.json', { type: 'application/json' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/the plans on this device \(1\) are not protected yet/)).toBeTruthy();
    expect(screen.getByText('From the old laptop')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Set a passphrase for your plans' }));
    await user.type(screen.getByLabelText('New passphrase (10 characters or more)'), 'correct horse battery');
    await user.type(screen.getByLabelText('Type it again'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Turn on the lock' }));
    expect(lockOffer.onSetUp).toHaveBeenCalledWith('correct horse battery');
    expect(await screen.findByText('The lock is on: every plan is encrypted on this device.')).toBeTruthy();
    expect(await repository.list()).toHaveLength(1);
  });

  it('item 4: plans that arrive by import meet the lock offer too; skipping it shows them, and makes no new plan', async () => {
    const lockOffer = offer();
    const { user, repository } = setup({ lockOffer });
    const backup = backupText([planRecord('imported', { nickname: 'From the old laptop' })]);
    await screen.findByText('No safety plans yet. Plans are kept only on this device.');
    await user.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      new File([backup], 'plans.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('heading', { name: 'Protect plans with a passphrase — recommended' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(lockOffer.onSkip).toHaveBeenCalled();
    expect(await screen.findByText('From the old laptop')).toBeTruthy();
    expect(await repository.list()).toHaveLength(1);
  });

  it('item 4: what was imported stays said above the lock offer, however long it is read, and on the list after it', async () => {
    const lockOffer = offer();
    const { user } = setup({ lockOffer, okNoticeMs: 20 });
    const backup = backupText([planRecord('imported', { nickname: 'From the old laptop' })]);
    await screen.findByText('No safety plans yet. Plans are kept only on this device.');
    await user.upload(
      document.querySelector('input[type=file]') as HTMLInputElement,
      new File([backup], 'plans.json', { type: 'application/json' }),
    );
    await screen.findByRole('heading', { name: 'Protect plans with a passphrase — recommended' });
    await new Promise((r) => setTimeout(r, 60));
    const said = 'Imported: 1 new, 0 updated, 0 kept because the copy here was newer.';
    expect(screen.getByRole('status').textContent).toBe(said);
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(await screen.findByText('From the old laptop')).toBeTruthy();
    expect(screen.getByText(said)).toBeTruthy();
  });

  it('item 4: when the program requires the lock, it cannot be skipped; Cancel goes back without a plan', async () => {
    const { user, repository } = setup({ lockOffer: offer(true) });
    await user.click(await screen.findByRole('button', { name: '+ New safety plan' }));
    expect(screen.getByRole('heading', { name: 'Set a passphrase for your plans' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skip for now' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: '+ New safety plan' })).toBeTruthy();
    expect(await repository.list()).toEqual([]);
  });

  it('item 4: “New safety plan” shows only once the list is known (the lock’s state comes first), so no early click skips the offer', async () => {
    const waiting = {
      clientId: 'x',
      call: () => new Promise<never>(() => {}),
      onEvent: () => () => {},
      onReconnect: () => () => {},
      close: () => {},
    };
    render(<PlansScreen client={waiting} entry={() => undefined} copyText={async () => {}} download={() => {}} openPrint={() => {}} />);
    expect(await screen.findByText('Loading plans…')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '+ New safety plan' })).toBeNull();
  });

  it('item 4: without an offer (already offered, or the lock is on), “New safety plan” opens the plan at once', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: '+ New safety plan' }));
    expect(await screen.findByLabelText('Youth’s nickname or initials')).toBeTruthy();
    expect(screen.queryByText(/Protect plans with a passphrase/)).toBeNull();
  });

  it('a lock rule that arrives while a plan is open says so in the editor, with the way to set the passphrase; Cancel comes back to the plan (helper-71)', async () => {
    const { repository } = freshRepository();
    const { rerender } = renderPlansScreen(servePlans(repository, { now: () => NOW }).connect('panel'));
    const user = userEvent.setup();
    await newPlan(user);
    await user.type(screen.getByLabelText('Youth’s nickname or initials'), 'KM');
    expect(screen.queryByText(/not protected yet/)).toBeNull();
    const lockOffer = offer(true);
    rerender({ lockOffer });
    expect(await screen.findByText(/the plans on this device \(1\) are not protected yet/)).toBeTruthy();
    expect(screen.getByLabelText('Youth’s nickname or initials')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Set a passphrase for your plans' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(((await screen.findByLabelText('Youth’s nickname or initials')) as HTMLInputElement).value).toBe('KM');
  });
});

describe('after “Forgot the passphrase?” erased every plan (helper-70 F5)', () => {
  it('the list says when, and that a backup brings them back, until dismissed', async () => {
    const onDismissErased = vi.fn();
    const { user } = setup({ erasedAt: Date.UTC(2026, 11, 2, 16, 1), onDismissErased });
    await screen.findByText('No safety plans yet. Plans are kept only on this device.');
    const notice = screen.getByText(/^Every safety plan on this device, with its observations and the passphrase lock, was erased on /);
    expect(notice.textContent).toContain(
      new Date(Date.UTC(2026, 11, 2, 16, 1)).toLocaleString('en', { dateStyle: 'long', timeStyle: 'short' }),
    );
    expect(notice.textContent).toContain('“Import a backup…” below brings them back');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismissErased).toHaveBeenCalledOnce();
  });

  it('says nothing when nothing was erased', async () => {
    setup({ erasedAt: null });
    await screen.findByText('No safety plans yet. Plans are kept only on this device.');
    expect(screen.queryByText(/was erased on/)).toBeNull();
  });
});

describe('a plan’s earlier versions, from the keyboard (helper-60)', () => {
  it('take the focus as they open, close with Escape as with Close, and give the focus back to “Earlier versions”', async () => {
    const { user } = setup();
    await newPlan(user);
    const opener = screen.getByRole('button', { name: 'Earlier versions' });
    await user.click(opener);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Earlier versions' })));
    await screen.findByText(/No earlier versions yet/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Earlier versions' })).toBeNull();
    expect(document.activeElement).toBe(opener);
    await user.click(opener);
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(opener);
  });

  it('name each “Restore this version” with when it was saved', () => {
    const savedAt = Date.UTC(2026, 10, 28, 15, 30);
    render(<RevisionList revisions={[{ key: 1, savedAt } as Revision]} onRestore={() => {}} onClose={() => {}} />);
    const button = screen.getByRole('button', { name: /^Restore this version, saved / });
    expect(button.getAttribute('aria-label')).toBe(`Restore this version, saved ${new Date(savedAt).toLocaleString('en')}`);
  });
});

describe('each earlier version says what restoring it would change (helper-70 F9)', () => {
  const version = (key: number, data: Record<string, unknown>) => ({ key, savedAt: Date.UTC(2026, 11, 2, 3, key), data }) as Revision;

  it('names the fields it differs in from the plan now, a few and how many more, or that it is the same', () => {
    const current = { nickname: 'KM', codeWord: 'lighthouse', coping: 'music', whoToTell: 'The CSW' };
    render(
      <RevisionList
        current={current}
        revisions={[
          version(3, { ...current }),
          version(2, { ...current, codeWord: 'harbor' }),
          version(1, { nickname: 'K', codeWord: '', coping: '', whoToTell: '' }),
        ]}
        onRestore={() => {}}
        onClose={() => {}}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items[0]).toContain('Same as the plan now.');
    expect(items[1]).toContain('Differs from the plan now in: Code word or signal.');
    expect(items[2]).toContain(
      'Differs from the plan now in: Youth’s nickname or initials, Things that help me cope, Code word or signal and 1 more.',
    );
  });
});
