import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { lexicon } from '@/content/lexicon';
import { createGuideSearch } from '@/utils/search';
import { renderGuideView } from './render-guide';

const search = createGuideSearch(guide, lexicon);
afterEach(cleanup);

/**
 * helper-72 opened the missing-youth steps at 400 × 600: step 3 says "call the DCFS Child
 * Protection Hotline", and its number came only after all eight steps, 500 px down, without
 * the TDD line the copied text has.
 */
describe('a crisis entry opened: the numbers before the steps that name them', () => {
  it('lists the lines, each number a link, above the steps; the DCFS hotline with its TDD', async () => {
    const { user } = renderGuideView(search);
    await user.click(screen.getByRole('combobox', { name: 'Search guidance' }));
    await user.paste('she ran away');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    const region = screen.getByRole('region', { name: 'Entry' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toMatch(/missing/i);
    const numbers = within(region).getByRole('heading', { name: 'Numbers' });
    const steps = within(region).getByRole('list', { name: 'Steps, in order' });
    expect(numbers.compareDocumentPosition(steps) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const links = within(region)
      .getAllByRole('link')
      .map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toContainEqual(['1-800-540-4000 (in California)', 'tel:+18005404000']);
    expect(links).toContainEqual(['TTY 1-800-272-6699', 'tel:+18002726699']);
    // The first search builds the guide's index: slow on a loaded machine, never a timed target.
  }, 20_000);

  it('shows a crisis row’s numbers before its badge, so a longer badge never hides them', async () => {
    const { user } = renderGuideView(search);
    await user.click(screen.getByRole('combobox', { name: 'Search guidance' }));
    await user.paste('she ran away');
    const key = screen.getAllByRole('option')[0]!.querySelector('.option-key')!;
    expect(key.textContent).toMatch(/^911 · 1-800-540-4000When it can’t wait/);
    expect(key.querySelector('.badge')?.textContent).toBe('When it can’t wait');
  }, 20_000);
});
