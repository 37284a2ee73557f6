import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideView } from '@/components/GuideView';
import { crisisCard, glossaryGuidance, guide } from '@/content';
import { createGuideSearch } from '@/utils/search';
import { lexicon } from '@/content/lexicon';

const search = createGuideSearch(guide, lexicon);

function setup(props: Partial<Parameters<typeof GuideView>[0]> = {}) {
  const copyText = vi.fn(async (_text: string) => {});
  render(
    <GuideView
      search={search}
      crisisCard={crisisCard}
      glossaryGuidance={glossaryGuidance}
      pinnedIds={[]}
      onTogglePin={() => {}}
      copyText={copyText}
      {...props}
    />,
  );
  const input = screen.getByRole('combobox', { name: 'Search guidance' }) as HTMLInputElement;
  return { input, copyText, user: userEvent.setup() };
}

afterEach(cleanup);

describe('when it can’t wait, and the words youth use', () => {
  it('puts “When it can’t wait” first on the empty popup, one Enter away from the card', async () => {
    const { user } = setup();
    const options = screen.getAllByRole('option');
    expect(options[0]?.textContent).toContain('When it can’t wait');
    expect(options[1]?.textContent).toContain('National Human Trafficking Hotline');
    await user.keyboard('{Enter}');
    const card = screen.getByRole('region', { name: 'Entry' });
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toBe('When it can’t wait');
    // Every situation of the short card, with its first step and its numbers as links.
    for (const row of crisisCard.rows) expect(within(card).getByRole('heading', { name: row.situation })).toBeTruthy();
    expect(within(card).getAllByRole('link', { name: '911' }).length).toBeGreaterThan(0);
    expect(within(card).getAllByRole('link', { name: /1-800-540-4000/ }).length).toBeGreaterThan(0);
  });

  it('opens the card on Ctrl+Enter too, never inserting thirty lines into the page', async () => {
    const insertText = vi.fn(async () => 'Inserted into the page.');
    const { user } = setup({ insertText });
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(insertText).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('When it can’t wait');
  });

  it('labels the card’s row control “Open”, as Enter does, not Copy or Insert', () => {
    setup();
    const row = screen.getAllByRole('option')[0]!;
    const controls = [...row.querySelectorAll('.affordance')].map((c) => c.textContent);
    expect(controls).toEqual(['Open']);
    // Every other row still copies.
    expect([...screen.getAllByRole('option')[1]!.querySelectorAll('.affordance')].map((c) => c.textContent)).toContain('Copy');
  });

  it('shows a crisis entry’s steps and numbers before its explanation, so they are on the first screen', async () => {
    const { user } = setup();
    await user.keyboard('{Enter}');
    await user.click(screen.getAllByRole('button', { name: 'All the steps ▸' })[2]!);
    const region = screen.getByRole('region', { name: 'Entry' });
    const steps = within(region).getByRole('list', { name: 'Steps, in order' });
    const numbers = within(region).getByRole('heading', { name: 'Numbers' });
    const body = region.querySelector('.detail-body')!;
    // DOCUMENT_POSITION_FOLLOWING: the explanation comes after both.
    expect(steps.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(numbers.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('opens a situation’s steps, in order, from the card, and goes back to the card; copies the whole card from its top', async () => {
    const { user, copyText } = setup();
    await user.keyboard('{Enter}');
    await user.click(screen.getAllByRole('button', { name: 'All the steps ▸' })[2]!);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/missing/i);
    const steps = screen.getByRole('list', { name: 'Steps, in order' }).querySelectorAll('li');
    expect(steps.length).toBeGreaterThan(3);
    // Escape (or “← Back to the card”) goes back to the card, not past it to the results.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('When it can’t wait');
    await user.click(screen.getAllByRole('button', { name: 'All the steps ▸' })[0]!);
    await user.click(screen.getByRole('button', { name: '← Back to the card' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('When it can’t wait');
    // The copy comes before the situations, not under five sets of steps.
    const copy = screen.getByRole('button', { name: 'Copy the card' });
    const firstSituation = screen.getByRole('heading', { name: crisisCard.rows[0]!.situation });
    expect(copy.compareDocumentPosition(firstSituation) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(copy);
    const copied = copyText.mock.calls.at(-1)?.[0] ?? '';
    expect(copied).toMatch(/^When it can’t wait/);
    expect(copied).toContain('911');
    expect(copied).toContain('1-800-540-4000');
    expect(copied).toContain('988');
  });

  it('offers the card and the hotlines when nothing matches', async () => {
    const { user, input } = setup();
    await user.type(input, 'qqqzzz');
    expect(screen.getByText(/No matches for/)).toBeTruthy();
    expect(screen.getAllByRole('option')[0]?.textContent).toContain('When it can’t wait');
  });

  it('shows a glossary term with the guidance every term carries, and copies its meaning for notes', async () => {
    const { user, input, copyText } = setup();
    await user.type(input, 'what does bottom mean');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/Bottom/);
    expect(screen.getByText(glossaryGuidance.summary)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Why it matters' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy message' }));
    expect(copyText.mock.calls.at(-1)?.[0]).toMatch(/Bottom/);
  });

  it('links a term the guide uses to its glossary entry', async () => {
    const { user, input } = setup();
    await user.type(input, 'case parties');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    await user.click(screen.getByRole('button', { name: /^CSW/ }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/^CSW/);
  });
});

describe('the card, from the keyboard (helper-54)', () => {
  it('Enter on the open card copies it, as Enter on an open entry does; Ctrl+Enter inserts nothing', async () => {
    const insertText = vi.fn(async () => 'Inserted into the page.');
    const { user, copyText } = setup({ insertText });
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('When it can’t wait');
    expect(document.activeElement?.closest('[role="region"]')).toBe(screen.getByRole('region', { name: 'Entry' }));
    await user.keyboard('{Enter}');
    expect(copyText.mock.calls.at(-1)?.[0]).toMatch(/^When it can’t wait/);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(insertText).not.toHaveBeenCalled();
  });
});

describe('the card, read by a screen reader (helper-58)', () => {
  it('reads each “All the steps ▸” with its own situation, so five buttons are told apart', async () => {
    const { user } = setup();
    await user.keyboard('{Enter}');
    const buttons = screen.getAllByRole('button', { name: 'All the steps ▸' });
    expect(
      buttons.map((b) => b.getAttribute('aria-describedby') && document.getElementById(b.getAttribute('aria-describedby')!)?.textContent),
    ).toEqual(crisisCard.rows.map((row) => row.situation));
  });
});
