import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FlagChecklist } from '@/components/observations/FlagChecklist';
import { redFlagEntries } from './fixtures';

afterEach(cleanup);

describe('the red-flag checklist, heard (helper-60)', () => {
  it('each box is named by its title alone and described by what it means; a click on the meaning still ticks it', async () => {
    const onToggle = vi.fn();
    render(<FlagChecklist flags={redFlagEntries} legend="Red flags seen" checked={{}} onToggle={onToggle} />);
    const [first] = redFlagEntries;
    const box = screen.getByRole('checkbox', { name: first!.title });
    const described = (box.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described.join(' ')).toBe(first!.body);
    await userEvent.setup().click(screen.getByText(first!.body));
    expect(onToggle).toHaveBeenCalledWith(first!.id, true);
    expect(screen.getAllByRole('checkbox')).toHaveLength(redFlagEntries.length);
  });
});
