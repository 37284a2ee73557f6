import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FieldEditor } from '@/components/plans/FieldEditor';
import { PLAN_FIELDS } from '@/utils/plans/form';

const PLAN_DATE = PLAN_FIELDS.get('planDate')!;

describe('a plan field’s message', () => {
  it('goes once the saved value it spoke of changes in another window: never “stays March 31” under January 2', () => {
    const { rerender } = render(<FieldEditor field={PLAN_DATE} value="2026-03-31" onEdit={() => undefined} />);
    const input = screen.getByLabelText('Plan date') as HTMLInputElement;
    // Half-typed here (Chrome: value "" with badInput), so nothing is saved, and the field says so.
    Object.defineProperty(input, 'validity', { value: { badInput: true }, configurable: true });
    fireEvent.input(input, { target: { value: '' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'The date in “Plan date” is not a whole date on the calendar, so it was not saved. The saved date stays March 31, 2026.',
    );
    // Another window saves January 2, 2027.
    rerender(<FieldEditor field={PLAN_DATE} value="2027-01-02" onEdit={() => undefined} />);
    expect(screen.queryByRole('alert')).toBeNull();
    // Leaving the field still half-typed says it again, about the date saved now.
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toContain('The saved date stays January 2, 2027.');
    expect(input.value).toBe('2027-01-02');
  });

  it('does not save a year still being typed (Chrome fills it digit by digit: 0002, 0020, 0202, 2026)', () => {
    const onEdit = vi.fn();
    const view = within(render(<FieldEditor field={PLAN_DATE} value="2026-11-15" onEdit={onEdit} />).container as HTMLElement);
    const input = view.getByLabelText('Plan date') as HTMLInputElement;
    for (const typed of ['0002-11-15', '0020-11-15', '0202-11-15']) fireEvent.input(input, { target: { value: typed } });
    expect(onEdit).not.toHaveBeenCalled();
    expect(view.getByRole('alert').textContent).toContain('The saved date stays November 15, 2026.');
    fireEvent.input(input, { target: { value: '2025-11-15' } });
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onEdit.mock.calls[0]?.[0]).toBe('2025-11-15');
    // Left with the year half-typed: the saved date is back in the field.
    fireEvent.input(input, { target: { value: '0020-11-15' } });
    fireEvent.blur(input);
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(input.value).toBe('2026-11-15');
  });

  it('says nothing while a date is being typed in the field: a half-typed date is said unsaved when the field is left, or after a pause (helper-60)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const onEdit = vi.fn();
      const view = within(render(<FieldEditor field={PLAN_DATE} value="2026-11-15" onEdit={onEdit} />).container as HTMLElement);
      const input = view.getByLabelText('Plan date') as HTMLInputElement;
      input.focus();
      // Typed part by part at a screen reader's pace: the year digit by digit, then a part left empty.
      for (const typed of ['0002-12-01', '0020-12-01', '0202-12-01']) {
        fireEvent.input(input, { target: { value: typed } });
        await vi.advanceTimersByTimeAsync(400);
      }
      expect(view.queryByRole('alert')).toBeNull();
      fireEvent.input(input, { target: { value: '2026-12-01' } });
      expect(onEdit).toHaveBeenLastCalledWith('2026-12-01');
      await vi.advanceTimersByTimeAsync(5_000);
      expect(view.queryByRole('alert')).toBeNull();
      // Left half-typed and the typing stops: said once, after the pause.
      fireEvent.input(input, { target: { value: '0020-12-01' } });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(view.queryByRole('alert')).toBeNull();
      await vi.advanceTimersByTimeAsync(2_500);
      expect(view.getByRole('alert').textContent).toContain('is not a whole date on the calendar');
    } finally {
      vi.useRealTimers();
    }
  });
});
