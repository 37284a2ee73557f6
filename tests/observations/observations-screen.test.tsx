import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchObservations } from '@/components/observations/use-observations';
import { PlansScreen } from '@/components/plans/PlansScreen';
import { guide } from '@/content';
import type { NoteRequest } from '@/utils/note-request';
import { isoDate } from '@/utils/observations/dates';
import { newObservationData } from '@/utils/plans/observation-model';
import { freshRepository, servePlans } from '../plans/helpers';
import { renderPlansScreen } from '../plans/render-plans';

const CASH = 'red-flag-excess-cash';
const INJURIES = 'red-flag-injuries';
const entry = (id: string) => guide.find((e) => e.id === id);

function setup(extra: Partial<Parameters<typeof PlansScreen>[0]> = {}) {
  const { repository } = freshRepository();
  const client = servePlans(repository).connect('panel');
  const copyText = vi.fn(async (_t: string) => {});
  const insertText = vi.fn(async (_t: string) => ({ inserted: true, message: 'Inserted into the page.' }));
  const openPrint = vi.fn();
  const props = { client, entry, copyText, insertText, download: () => {}, openPrint, ...extra };
  const view = render(<PlansScreen {...props} />);
  const rerender = (more: Partial<Parameters<typeof PlansScreen>[0]>) => view.rerender(<PlansScreen {...props} {...more} />);
  return { repository, client, copyText, insertText, openPrint, rerender, user: userEvent.setup() };
}

/** The repository's observations of its only plan (or of `planId`). */
async function stored(repository: ReturnType<typeof setup>['repository'], planId?: string) {
  const id = planId ?? (await repository.list())[0]!.id;
  return (await repository.observations(id)).observations;
}

async function planOpen(user: ReturnType<typeof setup>['user'], nickname = 'JD') {
  await user.click(await screen.findByRole('button', { name: '+ New safety plan' }));
  fireEvent.input(await screen.findByLabelText('Youth’s nickname or initials'), { target: { value: nickname } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
}

/** A new plan's observations, on a new observation with one "who was told" row added and left empty. */
async function newObservationWithToldRow() {
  const made = setup();
  await planOpen(made.user);
  await made.user.click(screen.getByRole('button', { name: 'Observations' }));
  await made.user.click(await screen.findByRole('button', { name: '+ New observation' }));
  await made.user.click(await screen.findByRole('button', { name: '+ Add who was told' }));
  return made;
}

const note = (flag: string, at = Date.now()): NoteRequest => ({ entryId: flag, at });

/** A plan open on a noted cash flag, with what was seen typed and saved. */
/** A red flag noted in a new plan, the caret then moved to “Date observed”; its note's live region. */
async function caretInDateObserved() {
  const made = setup();
  await planOpen(made.user);
  made.rerender({ noteRequest: note(CASH) });
  const observed = (await screen.findByLabelText('Date observed')) as HTMLInputElement;
  // “Note this” puts the caret in what was seen; the advocate then goes to the date.
  await waitFor(() => expect(document.activeElement?.id).toBe('field-seen'));
  observed.focus();
  const live = observed.parentElement!.parentElement!.querySelector('[aria-live="polite"]')!;
  return { observed, live };
}

async function savedCashObservation() {
  const made = setup();
  await planOpen(made.user);
  made.rerender({ noteRequest: note(CASH) });
  fireEvent.input(await screen.findByLabelText('What you saw or heard'), { target: { value: 'Showed me a roll of bills.' } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  return made;
}

afterEach(cleanup);

describe('observations in the side panel', () => {
  it('opens from the plan’s “Observations” button: a new one is dated today, and what is typed is saved', async () => {
    const { repository, user } = setup();
    await planOpen(user);
    await user.click(screen.getByRole('button', { name: 'Observations' }));
    await screen.findByRole('heading', { name: 'Observations: JD' });
    await user.click(await screen.findByRole('button', { name: '+ New observation' }));
    expect(((await screen.findByLabelText('Date observed')) as HTMLInputElement).value).toBe(isoDate());
    fireEvent.input(screen.getByLabelText('What you saw or heard'), { target: { value: 'Two new phones, would not say from whom.' } });
    await user.click(screen.getByRole('checkbox', { name: /Prepaid cash cards or multiple prepaid phones/ }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    const [saved] = await stored(repository);
    expect(saved?.data).toMatchObject({
      seen: 'Two new phones, would not say from whom.',
      flags: { 'red-flag-prepaid-cards-phones': true },
    });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect((await screen.findAllByRole('listitem')).length).toBe(1);
    // Back on the log, the focus is on it (its heading), not lost to the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Observations: JD' })));
  });

  it('deleting the observation open here never says it “was deleted in another window” (helper-46)', async () => {
    const made = await savedCashObservation();
    await made.user.click(screen.getByRole('button', { name: 'Delete…' }));
    await made.user.click(screen.getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(screen.queryByLabelText('What you saw or heard')).toBeNull());
    await new Promise((r) => setTimeout(r, 50));
    expect(document.body.textContent).not.toContain('deleted in another window');
  });

  it('the delete question opens on Cancel; Escape or Cancel closes it with the focus back on “Delete…” and nothing deleted (helper-49 #2)', async () => {
    const made = await savedCashObservation();
    await made.user.click(screen.getByRole('button', { name: 'Delete…' }));
    const question = screen.getByRole('alertdialog');
    await waitFor(() => expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' })));
    await made.user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete…' })));
    await made.user.keyboard('{Enter}');
    await made.user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete…' })));
    expect((screen.getByLabelText('What you saw or heard') as HTMLTextAreaElement).value).toBe('Showed me a roll of bills.');
    expect(await stored(made.repository)).toHaveLength(1);
  });

  it('does not keep an observation left blank: “+ New observation”, then back, leaves no empty entry in the log', async () => {
    const { repository, user } = setup();
    await planOpen(user);
    await user.click(screen.getByRole('button', { name: 'Observations' }));
    await user.click(await screen.findByRole('button', { name: '+ New observation' }));
    await screen.findByLabelText('Date observed');
    expect(await stored(repository)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(async () => expect(await stored(repository)).toHaveLength(0));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('nor one whose only row of “who was told” was added and left empty (helper-77)', async () => {
    const { repository, user } = await newObservationWithToldRow();
    await waitFor(async () => expect((await stored(repository))[0]?.data.told).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(async () => expect(await stored(repository)).toHaveLength(0));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('questions a future date but keeps it', async () => {
    const { repository, user } = setup();
    await planOpen(user);
    await user.click(screen.getByRole('button', { name: 'Observations' }));
    await user.click(await screen.findByRole('button', { name: '+ New observation' }));
    fireEvent.input(await screen.findByLabelText('Date observed'), { target: { value: '2099-01-01' } });
    expect(await screen.findByText('January 1, 2099 is in the future. Is that the date you meant?')).toBeTruthy();
    await waitFor(async () => expect((await stored(repository))[0]?.data.observedOn).toBe('2099-01-01'));
    // A “date told” too.
    await user.click(screen.getByRole('button', { name: '+ Add who was told' }));
    fireEvent.input(screen.getByLabelText('Date told'), { target: { value: '2098-02-02' } });
    expect(await screen.findByText('February 2, 2098 is in the future. Is that the date you meant?')).toBeTruthy();
  });

  it('a half-typed or impossible date (February 30) is not saved: the saved date stays, and the advocate is told', async () => {
    const { repository, user } = setup();
    await planOpen(user);
    await user.click(screen.getByRole('button', { name: 'Observations' }));
    await user.click(await screen.findByRole('button', { name: '+ New observation' }));
    const observed = (await screen.findByLabelText('Date observed')) as HTMLInputElement;
    fireEvent.input(observed, { target: { value: '2026-02-03' } });
    await waitFor(async () => expect((await stored(repository))[0]?.data.observedOn).toBe('2026-02-03'));
    // What a browser reports for 02/30/2026 or 02/__/2026: an empty value and badInput.
    Object.defineProperty(observed, 'validity', { value: { badInput: true }, configurable: true });
    fireEvent.input(observed, { target: { value: '' } });
    expect(
      await screen.findByText(
        'The date in “Date observed” is not a whole date on the calendar, so it was not saved. The saved date stays February 3, 2026.',
      ),
    ).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect((await stored(repository))[0]?.data.observedOn).toBe('2026-02-03');
    // Leaving the field puts the saved date back in it; a whole date typed later is saved, and the message goes.
    fireEvent.blur(observed);
    expect(observed.value).toBe('2026-02-03');
    Object.defineProperty(observed, 'validity', { value: { badInput: false }, configurable: true });
    fireEvent.input(observed, { target: { value: '2026-02-28' } });
    await waitFor(async () => expect((await stored(repository))[0]?.data.observedOn).toBe('2026-02-28'));
    expect(screen.queryByText(/not a whole date/)).toBeNull();
    // Every part cleared, as Chrome reports it: one input event with badInput when the first part
    // goes, then none when the last goes (the value was "" already), only badInput turning false.
    Object.defineProperty(observed, 'validity', { value: { badInput: true }, configurable: true });
    fireEvent.input(observed, { target: { value: '' } });
    await new Promise((r) => setTimeout(r, 50));
    expect((await stored(repository))[0]?.data.observedOn).toBe('2026-02-28');
    Object.defineProperty(observed, 'validity', { value: { badInput: false }, configurable: true });
    fireEvent.keyUp(observed, { key: 'Backspace' });
    await waitFor(async () => expect((await stored(repository))[0]?.data.observedOn).toBe(''));
    expect(screen.queryByText(/not a whole date/)).toBeNull();
  });

  it('a date half-typed into an empty field (no input event fires) is said to be unsaved when the field is left', async () => {
    await newObservationWithToldRow();
    const told = screen.getByLabelText('Date told') as HTMLInputElement;
    // 03/15/____ typed: Chrome keeps the value "" and fires nothing; only badInput says so.
    Object.defineProperty(told, 'validity', { value: { badInput: true }, configurable: true });
    fireEvent.blur(told);
    expect(
      await screen.findByText('The date in “Date told” is not a whole date on the calendar, so it was not saved. It stays empty.'),
    ).toBeTruthy();
  });

  it('a “date told” cell left unfinished is not saved either', async () => {
    const { repository } = await newObservationWithToldRow();
    const told = screen.getByLabelText('Date told') as HTMLInputElement;
    fireEvent.input(told, { target: { value: '2026-01-05' } });
    await waitFor(async () => expect(JSON.stringify((await stored(repository))[0]?.data.told)).toContain('2026-01-05'));
    Object.defineProperty(told, 'validity', { value: { badInput: true }, configurable: true });
    fireEvent.input(told, { target: { value: '' } });
    expect(await screen.findByText(/The date in “Date told” is not a whole date on the calendar.*stays January 5, 2026\./)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect(JSON.stringify((await stored(repository))[0]?.data.told)).toContain('2026-01-05');
  });

  it('“Note this” with one plan: its observations open on a new observation with the flag ticked, caret in what was seen', async () => {
    const { repository, user, rerender } = setup();
    await planOpen(user);
    await user.click(screen.getByRole('button', { name: '← All plans' }));
    rerender({ noteRequest: note(CASH) });
    await screen.findByRole('heading', { name: 'Observations: JD' });
    expect((await screen.findByRole('checkbox', { name: /Excess cash in their possession/ })) as HTMLInputElement).toHaveProperty(
      'checked',
      true,
    );
    await waitFor(() => expect(document.activeElement?.id).toBe('field-seen'));
    expect((await stored(repository)).map((o) => o.data.flags)).toEqual([{ [CASH]: true }]);
  });

  it('“Note this” says which flag it ticked where the caret is, until the observation is done (helper-58: the tick was off screen, unsaid)', async () => {
    const { user, rerender } = setup();
    await planOpen(user);
    rerender({ noteRequest: note(CASH) });
    await waitFor(() => expect(document.activeElement?.id).toBe('field-seen'));
    const said = document.querySelector('.noted-flag[aria-live="polite"]')!;
    expect(said.textContent).toBe('Ticked “Excess cash in their possession” in the red flags above. Write what you saw or heard below.');
    // Said just before what was seen, where the caret is.
    expect(said.compareDocumentPosition(document.getElementById('field-seen')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.click(await screen.findByRole('button', { name: '+ New observation' }));
    await screen.findByLabelText('What you saw or heard');
    expect(document.querySelector('.noted-flag')?.textContent).toBe('');
  });

  it('“Note this” into an observation already open says so, with its date, and the field where the caret lands is described by it (helper-60)', async () => {
    const { rerender } = await savedCashObservation();
    const seen = screen.getByLabelText('What you saw or heard');
    rerender({ noteRequest: note(INJURIES) });
    await waitFor(() => expect(document.activeElement).toBe(seen));
    const said = document.querySelector('.noted-flag')!;
    await waitFor(() => expect(said.textContent).toMatch(/^Ticked “.+” in the observation of .+ you were writing — not a new one\./));
    expect(said.textContent).toContain(entry(INJURIES)!.title);
    expect(said.textContent).toContain(new Date().getFullYear().toString());
    expect(seen.getAttribute('aria-describedby')?.split(' ')).toContain(said.id);
    // A new observation's words are unchanged and describe the field too.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Done' }));
    rerender({ noteRequest: note(CASH) });
    await waitFor(() => expect(document.querySelector('.noted-flag')?.textContent).toMatch(/in the red flags above/));
    const fresh = screen.getByLabelText('What you saw or heard');
    expect(fresh.getAttribute('aria-describedby')?.split(' ')).toContain(document.querySelector('.noted-flag')!.id);
  });

  it('a “Note this” acts once: the plans shown again (after the lock, or Hide) do not note the flag again', async () => {
    const { repository } = freshRepository();
    const client = servePlans(repository).connect('panel');
    const props = { client, entry, copyText: async () => {}, download: () => {}, openPrint: () => {} };
    const user = userEvent.setup();
    const first = render(<PlansScreen {...props} />);
    await planOpen(user);
    const request = note(CASH);
    first.rerender(<PlansScreen {...props} noteRequest={request} />);
    fireEvent.input(await screen.findByLabelText('What you saw or heard'), { target: { value: 'A roll of bills.' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    // Locked and unlocked: the plans screen goes and comes back, the panel still holding the request.
    first.unmount();
    render(<PlansScreen {...props} noteRequest={request} />);
    await screen.findByText('JD');
    await new Promise((r) => setTimeout(r, 300));
    expect((await stored(repository)).map((o) => o.data.seen)).toEqual(['A roll of bills.']);
    expect(screen.queryByRole('heading', { name: 'Observations: JD' })).toBeNull();
  });

  it('a plan made elsewhere while “for which youth?” is asked is offered, never chosen behind the advocate’s back', async () => {
    const { repository } = freshRepository();
    const served = servePlans(repository);
    const props = { client: served.connect('panel'), entry, copyText: async () => {}, download: () => {}, openPrint: () => {} };
    const view = render(<PlansScreen {...props} />);
    await screen.findByText('No safety plans yet. Plans are kept only on this device.');
    view.rerender(<PlansScreen {...props} noteRequest={note(CASH)} />);
    await screen.findByRole('heading', { name: 'Note “Excess cash in their possession”: for which youth?' });
    const other = served.connect('another window');
    await other.call('create', { id: 'elsewhere' });
    await other.call('patch', { id: 'elsewhere', fieldId: 'nickname', value: 'K.L.', baseRev: 1, clientId: 'another window' });
    expect(await screen.findByRole('button', { name: 'K.L.' })).toBeTruthy();
    await new Promise((r) => setTimeout(r, 100));
    expect(await stored(repository, 'elsewhere')).toEqual([]);
    expect(screen.getByRole('heading', { name: /for which youth\?/ })).toBeTruthy();
  });

  it('a second “Note this” ticks its flag in the observation being written, not a new one', async () => {
    const { repository, user, rerender } = setup();
    await planOpen(user);
    rerender({ noteRequest: note(CASH, 1) });
    await screen.findByRole('checkbox', { name: /Excess cash/, checked: true });
    rerender({ noteRequest: note(INJURIES, 2) });
    await screen.findByRole('checkbox', { name: /Injuries or signs of physical abuse/, checked: true });
    await waitFor(async () => expect((await stored(repository)).map((o) => o.data.flags)).toEqual([{ [CASH]: true, [INJURIES]: true }]));
  });

  it('with no plan yet, the question gives the focus to its “New safety plan” (helper-58: it was left nowhere)', async () => {
    const { rerender } = setup();
    await screen.findByText('No safety plans yet. Plans are kept only on this device.');
    rerender({ noteRequest: note(CASH) });
    const question = await screen.findByRole('region', { name: 'Note “Excess cash in their possession”: for which youth?' });
    await waitFor(() => expect(document.activeElement).toBe(within(question).getByRole('button', { name: '+ New safety plan' })));
  });

  it('with no plan yet, “New safety plan” meets the lock offer as the list’s button does, then ticks the flag in the new plan', async () => {
    const lockOffer = { required: false, onSetUp: vi.fn(async (_p: string) => {}), onSkip: vi.fn() };
    const { repository, rerender } = setup({ lockOffer });
    const user = userEvent.setup();
    await screen.findByText('No safety plans yet. Plans are kept only on this device.');
    rerender({ lockOffer, noteRequest: note(CASH) });
    await screen.findByRole('heading', { name: 'Note “Excess cash in their possession”: for which youth?' });
    await user.click(screen.getByRole('button', { name: '+ New safety plan' }));
    expect(await screen.findByRole('heading', { name: 'Protect plans with a passphrase — recommended' })).toBeTruthy();
    expect(await repository.list()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(lockOffer.onSkip).toHaveBeenCalled();
    expect(((await screen.findByRole('checkbox', { name: /Excess cash in their possession/ })) as HTMLInputElement).checked).toBe(true);
    await waitFor(async () => expect((await stored(repository)).map((o) => o.data.flags)).toEqual([{ [CASH]: true }]));
  });

  it('a plan started from “Note this” is named right there: its nickname is asked for above the observation', async () => {
    const { repository, rerender } = setup();
    await screen.findByText('No safety plans yet. Plans are kept only on this device.');
    rerender({ noteRequest: note(CASH) });
    await screen.findByRole('heading', { name: /for which youth\?/ });
    await userEvent.setup().click(screen.getByRole('button', { name: '+ New safety plan' }));
    await screen.findByRole('heading', { name: 'Observations: Untitled plan' });
    const name = screen.getByLabelText('Youth’s nickname or initials');
    // The caret is in the name, so the first words typed are not put in what was seen.
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.input(name, { target: { value: 'A' } });
    fireEvent.input(name, { target: { value: 'A.B.' } });
    await screen.findByRole('heading', { name: 'Observations: A.B.' });
    expect(screen.getByLabelText('Youth’s nickname or initials')).toBe(name);
    await waitFor(async () => expect((await repository.list())[0]?.nickname).toBe('A.B.'));
    expect((screen.getByRole('checkbox', { name: /Excess cash in their possession/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('a plan with a name is not asked for one', async () => {
    const { user, rerender } = setup();
    await planOpen(user);
    rerender({ noteRequest: note(CASH) });
    await screen.findByRole('heading', { name: 'Observations: JD' });
    expect(screen.queryByLabelText('Youth’s nickname or initials')).toBeNull();
  });

  it('with several plans and none open, asks which youth — and never guesses', async () => {
    const { repository, user, rerender } = setup();
    await planOpen(user, 'A.A.');
    await user.click(screen.getByRole('button', { name: '← All plans' }));
    await planOpen(user, 'B.B.');
    await user.click(screen.getByRole('button', { name: '← All plans' }));
    rerender({ noteRequest: note(CASH) });
    await screen.findByRole('heading', { name: 'Note “Excess cash in their possession”: for which youth?' });
    const plans = await repository.list();
    expect(await Promise.all(plans.map((p) => stored(repository, p.id)))).toEqual([[], []]);
    await user.click(screen.getByRole('button', { name: 'A.A.' }));
    await screen.findByRole('heading', { name: 'Observations: A.A.' });
    const a = plans.find((p) => p.nickname === 'A.A.')!;
    await waitFor(async () => expect((await stored(repository, a.id)).map((o) => o.data.flags)).toEqual([{ [CASH]: true }]));
  });
});

describe('the court-report note in the panel', () => {
  /** A noted cash flag with `fields` filled in (by label) and saved, back in the log. */
  async function observationWritten(fields: Record<string, string>, extra: Partial<Parameters<typeof PlansScreen>[0]> = {}) {
    const made = setup(extra);
    await planOpen(made.user);
    made.rerender({ noteRequest: note(CASH) });
    await screen.findByLabelText('What you saw or heard');
    for (const [label, value] of Object.entries(fields)) fireEvent.input(screen.getByLabelText(label), { target: { value } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await made.user.click(screen.getByRole('button', { name: 'Done' }));
    return made;
  }

  /** A noted injuries flag with nothing written ("Note this" on the wrong row), in the note's view, none chosen yet. */
  async function flagOnlyInNoteView() {
    const made = setup();
    await planOpen(made.user);
    made.rerender({ noteRequest: note(INJURIES) });
    await screen.findByLabelText('What you saw or heard');
    await made.user.click(screen.getByRole('button', { name: 'Done' }));
    await made.user.click(screen.getByRole('button', { name: 'Court-report note' }));
    return made;
  }

  /** A noted cash flag with `seen` written (dated `observedOn` when given), in the note's view, all chosen. */
  async function noteView(seen: string, extra: Partial<Parameters<typeof PlansScreen>[0]> = {}, observedOn?: string) {
    const made = await observationWritten({ 'What you saw or heard': seen, ...(observedOn && { 'Date observed': observedOn }) }, extra);
    await made.user.click(screen.getByRole('button', { name: 'Court-report note' }));
    await made.user.click(screen.getByRole('button', { name: 'Choose all' }));
    return made;
  }

  it('a “who was told” row added and left alone says no one was told: “Who” starts unchosen', async () => {
    const made = setup();
    await planOpen(made.user);
    made.rerender({ noteRequest: note(CASH) });
    fireEvent.input(await screen.findByLabelText('What you saw or heard'), { target: { value: 'Showed me a roll of bills.' } });
    await made.user.click(screen.getByRole('button', { name: '+ Add who was told' }));
    const who = screen.getByRole('combobox', { name: 'Who' }) as HTMLSelectElement;
    expect(who.value).toBe('');
    expect(who.selectedOptions[0]?.textContent).toBe('Choose…');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    await made.user.click(screen.getByRole('button', { name: 'Done' }));
    await made.user.click(screen.getByRole('button', { name: 'Court-report note' }));
    await made.user.click(screen.getByRole('button', { name: 'Choose all' }));
    const preview = await screen.findByLabelText('The note');
    expect(preview.textContent).not.toMatch(/informed/);
    await made.user.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(document.body.textContent).not.toMatch(/Told:/);
  });

  it('asks for the referral number only on a DCFS hotline row, and never hides one typed (helper-49)', async () => {
    const made = setup();
    await planOpen(made.user);
    made.rerender({ noteRequest: note(CASH) });
    fireEvent.input(await screen.findByLabelText('What you saw or heard'), { target: { value: 'Showed me a roll of bills.' } });
    await made.user.click(screen.getByRole('button', { name: '+ Add who was told' }));
    const row = () => screen.getByRole('group', { name: 'Who was told, and when, row 1' });
    const referral = () => within(row()).queryByLabelText('Referral number (DCFS hotline)');
    // Before "Who" is chosen, every cell is there.
    expect(referral()).not.toBeNull();
    fireEvent.change(within(row()).getByLabelText('Who'), { target: { value: 'CSW' } });
    await waitFor(() => expect(referral()).toBeNull());
    expect(within(row()).getByLabelText('Name')).toBeTruthy();
    expect(within(row()).getByLabelText('Date told')).toBeTruthy();
    fireEvent.change(within(row()).getByLabelText('Who'), { target: { value: 'DCFS hotline' } });
    fireEvent.input(await waitFor(() => referral()!), { target: { value: 'R-123' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    // Chosen otherwise afterwards, the number typed stays in sight (and in the note).
    fireEvent.change(within(row()).getByLabelText('Who'), { target: { value: 'Other' } });
    await waitFor(async () => expect((await stored(made.repository))[0]?.data.told).toMatchObject([{ role: 'Other', reference: 'R-123' }]));
    expect((referral() as HTMLTextAreaElement).value).toBe('R-123');
  });

  it('writes the dated paragraph, and copying it goes through the clipboard warning', async () => {
    const { user, copyText } = await noteView('Showed me a roll of bills.');
    const preview = await screen.findByLabelText('The note');
    expect(preview.textContent).toMatch(
      /^On [A-Z][a-z]+ \d+, \d{4}, the CASA observed: Showed me a roll of bills\. This included a large amount of cash\.$/,
    );
    await user.click(screen.getByRole('button', { name: 'Copy…' }));
    const warning = screen.getByRole('alertdialog');
    expect(warning.textContent).toMatch(/clipboard may keep plan text/);
    await user.click(within(warning).getByRole('button', { name: 'Copy anyway' }));
    expect(copyText).toHaveBeenCalledWith(preview.textContent);
  });

  it('warns before a note that says “victim” leaves the panel, quoting the handout, while CSEC status is not confirmed', async () => {
    const { user, copyText, insertText } = await noteView('She called herself a victim of her boyfriend.');
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    const warning = screen.getByRole('alertdialog');
    expect(warning.textContent).toContain('This note says “victim”');
    expect(warning.textContent).toContain(entry('confidentiality-csec-status-court')!.body);
    await user.click(within(warning).getByRole('button', { name: 'Go back' }));
    expect(insertText).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Copy…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Copy anyway' }));
    // Then the clipboard warning, as for any plan text.
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Copy anyway' }));
    expect(copyText).toHaveBeenCalledWith(expect.stringContaining('victim'));
  });

  it('after the CSEC warning’s “Copy anyway”, Escape on the clipboard warning gives the focus back to “Copy…” (helper-60: it went to the top of the view)', async () => {
    const { user, copyText } = await noteView('She called herself a victim of her boyfriend.');
    await user.click(screen.getByRole('button', { name: 'Copy…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Copy anyway' }));
    const clipboard = screen.getByRole('alertdialog');
    expect(clipboard.textContent).toMatch(/clipboard may keep plan text/);
    expect(clipboard.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Copy…');
    expect(copyText).not.toHaveBeenCalled();
  });

  it('what the note says is worded in one status that is always there, not in a new one inserted with its words (helper-60 F12)', async () => {
    const { user } = await noteView('She called herself a victim of her boyfriend.');
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('“victim”');
    // The observation left out: nothing to say, the same status stays, empty.
    await user.click(screen.getAllByRole('checkbox').find((c) => (c as HTMLInputElement).checked)!);
    await waitFor(() => expect(status.textContent).toBe(''));
    expect(screen.getByRole('status')).toBe(status);
    await user.click(screen.getByRole('button', { name: 'Choose all' }));
    await waitFor(() => expect(status.textContent).toContain('“victim”'));
    expect(status.isConnected).toBe(true);
  });

  it('the warning leads to the observation to reword, gives the focus back on “Go back” or Escape, and closes itself once status is confirmed', async () => {
    const { user } = await noteView('She called herself a victim of her boyfriend.');
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    expect(document.activeElement?.textContent).toBe('Go back');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Insert into page');
    // Confirmed while the question is open: it closes, never reading "This note says ,".
    await user.click(screen.getByRole('button', { name: 'Copy…' }));
    await user.click(screen.getByRole('radio', { name: 'Confirmed' }));
    await waitFor(() => expect(document.body.textContent).not.toMatch(/This note says/));
    await user.click(screen.getByRole('radio', { name: 'Not confirmed' }));
    await user.click(screen.getByRole('button', { name: 'Copy…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: /^Reword the observation of / }));
    const seen = (await screen.findByLabelText('What you saw or heard')) as HTMLTextAreaElement;
    expect(seen.value).toBe('She called herself a victim of her boyfriend.');
    // The editor says it too, as the words are typed.
    expect(document.body.textContent).toContain('This says “victim”. The handout asks you to describe what you saw and heard');
    fireEvent.input(seen, { target: { value: 'She said her boyfriend hurts her.' } });
    await waitFor(() => expect(document.body.textContent).not.toContain('This says “victim”'));
  });

  it('“Reword” puts the caret in what was seen with the word selected, and the field is described by the note naming it (helper-60)', async () => {
    const { user } = await noteView('At the visit she called herself a victim of her boyfriend.');
    await user.click(screen.getByRole('button', { name: 'Copy…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: /^Reword the observation of / }));
    const seen = (await screen.findByLabelText('What you saw or heard')) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(seen));
    expect(seen.value.slice(seen.selectionStart, seen.selectionEnd)).toBe('victim');
    const described = (seen.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('This says “victim”. The handout asks you to describe what you saw and heard, not to label the youth.');
  });

  it('while the advocate types, the labelling note speaks once typing pauses, not for each half-word (helper-60)', async () => {
    const made = setup();
    await planOpen(made.user);
    made.rerender({ noteRequest: note(CASH) });
    const seen = (await screen.findByLabelText('What you saw or heard')) as HTMLTextAreaElement;
    seen.focus();
    const noteId = (seen.getAttribute('aria-describedby') ?? '').split(' ').find((id) => id.endsWith('-labels'))!;
    const live = document.getElementById(noteId)!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    const heard: string[] = [];
    const watcher = new MutationObserver(() => live.textContent && heard.push(live.textContent));
    watcher.observe(live, { childList: true, characterData: true, subtree: true });
    try {
      for (const typed of [
        'I think she is traffick',
        'I think she is trafficke',
        'I think she is trafficked',
        'I think she is trafficked.',
      ])
        fireEvent.input(seen, { target: { value: typed } });
      expect(live.textContent).toBe('');
      await waitFor(() => expect(live.textContent).toContain('This says “trafficked”'), { timeout: 3_000 });
      expect(heard.filter((h) => h.includes('traffick'))).toEqual([live.textContent]);
    } finally {
      watcher.disconnect();
    }
  });

  it('a date typed part by part is questioned once typing pauses, for the date typed, never for an in-between one (helper-60)', async () => {
    const { observed, live } = await caretInDateObserved();
    const heard: string[] = [];
    const watcher = new MutationObserver(() => live.textContent && heard.push(live.textContent));
    watcher.observe(live, { childList: true, characterData: true, subtree: true });
    try {
      // Over a date in the far future, the day typed: in between, the year is still 2099.
      fireEvent.input(observed, { target: { value: '2099-12-30' } });
      fireEvent.input(observed, { target: { value: '2099-12-01' } });
      fireEvent.input(observed, { target: { value: '2098-12-01' } });
      expect(live.textContent).toBe('');
      await waitFor(() => expect(live.textContent).toBe('December 1, 2098 is in the future. Is that the date you meant?'), {
        timeout: 3_000,
      });
      expect(heard).toEqual(['December 1, 2098 is in the future. Is that the date you meant?']);
    } finally {
      watcher.disconnect();
    }
  });

  it('a questioned date is said as soon as the field is left, not a second later (helper-61: Tab, and nothing under the date)', async () => {
    const { observed, live } = await caretInDateObserved();
    fireEvent.input(observed, { target: { value: '2098-12-01' } });
    expect(live.textContent).toBe('');
    // Tab: the focus goes on to the next field.
    (screen.getByLabelText('Date written') as HTMLInputElement).focus();
    await waitFor(() => expect(live.textContent).toBe('December 1, 2098 is in the future. Is that the date you meant?'), { timeout: 300 });
  });

  it('a note that no longer fits what is being typed goes at once, the new one once typing pauses (helper-61: a stale “before the date observed”)', async () => {
    const made = setup();
    await planOpen(made.user);
    made.rerender({ noteRequest: note(CASH) });
    const written = (await screen.findByLabelText('Date written')) as HTMLInputElement;
    fireEvent.input(screen.getByLabelText('Date observed'), { target: { value: '2026-01-10' } });
    written.focus();
    const live = written.parentElement!.parentElement!.querySelector('[aria-live="polite"]')!;
    fireEvent.input(written, { target: { value: '2026-01-05' } });
    await waitFor(() => expect(live.textContent).toMatch(/before the date observed/), { timeout: 3_000 });
    fireEvent.input(written, { target: { value: '2098-01-05' } });
    expect(live.textContent).toBe('');
    await waitFor(() => expect(live.textContent).toMatch(/2098 is in the future/), { timeout: 3_000 });
  });

  it('does not warn once the plan records CSEC status as confirmed by DCFS or the court', async () => {
    const { user, insertText } = await noteView('She told the team she was trafficked.');
    await user.click(screen.getByRole('radio', { name: 'Confirmed' }));
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(insertText).toHaveBeenCalledWith(expect.stringContaining('trafficked')));
  });

  it('“Confirmed” asks who confirmed it, how and when, keeps what is typed, and still names a status word beside the note (helper-69)', async () => {
    const { user, repository } = await noteView('I think she is a CSEC victim.');
    expect(screen.queryByLabelText('When it was confirmed')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Confirmed' }));
    expect(document.body.textContent).toContain('Marked confirmed, but not who confirmed it, how or when.');
    fireEvent.input(screen.getByLabelText('When it was confirmed'), { target: { value: '2026-03-03' } });
    fireEvent.input(screen.getByLabelText('Who confirmed it, and how'), { target: { value: 'DCFS: a CSEC unit is assigned.' } });
    await waitFor(async () =>
      expect((await repository.get((await repository.list())[0]!.id))?.data).toMatchObject({
        csecStatus: 'Confirmed',
        csecConfirmedOn: '2026-03-03',
        csecConfirmedHow: 'DCFS: a CSEC unit is assigned.',
      }),
    );
    expect(document.body.textContent).not.toContain('Marked confirmed, but not');
    // Not questioned any more, but a status named is not something seen.
    expect(screen.getByRole('status').textContent).toContain('It says “CSEC”, “victim”. With CSEC status confirmed this is not questioned');
    // Back to "Not confirmed": what was typed stays in sight, never hidden.
    await user.click(screen.getByRole('radio', { name: 'Not confirmed' }));
    expect((screen.getByLabelText('Who confirmed it, and how') as HTMLTextAreaElement).value).toBe('DCFS: a CSEC unit is assigned.');
  });

  it('the plan editor asks the same, under the status, once it is “Confirmed”; the section still counts five fields', async () => {
    const { user, repository } = setup();
    await planOpen(user);
    expect(screen.queryByLabelText('Who confirmed it, and how')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Confirmed' }));
    fireEvent.input(screen.getByLabelText('Who confirmed it, and how'), { target: { value: 'The court, at the March hearing.' } });
    await waitFor(async () =>
      expect((await repository.get((await repository.list())[0]!.id))?.data.csecConfirmedHow).toBe('The court, at the March hearing.'),
    );
    expect(screen.getByRole('button', { name: /^1\. About this plan/ }).textContent).toMatch(/2 of 5/);
  });

  it('a confirmation date in the future is questioned where it is typed', async () => {
    const { user } = await noteView('She told the team she was trafficked.');
    await user.click(screen.getByRole('radio', { name: 'Confirmed' }));
    fireEvent.input(screen.getByLabelText('When it was confirmed'), { target: { value: `${Number(isoDate().slice(0, 4)) + 1}-01-01` } });
    await waitFor(() => expect(document.body.textContent).toMatch(/is in the future/));
  });

  it('with CSEC status confirmed, a word that labels the youth (“hooker”) is still pointed out, without a question (helper-44)', async () => {
    const { user, insertText } = await noteView('Staff called her a hooker in front of the other youth.');
    await user.click(screen.getByRole('radio', { name: 'Confirmed' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'It says “hooker”: words that label the youth are not needed in a note for the court, even with CSEC status confirmed. Say what was seen or heard instead (“name behaviors, not the youth”).',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(insertText).toHaveBeenCalledWith(expect.stringContaining('hooker')));
  });

  it('a chosen observation dated in the future is questioned again beside the note, before it reaches the court as a fact (helper-44 #3)', async () => {
    const made = setup();
    await planOpen(made.user);
    made.rerender({ noteRequest: note(CASH) });
    fireEvent.input(await screen.findByLabelText('What you saw or heard'), { target: { value: 'Showed me a roll of bills.' } });
    fireEvent.input(screen.getByLabelText('Date observed'), { target: { value: '2099-05-01' } });
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    await made.user.click(screen.getByRole('button', { name: 'Done' }));
    await made.user.click(screen.getByRole('button', { name: 'Court-report note' }));
    expect(screen.queryByText(/Check the dates/)).toBeNull();
    await made.user.click(screen.getByRole('button', { name: 'Choose all' }));
    expect((await screen.findByText(/^Check the dates/)).textContent).toBe(
      'Check the dates before the note leaves the panel: May 1, 2099 is in the future. Is that the date you meant?',
    );
  });

  it('while the warning is open, a date question is said once, in the warning, not also above it (helper-81)', async () => {
    const made = await noteView('She called herself a victim of her boyfriend.', {}, '2099-05-01');
    const question = 'May 1, 2099 is in the future. Is that the date you meant?';
    expect(document.body.textContent!.split(question)).toHaveLength(2);
    await made.user.click(screen.getByRole('button', { name: 'Insert into page' }));
    expect(screen.getByRole('alertdialog').textContent).toContain(question);
    expect(document.body.textContent!.split(question)).toHaveLength(2);
    await made.user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Go back' }));
    expect(document.body.textContent!.split(question)).toHaveLength(2);
  });

  it('a date questioned is asked again as the note leaves: Insert waits for “Insert anyway”, and the question opens the observation (helper-69)', async () => {
    const made = await noteView('Showed me a roll of bills.', {}, '2099-05-01');
    await made.user.click(screen.getByRole('button', { name: 'Insert into page' }));
    const asked = screen.getByRole('alertdialog', { name: 'Before this note leaves the panel:' });
    expect(asked.textContent).toContain('May 1, 2099 is in the future. Is that the date you meant?');
    expect(asked.textContent).not.toContain('confidentiality');
    expect(made.insertText).not.toHaveBeenCalled();
    await made.user.click(within(asked).getByRole('button', { name: 'Insert anyway' }));
    await waitFor(() => expect(made.insertText).toHaveBeenCalledWith(expect.stringContaining('On May 1, 2099')));
    // Asked again next time; its button opens the observation to correct the date.
    await made.user.click(screen.getByRole('button', { name: 'Copy…' }));
    await made.user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Open the observation of May 1, 2099' }));
    expect(((await screen.findByLabelText('Date observed')) as HTMLInputElement).value).toBe('2099-05-01');
    expect(made.copyText).not.toHaveBeenCalled();
  });

  it('“Reported to you by” makes a second-hand report the reporter’s in the note and the timeline, not what the CASA observed (helper-69)', async () => {
    const made = await observationWritten({
      'What you saw or heard': 'She came home with a roll of bills.',
      'Reported to you by': 'the caregiver',
    });
    await made.user.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(document.body.textContent).toContain('Reported by the caregiver');
    await made.user.click(screen.getByRole('button', { name: 'Court-report note' }));
    await made.user.click(screen.getByRole('button', { name: 'Choose all' }));
    const preview = await screen.findByLabelText('The note');
    expect(preview.textContent).toMatch(
      /, the caregiver reported to the CASA: She came home with a roll of bills\. The report included a large amount of cash\.$/,
    );
    expect(preview.textContent).not.toContain('the CASA observed');
  });

  it('flags ticked with nothing written are asked about again as the note is copied (helper-69)', async () => {
    const made = await flagOnlyInNoteView();
    await made.user.click(screen.getByRole('button', { name: 'Choose all' }));
    await made.user.click(screen.getByRole('button', { name: 'Copy…' }));
    expect(screen.getByRole('alertdialog').textContent).toMatch(/Red flags are ticked but nothing is written in the observation of/);
    await made.user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Go back' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(made.copyText).not.toHaveBeenCalled();
  });

  it('flags ticked with nothing written are said beside the note and in its list: the note would state them as observed (helper-69)', async () => {
    const made = await flagOnlyInNoteView();
    expect(screen.getByRole('checkbox', { name: /1 red flag — nothing written$/ })).toBeTruthy();
    expect(screen.queryByText(/nothing is written/)).toBeNull();
    await made.user.click(screen.getByRole('button', { name: 'Choose all' }));
    expect((await screen.findByText(/^Red flags are ticked but nothing is written/)).textContent).toMatch(
      /^Red flags are ticked but nothing is written in the observation of \w+ \d+, \d{4}: the note states them as what the CASA observed\. Open it and write what you saw, or leave it out of the note\.$/,
    );
  });

  it('a future date of “who was told” is questioned beside the note too (helper-45)', async () => {
    const made = setup();
    await planOpen(made.user);
    made.rerender({ noteRequest: note(CASH) });
    fireEvent.input(await screen.findByLabelText('What you saw or heard'), { target: { value: 'Showed me a roll of bills.' } });
    await made.user.click(screen.getByRole('button', { name: '+ Add who was told' }));
    await made.user.selectOptions(screen.getByRole('combobox', { name: 'Who' }), 'CSW');
    const told = screen.getAllByLabelText(/^Date told/)[0] as HTMLInputElement;
    fireEvent.input(told, { target: { value: '2099-03-03' } });
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    await made.user.click(screen.getByRole('button', { name: 'Done' }));
    await made.user.click(screen.getByRole('button', { name: 'Court-report note' }));
    await made.user.click(screen.getByRole('button', { name: 'Choose all' }));
    expect((await screen.findByText(/^Check the dates/)).textContent).toContain('March 3, 2099 is in the future.');
  });

  it('inserts with no clipboard fallback: a failed insert copies nothing and says why', async () => {
    const insertText = vi.fn(async () => ({
      inserted: false,
      message: 'Not inserted: No text field has the caret on this page. Nothing was copied.',
    }));
    const { user, copyText } = await noteView('Quiet at the visit.', { insertText });
    await user.click(screen.getByRole('button', { name: 'Insert into page' }));
    expect((await screen.findByRole('alertdialog')).textContent).toMatch(/^Not inserted: .*Nothing was copied\./);
    expect(insertText).toHaveBeenCalledWith(expect.stringContaining('Quiet at the visit.'));
    expect(copyText).not.toHaveBeenCalled();
  });
});

describe('timeline and checklist in the panel', () => {
  it('draws flags over time as SVG elements, lists observations in date order, and prints the checklist blank or filled', async () => {
    const { user, rerender, openPrint, repository } = setup();
    await planOpen(user);
    rerender({ noteRequest: note(CASH) });
    fireEvent.input(await screen.findByLabelText('Date observed'), { target: { value: '2026-01-05' } });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'Timeline' }));
    const chart = await screen.findByRole('img', { name: /Red flags noted over time/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelectorAll('rect')).toHaveLength(1);
    expect(chart.getAttribute('aria-labelledby')).toBeTruthy();
    expect(screen.getByText('Jan 2026: 1 flag')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Checklist' }));
    await user.click(screen.getByRole('button', { name: 'Print a blank checklist' }));
    expect(openPrint).toHaveBeenLastCalledWith('', 'checklist', []);
    await user.click(screen.getByRole('button', { name: 'Choose all' }));
    await user.click(screen.getByRole('button', { name: 'Print filled checklist (1)' }));
    const [o] = await stored(repository);
    expect(openPrint).toHaveBeenLastCalledWith((await repository.list())[0]!.id, 'checklist', [o!.id]);
  });
});

describe('two observations of one day with the same flags (helper-75)', () => {
  /** What a screen reader reads after a control's name: the text of what it is described by. */
  const description = (el: Element) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');

  it('are told apart by what was seen, in the log and in the timeline, not only by their date and flags', async () => {
    const { repository } = freshRepository();
    const client = servePlans(repository).connect('panel');
    await client.call('create', { id: 'p' });
    const flags = { 'red-flag-prepaid-cards-phones': true };
    await client.call('createObservation', {
      planId: 'p',
      id: 'a',
      data: { observedOn: '2026-03-01', flags, seen: 'A new phone at breakfast.' },
    });
    await client.call('createObservation', {
      planId: 'p',
      id: 'b',
      data: { observedOn: '2026-03-01', flags, seen: 'A second phone after school.' },
    });
    renderPlansScreen(client, { entry, initialPlanId: 'p', initialObservations: { observationId: undefined } });
    const user = userEvent.setup();
    const entries = await screen.findAllByRole('button', { name: /^March 1, 2026/ });
    expect(entries).toHaveLength(2);
    expect(entries.map(description).sort()).toEqual(['A new phone at breakfast.', 'A second phone after school.']);
    await user.click(screen.getByRole('button', { name: 'Timeline' }));
    const dated = await screen.findAllByRole('button', { name: 'March 1, 2026' });
    expect(dated).toHaveLength(2);
    const described = dated.map(description);
    expect(new Set(described).size).toBe(2);
    expect(described.some((d) => d.includes('A new phone at breakfast.'))).toBe(true);
    expect(described.every((d) => d.includes('Prepaid'))).toBe(true);
  });

  it('say which of the day they are, in the order written: in the log’s names and the timeline’s headings (helper-79)', async () => {
    const { repository } = freshRepository();
    const client = servePlans(repository).connect('panel');
    await client.call('create', { id: 'p' });
    const flags = { 'red-flag-prepaid-cards-phones': true };
    for (const [id, seen] of [
      ['a', 'A new phone at breakfast.'],
      ['b', 'A second phone after school.'],
    ] as const)
      await client.call('createObservation', { planId: 'p', id, data: { observedOn: '2026-03-01', flags, seen } });
    await client.call('createObservation', { planId: 'p', id: 'c', data: { observedOn: '2026-02-01', flags, seen: 'Alone that day.' } });
    renderPlansScreen(client, { entry, initialPlanId: 'p', initialObservations: { observationId: undefined } });
    const user = userEvent.setup();
    // The log, newest first: the one written second that day comes first.
    const names = (await screen.findAllByRole('button', { name: /^(March|February) 1, 2026/ })).map((b) => b.textContent);
    expect(names).toEqual([
      expect.stringMatching(/^March 1, 2026 · 2 of 2 that day/),
      expect.stringMatching(/^March 1, 2026 · 1 of 2 that day/),
      expect.not.stringContaining('that day'),
    ]);
    await user.click(screen.getByRole('button', { name: 'Timeline' }));
    // Found by the name a screen reader's list of headings shows (the hidden description left out).
    const all = await screen.findAllByRole('heading', { level: 4 });
    const named = ['February 1, 2026', 'March 1, 2026 · 1 of 2 that day', 'March 1, 2026 · 2 of 2 that day'].map((name) =>
      all.indexOf(screen.getByRole('heading', { level: 4, name })),
    );
    expect(named).toEqual([0, 1, 2]);
  });
});

describe('an observation started and never written in (the panel closed on it)', () => {
  it('stays in the log to finish or delete, but never reaches the timeline, the court note or a filled checklist', async () => {
    const { user, client, repository } = setup();
    await planOpen(user);
    const planId = (await repository.list())[0]!.id;
    await client.call('createObservation', { planId, id: 'blank', data: newObservationData('2026-02-01') });
    await client.call('createObservation', {
      planId,
      id: 'seen',
      data: { ...newObservationData('2026-01-05'), seen: 'Quiet at the visit.' },
    });
    await user.click(screen.getByRole('button', { name: 'Observations' }));
    expect(await screen.findByText('Nothing written yet — open it to finish, or delete it')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^(January|February) \d+, 2026/ })).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Court-report note' }));
    await user.click(screen.getByRole('button', { name: 'Choose all' }));
    expect((await screen.findByLabelText('The note')).textContent).toBe('On January 5, 2026, the CASA observed: Quiet at the visit.');
    await user.click(screen.getByRole('button', { name: 'Timeline' }));
    expect(screen.getAllByRole('button', { name: /, 2026$/ }).map((b) => b.textContent)).toEqual(['January 5, 2026']);
    await user.click(screen.getByRole('button', { name: 'Checklist' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
  });
});

describe('the panel’s address asks for a plan’s observations', () => {
  it('reads them alongside the plan; a read started while locked is made again once unlocked', async () => {
    const { repository } = freshRepository({ kdfIterations: 1000 });
    const client = servePlans(repository, { kdfIterations: 1000 }).connect('panel');
    await client.call('create', { id: 'p' });
    await client.call('createObservation', { planId: 'p', id: 'o', data: { observedOn: '2026-03-03', seen: 'Quiet at the visit.' } });
    await client.call('setUpVault', { passphrase: 'correct horse battery' });
    await client.call('lock', {});
    prefetchObservations(client, 'p');
    await client.call('unlock', { passphrase: 'correct horse battery' });
    renderPlansScreen(client, { entry, initialPlanId: 'p', initialObservations: { observationId: undefined } });
    expect((await screen.findByText('Quiet at the visit.')).className).toBe('observation-preview');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('back from an observation, the advocate is where they were (helper-75)', () => {
  async function logOfThree() {
    const { repository } = freshRepository();
    const client = servePlans(repository).connect('panel');
    await client.call('create', { id: 'p' });
    for (const [id, day, seen] of [
      ['a', '2026-03-01', 'First visit.'],
      ['b', '2026-03-02', 'Second visit.'],
      ['c', '2026-03-03', 'Third visit.'],
    ] as const)
      await client.call('createObservation', { planId: 'p', id, data: { observedOn: day, seen } });
    renderPlansScreen(client, { entry, initialPlanId: 'p', initialObservations: { observationId: undefined } });
    await screen.findByText('Second visit.');
    return userEvent.setup();
  }

  it('in the log: the entry just read has the focus, not the top of the log', async () => {
    const user = await logOfThree();
    await user.click(screen.getByRole('button', { name: /^March 2, 2026/ }));
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /^March 2, 2026/ })));
  });

  it('in the timeline: the date just read has the focus, and the timeline stays', async () => {
    const user = await logOfThree();
    await user.click(screen.getByRole('button', { name: 'Timeline' }));
    await user.click(screen.getByRole('button', { name: 'March 1, 2026' }));
    await user.click(await screen.findByRole('button', { name: '← All observations' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'March 1, 2026' })));
    expect(screen.getByRole('button', { name: 'Timeline' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('deleted, the entry is gone: the focus goes to the log’s heading', async () => {
    const user = await logOfThree();
    await user.click(screen.getByRole('button', { name: /^March 2, 2026/ }));
    await user.click(await screen.findByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
    expect(screen.queryByText('Second visit.')).toBeNull();
  });
});

describe('Escape leaves an observation as Done does (helper-75 #7)', () => {
  async function oneOpen() {
    const { repository } = freshRepository();
    const client = servePlans(repository).connect('panel');
    await client.call('create', { id: 'p' });
    await client.call('createObservation', { planId: 'p', id: 'a', data: { observedOn: '2026-03-01', seen: 'First visit.' } });
    renderPlansScreen(client, { entry, initialPlanId: 'p', initialObservations: { observationId: undefined } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^March 1, 2026/ }));
    return { user, repository };
  }

  it('from a text field: what was typed is kept, and the focus is back on its entry in the log', async () => {
    const { user, repository } = await oneOpen();
    const seen = (await screen.findByLabelText('What you saw or heard')) as HTMLTextAreaElement;
    await user.click(seen);
    await user.type(seen, ' Quiet.');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /^March 1, 2026/ })));
    expect(screen.queryByLabelText('What you saw or heard')).toBeNull();
    await waitFor(async () => expect((await stored(repository, 'p'))[0]!.data.seen).toBe('First visit. Quiet.'));
  });

  it('Escape on the delete question closes only the question', async () => {
    const { user } = await oneOpen();
    await user.click(await screen.findByRole('button', { name: 'Delete…' }));
    await user.keyboard('{Escape}');
    expect(screen.getByLabelText('What you saw or heard')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete…' }));
  });

  it('with the delete question open, Escape in a field closes the question first, the caret staying in the field; the next Escape leaves', async () => {
    const { user } = await oneOpen();
    await user.click(await screen.findByRole('button', { name: 'Delete…' }));
    const seen = screen.getByLabelText('What you saw or heard') as HTMLTextAreaElement;
    await user.click(seen);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByLabelText('What you saw or heard')).toBe(seen);
    expect(document.activeElement).toBe(seen);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /^March 1, 2026/ })));
    expect(screen.queryByLabelText('What you saw or heard')).toBeNull();
  });
});

describe('a link to an observation that is no longer there (helper-75 #9)', () => {
  /** The panel opened on a plan with one observation ("a"), its address naming `observationId`. */
  async function linkedTo(observationId: string) {
    const { repository } = freshRepository();
    const client = servePlans(repository).connect('panel');
    await client.call('create', { id: 'p' });
    await client.call('createObservation', { planId: 'p', id: 'a', data: { observedOn: '2026-03-01', seen: 'First visit.' } });
    const forget = vi.fn();
    renderPlansScreen(client, { entry, initialPlanId: 'p', initialObservations: { observationId }, onObservationLinkMissing: forget });
    return forget;
  }

  it('opens the log and says the observation is not in this plan any more', async () => {
    await linkedTo('gone');
    await screen.findByText('First visit.');
    expect((await screen.findByRole('alert')).textContent).toMatch(/That observation is no longer in this plan/);
  });

  it('is said once: the address forgets the link, and an observation opened or written takes the message away (helper-77)', async () => {
    const forget = await linkedTo('gone');
    await screen.findByRole('alert');
    expect(forget).toHaveBeenCalledTimes(1);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '+ New observation' }));
    await screen.findByLabelText('What you saw or heard');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.input(screen.getByLabelText('What you saw or heard'), { target: { value: 'Quiet at the visit.' } });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('Quiet at the visit.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(forget).toHaveBeenCalledTimes(1);
  });

  it('a link to one that is there opens it, with no such message', async () => {
    await linkedTo('a');
    expect(((await screen.findByLabelText('What you saw or heard')) as HTMLTextAreaElement).value).toBe('First visit.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
