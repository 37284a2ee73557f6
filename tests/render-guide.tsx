import { render } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { GuideView } from '@/components/GuideView';
import { crisisCard, glossaryGuidance } from '@/content';
import { CRISIS_CARD_ES } from '@/content/es';
import type { GuideSearch } from '@/utils/search';

/** The guide as the popup shows it, over `search`, with copy and insert recorded. */
export function renderGuideView(search: GuideSearch) {
  const copyText = vi.fn(async (_text: string) => {});
  const insertText = vi.fn(async (_text: string) => 'Insertado');
  render(
    <GuideView
      search={search}
      crisisCard={crisisCard}
      crisisCardEs={CRISIS_CARD_ES}
      glossaryGuidance={glossaryGuidance}
      pinnedIds={[]}
      onTogglePin={() => {}}
      copyText={copyText}
      insertText={insertText}
    />,
  );
  return { user: userEvent.setup(), copyText, insertText };
}
