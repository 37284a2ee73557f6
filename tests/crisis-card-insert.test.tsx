import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { guide } from '@/content';
import { lexicon } from '@/content/lexicon';
import { createGuideSearch } from '@/utils/search';
import { renderGuideView } from './render-guide';

/** Ctrl+Enter on the open “When it can’t wait” card (helper-66, 6): it is copied, never inserted, and the status says so. */
const search = createGuideSearch(guide, lexicon);
afterEach(cleanup);

describe('the open crisis card', () => {
  it('Ctrl+Enter copies the card and says it is never inserted; Enter copies it as before', async () => {
    const { user, copyText, insertText } = renderGuideView(search);
    await user.keyboard('{Enter}');
    const card = screen.getByRole('region', { name: 'Entry' });
    expect(card.textContent).toMatch(/When it can.t wait/);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(insertText).not.toHaveBeenCalled();
    expect(copyText).toHaveBeenCalledOnce();
    expect(copyText.mock.lastCall?.[0]).toMatch(/^When it can.t wait/);
    expect(screen.getByRole('status').textContent).toMatch(/^Copied: When it can.t wait\. The whole card is never inserted into a page/);
    await user.keyboard('{Enter}');
    expect(copyText).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status').textContent).toMatch(/^Copied: When it can.t wait$/);
  });
});
