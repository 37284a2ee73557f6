import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
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
});
