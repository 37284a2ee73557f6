import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelTabs, type PanelTab } from '@/components/panel/PanelTabs';

function Tabs() {
  const [selected, setSelected] = useState<PanelTab>('plans');
  return <PanelTabs selected={selected} onSelect={setSelected} onEnter={() => {}} />;
}

/** The tabs drawn, the focus on the first. */
function firstTabFocused() {
  render(<Tabs />);
  const tabs = screen.getAllByRole('tab');
  tabs[0]!.focus();
  return { tabs, user: userEvent.setup() };
}

describe('the side panel’s tabs by keyboard', () => {
  afterEach(cleanup);

  it('Home and End choose the first and the last tab, and keep the focus on it (helper-77)', async () => {
    const { tabs, user } = firstTabFocused();
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(tabs.at(-1));
    expect(tabs.at(-1)!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(tabs[0]);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('← and → still go round the ends', async () => {
    const { tabs, user } = firstTabFocused();
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(tabs.at(-1));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tabs[0]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tabs[1]);
  });
});
