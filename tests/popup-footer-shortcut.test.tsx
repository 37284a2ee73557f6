import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupFooter } from '@/components/PopupFooter';

afterEach(cleanup);

/** helper-72: "Set a shortcut" beside "Guide Alt+Shift+G" read as if the guide's were unset. */
describe('the footer says which shortcut is missing', () => {
  it.each([
    [{ popup: 'Alt+Shift+G', plans: '' }, 'Set a plans shortcut'],
    [{ popup: '', plans: 'Alt+Shift+P' }, 'Set a guide shortcut'],
    [{ popup: '', plans: '' }, 'Set shortcuts'],
  ])('%o → “%s”', (shortcuts, label) => {
    render(<PopupFooter shortcuts={shortcuts} onOpenPlans={() => {}} onChangeShortcuts={() => {}} />);
    expect(screen.getByRole('button', { name: label })).toBeTruthy();
  });

  it('offers nothing to set when both shortcuts are set', () => {
    render(<PopupFooter shortcuts={{ popup: 'Alt+Shift+G', plans: 'Alt+Shift+P' }} onOpenPlans={() => {}} onChangeShortcuts={() => {}} />);
    expect(screen.queryByRole('button', { name: /shortcut/ })).toBeNull();
  });
});
