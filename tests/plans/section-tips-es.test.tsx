import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SectionTips } from '@/components/plans/SectionTips';
import { guide } from '@/content';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { englishOnly as withoutSpanish } from '../english-only';

afterEach(() => {
  cleanup();
  setTranslator(createTranslator('en', en));
});

const translated = guide.find((e) => e.es && e.kind === 'phrasing')!;
// Every guide entry has its Spanish now: a term without it stands for one with none.
const englishOnly = withoutSpanish(guide.find((e) => e.kind === 'term')!);

describe('the plan’s tips in a Spanish panel say which ones are still in English (helper-54)', () => {
  it('marks an English-only tip “En inglés” and in English for a screen reader; a translated one not', () => {
    setTranslator(createTranslator('es', es));
    render(<SectionTips entries={[translated, englishOnly]} />);
    const [first, second] = screen.getAllByRole('listitem');
    expect(first!.textContent).toContain(translated.es!.title);
    expect(first!.textContent).not.toContain('En inglés');
    expect(first!.getAttribute('lang')).toBeNull();
    expect(second!.textContent).toContain(englishOnly.title);
    expect(second!.textContent).toMatch(/^En inglés/);
    // The English words are read with an English voice; the badge itself stays Spanish.
    expect(second!.querySelector('[lang="en"]')?.textContent).toContain(englishOnly.title);
    expect(second!.querySelector('.badge')?.closest('[lang="en"]')).toBeNull();
  });

  it('shows no badge in English', () => {
    render(<SectionTips entries={[translated, englishOnly]} />);
    expect(document.body.textContent).not.toMatch(/In English|En inglés/);
  });
});
