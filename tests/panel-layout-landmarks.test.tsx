import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelLayout } from '@/components/panel/PanelLayout';

afterEach(cleanup);

describe('the side panel’s structure (helper-60: no h1, no main landmark)', () => {
  it('has one h1 naming the panel, and the tabs’ contents in a main landmark, apart from the header', () => {
    render(
      <PanelLayout
        tab="plans"
        onSelectTab={() => {}}
        onHide={() => {}}
        panels={{ plans: <p>the plans</p>, guide: <p>the guide</p>, settings: <p>the settings</p> }}
      />,
    );
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Safety plans — CSEC Guide']);
    const main = screen.getByRole('main');
    expect(main.contains(screen.getByText('the plans'))).toBe(true);
    expect(main.contains(screen.getByRole('button', { name: /^Hide/ }))).toBe(false);
  });
});
