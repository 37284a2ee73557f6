import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LockScreen } from '@/components/plans/LockScreen';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { redFlagTitleOf } from '@/utils/observations/guide-words';
import { PlanStorageError } from '@/utils/plans/errors';

afterEach(() => {
  cleanup();
  setTranslator(createTranslator('en', en));
});

function setup(onErase = vi.fn(async () => {})) {
  render(<LockScreen onUnlock={async () => {}} onErase={onErase} />);
  return onErase;
}

describe('the lock screen: a way out of a forgotten passphrase', () => {
  it('explains that nothing can recover it, and erases only once the word is typed', async () => {
    const onErase = setup();
    expect(screen.queryByRole('button', { name: 'Erase every plan on this device' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Forgot the passphrase?' }));
    screen.getByRole('heading', { name: 'Start over without the passphrase' });
    expect(screen.getByText(/No one can recover a forgotten passphrase/).textContent).toContain('This cannot be undone.');
    screen.getByText(/An encrypted backup opens with its own passphrase: after erasing, import it/);
    const word = screen.getByLabelText('To erase, type ERASE');
    await waitFor(() => expect(document.activeElement).toBe(word));
    const erase = screen.getByRole('button', { name: 'Erase every plan on this device' }) as HTMLButtonElement;
    expect(erase.disabled).toBe(true);
    fireEvent.input(word, { target: { value: 'eras' } });
    expect(erase.disabled).toBe(true);
    fireEvent.click(erase);
    expect(onErase).not.toHaveBeenCalled();
    fireEvent.input(word, { target: { value: ' erase ' } });
    expect(erase.disabled).toBe(false);
    fireEvent.click(erase);
    expect(onErase).toHaveBeenCalledTimes(1);
  });

  it('Cancel closes it and forgets the typed word; a failed erase says why', async () => {
    const onErase = setup(vi.fn(async () => Promise.reject(new Error('The disk is full. Nothing was changed.'))));
    fireEvent.click(screen.getByRole('button', { name: 'Forgot the passphrase?' }));
    fireEvent.input(screen.getByLabelText('To erase, type ERASE'), { target: { value: 'ERASE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forgot the passphrase?' }));
    expect((screen.getByLabelText('To erase, type ERASE') as HTMLInputElement).value).toBe('');
    fireEvent.input(screen.getByLabelText('To erase, type ERASE'), { target: { value: 'ERASE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Erase every plan on this device' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The disk is full. Nothing was changed.');
    expect(onErase).toHaveBeenCalledTimes(1);
  });

  it('in Spanish, the word to type is BORRAR', () => {
    setTranslator(createTranslator('es', es));
    const onErase = setup();
    fireEvent.click(screen.getByRole('button', { name: '¿Olvidó la frase de contraseña?' }));
    fireEvent.input(screen.getByLabelText('Para borrar, escriba BORRAR'), { target: { value: 'borrar' } });
    fireEvent.click(screen.getByRole('button', { name: 'Borrar todos los planes de este dispositivo' }));
    expect(onErase).toHaveBeenCalledTimes(1);
  });
});

describe('the lock screen after several wrong passphrases', () => {
  it('Unlock waits, counting the seconds down on the button; the alert says why once (not every second), and goes once another passphrase is typed', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      const refusal = new PlanStorageError('wrong-passphrase', 'That passphrase is not right. Try again in 2 seconds.', undefined, 2_000);
      const onUnlock = vi.fn(async () => Promise.reject(refusal));
      render(<LockScreen onUnlock={onUnlock} onErase={async () => {}} />);
      fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'not the one at all' } });
      fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
      await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Unlock in 2 s' })).toBeTruthy());
      const alert = screen.getByRole('alert').textContent;
      expect(alert).toBe(
        'Not unlocked: after several wrong passphrases the lock waits a little longer each time before it checks one. When the countdown on the button ends, press Unlock.',
      );
      expect((screen.getByRole('button', { name: 'Unlock in 2 s' }) as HTMLButtonElement).disabled).toBe(true);
      await vi.advanceTimersByTimeAsync(1_000);
      expect((screen.getByRole('button', { name: 'Unlock in 1 s' }) as HTMLButtonElement).disabled).toBe(true);
      expect(screen.getByRole('alert').textContent).toBe(alert);
      // Another passphrase typed during the wait: the alert about the last one goes; the wait stays.
      fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'the right one at last' } });
      expect(screen.queryByRole('alert')).toBeNull();
      expect((screen.getByRole('button', { name: 'Unlock in 1 s' }) as HTMLButtonElement).disabled).toBe(true);
      await vi.advanceTimersByTimeAsync(1_000);
      expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(false);
      expect(onUnlock).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a lock screen opened while the lock is waiting (a reload, another window)', () => {
  it('counts the wait down from the start and says why, instead of learning of it on the first try', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      const onUnlock = vi.fn(async () => {});
      render(<LockScreen onUnlock={onUnlock} onErase={async () => {}} loadWait={async () => 2_000} />);
      fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'the right one at last' } });
      await vi.waitFor(() => expect((screen.getByRole('button', { name: 'Unlock in 2 s' }) as HTMLButtonElement).disabled).toBe(true));
      expect(screen.getByRole('alert').textContent).toBe(
        'After several wrong passphrases the lock waits a little longer each time before it checks one. When the countdown on the button ends, press Unlock.',
      );
      await vi.advanceTimersByTimeAsync(2_000);
      fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
      expect(onUnlock).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('with no wait running, shows a plain Unlock and no alert', async () => {
    const loadWait = vi.fn(async () => 0);
    render(<LockScreen onUnlock={async () => {}} onErase={async () => {}} loadWait={loadWait} />);
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'a passphrase' } });
    await vi.waitFor(() => expect(loadWait).toHaveBeenCalled());
    await Promise.resolve();
    expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a lock screen already open while another window makes the lock wait (helper-45)', () => {
  it('counts the wait down as soon as it is told, without a try of its own', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      let tell: (ms: number) => void = () => {};
      render(
        <LockScreen
          onUnlock={async () => {}}
          onErase={async () => {}}
          loadWait={async () => 0}
          onWaitElsewhere={(listener) => {
            tell = listener;
            return () => {};
          }}
        />,
      );
      fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'the right one at last' } });
      expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(false);
      tell(3_000);
      await vi.waitFor(() => expect((screen.getByRole('button', { name: 'Unlock in 3 s' }) as HTMLButtonElement).disabled).toBe(true));
      expect(screen.getByRole('alert').textContent).toMatch(/^After several wrong passphrases the lock waits/);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the lock screen: a refused passphrase is read with its field', () => {
  it('marks the field invalid and describes it with the message, until it is typed again', async () => {
    render(<LockScreen onUnlock={async () => Promise.reject(new Error('Wrong passphrase.'))} onErase={vi.fn()} />);
    const field = screen.getByLabelText('Passphrase') as HTMLInputElement;
    expect(field.getAttribute('aria-invalid')).toBeNull();
    fireEvent.input(field, { target: { value: 'not it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    const alert = await screen.findByRole('alert');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')).toBe(alert);
    fireEvent.input(field, { target: { value: 'not it again' } });
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(field.getAttribute('aria-describedby')).toBeNull();
  });
});

describe('the lock screen: a “Note this” that waits for the unlock', () => {
  it('names the red flag it will tick, in a status region, in the page’s language', () => {
    render(<LockScreen onUnlock={async () => {}} onErase={async () => {}} pendingNote={redFlagTitleOf('red-flag-injuries')} />);
    expect(screen.getByRole('status').textContent).toBe('Unlock to note “Injuries or signs of physical abuse”: it will be ticked for you.');
    cleanup();
    setTranslator(createTranslator('es', es));
    render(<LockScreen onUnlock={async () => {}} onErase={async () => {}} pendingNote={redFlagTitleOf('red-flag-injuries')} />);
    expect(screen.getByRole('status').textContent).toMatch(/^Desbloquee para anotar “Lesiones[^”]*”: quedará marcada\.$/);
  });

  it('says nothing of a note when none waits, and names no entry that is not a red flag', () => {
    render(<LockScreen onUnlock={async () => {}} onErase={async () => {}} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(redFlagTitleOf('hotline-988')).toBeUndefined();
  });
});

describe('a wrong passphrase (helper-58)', () => {
  it('empties the field and puts the caret back in it, the refusal read with it; nothing typed is added to the wrong one', async () => {
    const onUnlock = vi.fn(async () => Promise.reject(new Error('That passphrase is not right. Nothing was changed.')));
    render(<LockScreen onUnlock={onUnlock} onErase={async () => {}} />);
    const field = screen.getByLabelText('Passphrase') as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'not the one at all' } });
    const unlock = screen.getByRole('button', { name: 'Unlock' });
    unlock.focus();
    fireEvent.click(unlock);
    expect((await screen.findByRole('alert')).textContent).toBe('That passphrase is not right. Nothing was changed.');
    expect(field.value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('the lock’s wait, heard (helper-60)', () => {
  it('says when the wait is over, and Enter during it says how long is left instead of doing nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      const refusal = new PlanStorageError('wrong-passphrase', 'That passphrase is not right.', undefined, 3_000);
      const onUnlock = vi.fn(async () => Promise.reject(refusal));
      const { container } = render(<LockScreen onUnlock={onUnlock} onErase={async () => {}} />);
      const field = screen.getByLabelText('Passphrase');
      fireEvent.input(field, { target: { value: 'not the one at all' } });
      fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
      await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Unlock in 3 s' })).toBeTruthy());
      const live = () => [...container.querySelectorAll('[aria-live="polite"]')].map((p) => p.textContent).join('');
      expect(live()).toBe('');
      fireEvent.input(field, { target: { value: 'the right one at last' } });
      fireEvent.keyDown(field, { key: 'Enter' });
      expect(live()).toBe('Not yet: wait 3 more seconds, then press Unlock.');
      expect(onUnlock).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(3_000);
      expect(live()).toBe('The wait is over: you can press Unlock now.');
      expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the wait’s messages never contradict the button (helper-68)', () => {
  it('“wait 3 more seconds” goes as the button counts on, and the countdown alert goes when the wait is over', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    try {
      const { container } = render(<LockScreen onUnlock={async () => {}} onErase={async () => {}} loadWait={async () => 3_000} />);
      const field = screen.getByLabelText('Passphrase');
      fireEvent.input(field, { target: { value: 'the right one at last' } });
      await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Unlock in 3 s' })).toBeTruthy());
      const live = () => [...container.querySelectorAll('[aria-live="polite"]')].map((p) => p.textContent).join('');
      fireEvent.keyDown(field, { key: 'Enter' });
      expect(live()).toBe('Not yet: wait 3 more seconds, then press Unlock.');
      await vi.advanceTimersByTimeAsync(1_000);
      screen.getByRole('button', { name: 'Unlock in 2 s' });
      expect(live()).not.toMatch(/3 more seconds/);
      expect(screen.getByRole('alert').textContent).toMatch(/When the countdown on the button ends/);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(live()).toBe('The wait is over: you can press Unlock now.');
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the lock screen says why plans locked on their own (helper-70 F7)', () => {
  it.each([
    ['idle', 'Plans locked after a time without use (Settings ▸ Auto-lock). What you typed before the lock is saved.'],
    ['screen', 'Plans locked because the computer’s screen locked. What you typed before the lock is saved.'],
  ] as const)('%s', (why, said) => {
    render(<LockScreen onUnlock={async () => {}} onErase={async () => {}} why={why} />);
    expect(screen.getByRole('status').textContent).toBe(said);
    // The passphrase is still where the caret goes: nobody was typing.
    expect(document.activeElement).toBe(screen.getByLabelText('Passphrase'));
  });

  it('in Spanish too', () => {
    setTranslator(createTranslator('es', es));
    render(<LockScreen onUnlock={async () => {}} onErase={async () => {}} why="idle" />);
    expect(screen.getByRole('status').textContent).toMatch(
      /^Los planes se bloquearon tras un tiempo sin uso \(Ajustes ▸ Bloqueo automático\)\./,
    );
  });

  it('a lock mid-sentence says what typing needs to know, once, not the reason as well', () => {
    render(<LockScreen onUnlock={async () => {}} onErase={async () => {}} why="idle" interrupted />);
    expect(screen.getByRole('status').textContent).toMatch(/^Plans locked while you were typing\./);
    expect(screen.getByRole('status').textContent).not.toMatch(/without use/);
  });

  it('(control: a lock asked for here says nothing of why)', () => {
    render(<LockScreen onUnlock={async () => {}} onErase={async () => {}} />);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
