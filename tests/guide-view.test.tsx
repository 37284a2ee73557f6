import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { render as renderNow } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideView } from '@/components/GuideView';
import { guide } from '@/content';
import { createGuideSearch } from '@/utils/search';
import { lexicon } from '@/content/lexicon';
import { guideWithEnglishOnly } from './english-only';

// The gorilla-pimp term without its Spanish: the example of an entry with none (a program's own line).
const search = createGuideSearch(guideWithEnglishOnly(guide, 'term-gorilla-pimp'), lexicon);

function setup(props: Partial<Parameters<typeof GuideView>[0]> = {}) {
  const copyText = vi.fn(async (_text: string) => {});
  const onTogglePin = vi.fn();
  const onDismiss = vi.fn();
  const utils = render(
    <GuideView search={search} pinnedIds={[]} onTogglePin={onTogglePin} copyText={copyText} onDismiss={onDismiss} {...props} />,
  );
  const input = screen.getByRole('combobox', { name: 'Search guidance' }) as HTMLInputElement;
  const optionTitles = () => screen.getAllByRole('option').map((o) => o.querySelector('.option-title')?.textContent);
  const active = () =>
    document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.querySelector('.option-title')?.textContent;
  return { ...utils, input, copyText, onTogglePin, onDismiss, optionTitles, active, user: userEvent.setup() };
}

afterEach(cleanup);

describe('GuideView (popup and side panel guide)', () => {
  it('starts focused on a labelled combobox that controls a listbox of hotlines', () => {
    const { input, optionTitles } = setup();
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('aria-controls')).toBe(screen.getByRole('listbox').id);
    expect(optionTitles()[0]).toBe('National Human Trafficking Hotline');
    expect(screen.getByRole('group', { name: 'Hotlines' })).toBeTruthy();
  });

  it('takes the focus to the search as it is drawn, not a frame later: a Tab pressed at once to the chips keeps its place (a CI run under load)', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    // Drawn as the popup hydrates it: without a test's act(), effects wait for the next frame.
    renderNow(<GuideView search={search} pinnedIds={[]} onTogglePin={() => {}} copyText={async () => {}} />, root);
    expect(document.activeElement).toBe(root.querySelector('input'));
    const all = within(root).getByRole('button', { name: 'All' });
    all.focus();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).toBe(all);
    renderNow(null, root);
    root.remove();
  });

  it('updates results as you type, with no button', async () => {
    const { user, input, optionTitles } = setup();
    await user.type(input, 'instagram');
    expect(optionTitles()[0]).toBe('Internet enticement through chat rooms or profile sites');
  });

  it('moves with ↑/↓ and copies the highlighted message with Enter, then says “Copied”', async () => {
    const { user, input, active, copyText } = setup();
    await user.type(input, 'red flags');
    const first = active();
    await user.keyboard('{ArrowDown}');
    const second = active();
    expect(second).not.toBe(first);
    await user.keyboard('{ArrowUp}');
    expect(active()).toBe(first);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(copyText).toHaveBeenCalledWith(expect.stringContaining(second!));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Copied'));
    expect(screen.getByText('Copied ✓')).toBeTruthy();
  });

  it('copies a hotline’s whole message with the first Enter, and a phrasing without a name', async () => {
    const { user, input, copyText } = setup();
    await user.type(input, 'trafficking hotline');
    await user.keyboard('{Enter}');
    expect(copyText).toHaveBeenLastCalledWith(
      expect.stringMatching(/^National Human Trafficking Hotline .*call 1-888-373-7888.*text 233733/),
    );
    await user.clear(input);
    await user.type(input, 'what led you to leave');
    await user.keyboard('{Enter}');
    expect(copyText).toHaveBeenLastCalledWith('What led you to leave placement?');
    expect(screen.queryByLabelText('Youth’s first name (optional)')).toBeNull();
  });

  it('personalises as an optional second step: a first name, never stored', async () => {
    const { user, input, copyText } = setup();
    await user.type(input, 'what led you to leave');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    await user.click(screen.getByRole('button', { name: 'Personalise…' }));
    const name = screen.getByLabelText('Youth’s first name (optional)');
    expect(document.activeElement).toBe(name);
    await user.type(name, 'Ana');
    expect(screen.getByText('Ana, what led you to leave placement?')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(copyText).toHaveBeenCalledWith('Ana, what led you to leave placement?');
  });

  it('labels what Copy gives: a message to send for a hotline, text for your notes for a red flag', async () => {
    const { user, input } = setup();
    await user.type(input, 'trafficking hotline');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    const headings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings()).toEqual(expect.arrayContaining(['Message to send', 'In Spanish, for the youth or family']));
    await user.keyboard('{Escape}');
    await user.clear(input);
    await user.type(input, 'excess cash');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(headings()).toEqual(expect.arrayContaining(['What Copy puts in your notes', 'In Spanish']));
    expect(headings()).not.toContain('Message to send');
    expect(headings()).not.toContain('In Spanish, for the youth or family');
  });

  it('labels a crisis entry’s steps as the advocate’s own, not a message for the youth', async () => {
    const { user, input } = setup();
    await user.type(input, 'how do I make a report');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    const headings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/make a report/i);
    expect(headings()).toEqual(expect.arrayContaining(['What Copy puts in your notes', 'In Spanish']));
    expect(headings()).not.toContain('In Spanish, for the youth or family');
  });

  it('lets a hotline message say only “call” or only “text”', async () => {
    const { user, input, copyText } = setup();
    await user.type(input, 'trafficking hotline');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    await user.click(screen.getByRole('button', { name: 'Personalise…' }));
    await user.click(screen.getByRole('radio', { name: 'text' }));
    await user.keyboard('{Enter}');
    expect(copyText).toHaveBeenCalledWith('National Human Trafficking Hotline (24/7, confidential, not law enforcement): text 233733.');
  });

  it('inserts with Ctrl+Enter where the page can be reached, and says what happened', async () => {
    const insertText = vi.fn(async () => 'Inserted into the page.');
    const { user, input } = setup({ insertText });
    await user.type(input, 'cash');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(insertText).toHaveBeenCalledWith(
      'Excess cash in their possession\nAn excess amount of cash; the youth may be reluctant to explain its source.',
      expect.objectContaining({ id: 'red-flag-excess-cash' }),
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Inserted into the page.'));
  });

  it('inserts a filled-in message from the form with Ctrl+Enter', async () => {
    const insertText = vi.fn(async () => 'Inserted into the page.');
    const { user, input } = setup({ insertText });
    await user.type(input, 'here to talk');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    await user.click(screen.getByRole('button', { name: 'Personalise…' }));
    await user.type(screen.getByLabelText('Youth’s first name (optional)'), 'Sam');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(insertText).toHaveBeenCalledWith(
      'Sam, I am here to talk, if you need me.',
      expect.objectContaining({ id: 'phrase-here-to-talk' }),
    );
  });

  it('wraps around from the first result to the last', async () => {
    const { user, input, active, optionTitles } = setup();
    await user.type(input, 'myth');
    await user.keyboard('{ArrowUp}');
    expect(active()).toBe(optionTitles().at(-1));
  });

  it('copies a result when its Copy control is clicked', async () => {
    const { user, copyText } = setup();
    await user.click(screen.getAllByText('Copy')[0]!);
    expect(copyText).toHaveBeenCalledWith(
      'National Human Trafficking Hotline (24/7, confidential, not law enforcement): call 1-888-373-7888, TTY 711 or text 233733.',
    );
  });

  it('clears with Escape, and asks to close when there is nothing left to clear', async () => {
    const { user, input, onDismiss } = setup();
    await user.type(input, 'runaway');
    await user.keyboard('{Escape}');
    expect(input.value).toBe('');
    expect(onDismiss).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalled();
  });

  it('shows a clear “no matches” state that keeps the hotlines one keystroke away', async () => {
    const { user, input, copyText } = setup();
    await user.type(input, 'zzzzqqqq');
    expect(screen.getByText(/No matches for “zzzzqqqq”/)).toBeTruthy();
    await user.keyboard('{Enter}{Enter}');
    expect(copyText).toHaveBeenCalledWith(expect.stringContaining('1-888-373-7888'));
  });

  it('survives a 5,000-character paste, emoji and regex characters', () => {
    const { input, optionTitles } = setup();
    for (const value of ['x'.repeat(5000), '💜(.*)+[', '     ']) {
      fireEvent.input(input, { target: { value } });
      expect(optionTitles().length).toBeGreaterThan(0);
    }
    fireEvent.input(input, { target: { value: 'hotline '.repeat(625) } });
    expect(screen.getByText(/Only the first 160 characters are searched/)).toBeTruthy();
  });

  it('says how much of a paste is read, past the words and past the situations', () => {
    const { input } = setup();
    fireEvent.input(input, { target: { value: 'hotline '.repeat(625) } });
    expect(
      screen.getByText('Only the first 160 characters are searched for words; a situation that can’t wait is looked for in all of it.'),
    ).toBeTruthy();
    fireEvent.input(input, { target: { value: 'hotline '.repeat(7000) } });
    expect(
      screen.getByText('Only the first 160 characters are searched for words, and the first 50,000 for a situation that can’t wait.'),
    ).toBeTruthy();
  });

  it('filters by kind with the chips', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Red flags' }));
    expect(screen.getByRole('button', { name: 'Red flags' }).getAttribute('aria-pressed')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(11);
    expect(options.every((o) => o.classList.contains('option-red-flag'))).toBe(true);
  });

  it('opens a detail view with the whole entry, its correction and its source', async () => {
    const { user, input } = setup();
    await user.type(input, 'dating abuse');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('love is respect — teen dating abuse helpline');
    expect(screen.getByText(/Older handouts list 1-866-331-9473/)).toBeTruthy();
    expect(screen.getByText(/loveisrespect.org, checked 2026-11-29/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '1-866-331-9474' }).getAttribute('href')).toBe('tel:+18663319474');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('listbox')).toBeTruthy();
  });

  it('says in the detail view when a line is not independently verified', async () => {
    const { user, input } = setup();
    await user.type(input, 'saving innocence');
    expect(screen.getAllByText('Not verified').length).toBeGreaterThan(0);
    await user.click(screen.getAllByRole('option')[0]!);
    expect(screen.getByText('From CASA training material, not independently verified.')).toBeTruthy();
  });

  it('pins from the detail view and lists pinned entries under the hotlines', async () => {
    const { user, input, onTogglePin, rerender } = setup();
    await user.type(input, 'cash');
    await user.click(screen.getAllByRole('option')[0]!);
    await user.click(screen.getByRole('button', { name: '☆ Pin' }));
    expect(onTogglePin).toHaveBeenCalledWith('red-flag-excess-cash');
    rerender(<GuideView search={search} pinnedIds={['red-flag-excess-cash']} onTogglePin={onTogglePin} copyText={async () => {}} />);
    await user.keyboard('{Escape}');
    await user.clear(input);
    expect(screen.getByText('Pinned')).toBeTruthy();
    expect(screen.getByText('Excess cash in their possession')).toBeTruthy();
  });

  it('Alt+Enter copies the Spanish version, and never copies English labelled as Spanish', async () => {
    const { user, input, copyText } = setup();
    await user.type(input, 'trafficking hotline');
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    expect(copyText).toHaveBeenLastCalledWith(expect.stringMatching(/^Línea Nacional contra la Trata de Personas/));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Copied in Spanish/));
    copyText.mockClear();
    await user.clear(input);
    // A glossary term made English-only above: every guide entry has its Spanish now.
    await user.type(input, 'gorilla pimp');
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    expect(copyText).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toMatch(/^No Spanish version of “.+” yet, so nothing was copied/);
  });

  it('clears “Copied: …” as a new search is typed: it was about the last one', async () => {
    const { user, input } = setup();
    await user.type(input, 'runaway');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Copied/));
    await user.type(input, ' line');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('Escape that clears the search clears “Copied in Spanish: …” too; Escape in the results region goes back to the search box (helper-43)', async () => {
    const { user, input } = setup();
    await user.type(input, 'runaway');
    await user.keyboard('{Alt>}{Enter}{/Alt}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Copied/));
    await user.keyboard('{Escape}');
    expect(input.value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('');
    screen.getByRole('region', { name: /results/i }).focus();
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(input);
  });

  it('the kind chips are one Tab stop, ←/→ between them', async () => {
    const { user, input } = setup();
    const chips = screen.getByRole('toolbar', { name: /kind/i }).querySelectorAll('button');
    expect([...chips].filter((c) => c.tabIndex === 0).map((c) => c.textContent)).toEqual(['All']);
    input.focus();
    await user.tab();
    expect(document.activeElement?.textContent).toBe('All');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(chips[1]);
    await user.keyboard('{Enter}');
    expect(chips[1]?.getAttribute('aria-pressed')).toBe('true');
    expect([...chips].filter((c) => c.tabIndex === 0)).toEqual([chips[1]]);
  });

  it('says so when the browser refuses to copy', async () => {
    const { user } = setup({ copyText: async () => Promise.reject(new Error('denied')) });
    await user.click(screen.getAllByText('Copy')[0]!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Could not copy/));
  });

  it('“Note this” on a red flag: Alt+N on the highlighted result, or the button in its details; never on other entries', async () => {
    const onNote = vi.fn();
    const { user, input, active } = setup({ onNote });
    await user.type(input, 'excess cash');
    expect(active()).toBe('Excess cash in their possession');
    fireEvent.keyDown(input, { key: 'ñ', code: 'KeyN', altKey: true });
    expect(onNote).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'red-flag-excess-cash' }));
    await user.clear(input);
    await user.type(input, 'runaway hotline');
    fireEvent.keyDown(input, { key: 'n', code: 'KeyN', altKey: true });
    expect(onNote).toHaveBeenCalledTimes(1);
    await user.clear(input);
    await user.type(input, 'injuries');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    await user.click(screen.getByRole('button', { name: /Note this/ }));
    expect(onNote).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'red-flag-injuries' }));
  });
});

describe('GuideView results, heard as well as seen', () => {
  const announcement = () => document.querySelector('.results-announcement[aria-live="polite"]')?.textContent ?? '';

  it('says how many results and which comes first once typing pauses, not at every keystroke', async () => {
    const { user, input, optionTitles } = setup();
    await user.type(input, 'red flags');
    expect(announcement()).toBe('');
    await waitFor(() => expect(announcement()).toMatch(/^\d+ results\. First: /));
    expect(announcement()).toContain(`First: ${optionTitles()[0]}.`);
  });

  it('a first result that is a question is said without a stray full stop after it (helper-60: “placement?.”)', async () => {
    const { user, input, optionTitles } = setup();
    await user.click(within(screen.getByRole('toolbar')).getByRole('button', { name: /^What to say/ }));
    await user.type(input, 'led you to leave');
    await waitFor(() => expect(announcement()).toMatch(/First: /));
    expect(optionTitles()[0]).toMatch(/\?$/);
    expect(announcement()).toMatch(/\?$/);
    expect(announcement()).not.toMatch(/[?!.]\.$/);
  });

  it('no stale results count while an entry is open, nor said again on coming back (helper-60)', async () => {
    const { user, input } = setup();
    await user.type(input, 'excess cash');
    await waitFor(() => expect(announcement()).toMatch(/First: /));
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByRole('button', { name: /Back to results/ })).toBeTruthy();
    expect(announcement()).toBe('');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: /Back to results/ })).toBeNull();
    await new Promise((r) => setTimeout(r, 700));
    expect(announcement()).toBe('');
    // The next search is said as before.
    await user.type(input, ' money');
    await waitFor(() => expect(announcement()).toMatch(/First: /));
  });

  it('says when nothing matched, and stays silent on the empty query', async () => {
    const { user, input } = setup();
    await new Promise((r) => setTimeout(r, 700));
    expect(announcement()).toBe('');
    await user.type(input, 'zzqxv');
    await waitFor(() => expect(announcement()).toContain('No matches for “zzqxv”'));
    await user.clear(input);
    await waitFor(() => expect(announcement()).toBe(''));
  });

  it('says what a filter chip shows when it is chosen on the empty query (helper-58: the list changed without a word)', async () => {
    const { user, optionTitles } = setup();
    await new Promise((r) => setTimeout(r, 700));
    expect(announcement()).toBe('');
    const chips = screen.getByRole('toolbar');
    await user.click(within(chips).getByRole('button', { name: /^Red flags/ }));
    await waitFor(() => expect(announcement()).toMatch(/^Red flags: \d+ entries\. First: /));
    expect(announcement()).toContain(`First: ${optionTitles()[0]}.`);
  });
});

describe('a filter chip and what can’t wait (helper-60)', () => {
  it('keeps the crisis entry a query signals first whatever the filter, and a “no matches” under a filter names it', async () => {
    const { user, input, optionTitles } = setup();
    await user.click(screen.getByRole('button', { name: 'Red flags' }));
    await user.type(input, 'she ran away last night');
    expect(optionTitles()[0]).toBe('The youth is missing or has left placement (AWOL)');
    expect([...screen.getAllByRole('option')].slice(1).every((o) => o.classList.contains('option-red-flag'))).toBe(true);
    await user.clear(input);
    await user.type(input, 'xqzvw');
    expect(screen.getByRole('note').textContent).toBe(
      'Nothing under “Red flags” matches “xqzvw”. Choose “All” to search the whole guide — the hotlines are below.',
    );
  });

  it('Alt+N on an entry that is not a red flag says so, instead of doing nothing in silence', async () => {
    const onNote = vi.fn();
    const { user, input, active } = setup({ onNote });
    await user.type(input, 'runaway hotline');
    const title = active();
    fireEvent.keyDown(input, { key: 'n', code: 'KeyN', altKey: true });
    expect(onNote).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe(
      `Alt+N notes red flags only: “${title}” is not one. Choose a red flag to note it in the current plan.`,
    );
  });
});

describe('where Alt+N puts a red flag, said before it is pressed (helper-61 #11)', () => {
  it('the search’s hint names an observation of the current plan, in the side panel', () => {
    const { input } = setup({ onNote: vi.fn() });
    const hint = document.getElementById(input.getAttribute('aria-describedby')!)!.textContent;
    expect(hint).toContain('Alt+N on a red flag notes it in an observation of the current plan, in the side panel.');
  });
});
