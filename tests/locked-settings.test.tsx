import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelLayout } from '@/components/panel/PanelLayout';
import { ProgramSettings } from '@/components/ProgramSettings';
import { SettingsScreen } from '@/components/plans/SettingsScreen';
import es from '@/public/_locales/es/messages.json';
import en from '@/public/_locales/en/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { NO_PROGRAM } from '@/utils/program/program';
import { settingsProps } from './plans/settings-props';

afterEach(() => {
  cleanup();
  setTranslator(createTranslator('en', en));
});

const autoLock = () => screen.getByLabelText('Lock plans after I am away for') as HTMLSelectElement;
const pack = { id: 'pack-1', name: 'Example pack', loadedAt: Date.UTC(2026, 11, 2, 12), data: {} };

describe('Settings while plans are locked, or with no lock (helper-70)', () => {
  it('locked: the auto-lock time cannot be changed, and the hint says why', () => {
    render(<SettingsScreen {...settingsProps} vault="locked" />);
    expect(autoLock().disabled).toBe(true);
    expect(document.getElementById('auto-lock-hint')!.textContent).toBe(
      'Unlock plans to change this: while they are locked, no one can make the lock wait longer.',
    );
  });

  it('no lock: the hint no longer says plans lock when the screen locks or the browser quits; it says they never lock', () => {
    render(<SettingsScreen {...settingsProps} vault="none" />);
    const hint = document.getElementById('auto-lock-hint')!.textContent!;
    expect(hint).toMatch(/^Auto-lock works only with the passphrase lock on/);
    expect(hint).not.toMatch(/when the browser quits/);
    expect(autoLock().disabled).toBe(false);
  });

  it('locked: no resource pack can be loaded or removed', () => {
    render(<ProgramSettings program={NO_PROGRAM} packs={[pack]} onLoadPack={async () => ''} onRemovePack={() => {}} locked />);
    expect(screen.queryByRole('button', { name: /Load a resource pack/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.getByText(/^Unlock plans to load or remove a resource pack/)).toBeTruthy();
  });

  it('a pack’s date is in the interface’s language (“cargado el Dec 2, 2026” was seen)', () => {
    setTranslator(createTranslator('es', es));
    render(<ProgramSettings program={NO_PROGRAM} packs={[pack]} onLoadPack={async () => ''} onRemovePack={() => {}} />);
    expect(document.querySelector('.packs')!.textContent).toContain('2 de diciembre de 2026');
  });

  it('the Hide button names Shift ×3 only while three Shifts hide', () => {
    const panels = { plans: <p>plans</p>, guide: <p>guide</p>, settings: <p>settings</p> };
    const { rerender } = render(<PanelLayout tab="plans" onSelectTab={() => {}} onHide={() => {}} panels={panels} />);
    expect(screen.getByRole('button', { name: /^Hide/ }).textContent).toBe('Hide (Shift ×3)');
    rerender(<PanelLayout tab="plans" onSelectTab={() => {}} onHide={() => {}} panels={panels} shiftHides={false} />);
    expect(screen.getByRole('button', { name: /^Hide/ }).textContent).toBe('Hide');
  });
});
