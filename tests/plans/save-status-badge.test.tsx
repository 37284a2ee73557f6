import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SaveStatusBadge } from '@/components/plans/SaveStatusBadge';
import type { SaveStatus } from '@/utils/plans/edit-session';

afterEach(cleanup);

const saved: SaveStatus = { state: 'saved' };
const saving: SaveStatus = { state: 'saving' };
const failed: SaveStatus = { state: 'error', message: 'Not saved: the disk is full. What you typed is still here.' };

describe('the save status, for a screen reader', () => {
  const spoken = () => document.querySelector('[aria-live="polite"]')?.textContent ?? '';

  it('shows Saving… and Saved at every keystroke without speaking them', () => {
    const { rerender } = render(<SaveStatusBadge status={saved} />);
    for (const status of [saving, saved, saving, saved]) rerender(<SaveStatusBadge status={status} />);
    expect(screen.getByRole('status').textContent).toBe('Saved');
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('off');
    expect(spoken()).toBe('');
  });

  it('speaks a failed save, then “Saved” once it is saved again', () => {
    const { rerender } = render(<SaveStatusBadge status={saving} />);
    rerender(<SaveStatusBadge status={failed} />);
    expect(spoken()).toBe(failed.message);
    rerender(<SaveStatusBadge status={saving} />);
    rerender(<SaveStatusBadge status={saved} />);
    expect(spoken()).toBe('Saved');
    rerender(<SaveStatusBadge status={saving} />);
    rerender(<SaveStatusBadge status={saved} />);
    expect(spoken()).toBe('Saved');
  });
});
