import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupFooter } from '@/components/PopupFooter';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslator, setTranslator } from '@/utils/i18n';
import { choiceFor, popupPage } from '@/utils/language';

afterEach(() => {
  cleanup();
  setTranslator(createTranslator('en', en));
});

const footer = (onSwitchLanguage: () => void) =>
  render(
    <PopupFooter
      shortcuts={{ popup: 'Alt+Shift+G', plans: '' }}
      onOpenPlans={() => {}}
      onChangeShortcuts={() => {}}
      onSwitchLanguage={onSwitchLanguage}
    />,
  );

describe('the popup footer names the other language in itself (helper-62)', () => {
  it('offers “Español” in English, marked Spanish, and says what it does', async () => {
    const onSwitch = vi.fn();
    footer(onSwitch);
    const button = screen.getByRole('button', { name: 'Español' });
    expect(button.getAttribute('lang')).toBe('es');
    expect(button.getAttribute('title')).toMatch(/in Spanish/);
    await userEvent.setup().click(button);
    expect(onSwitch).toHaveBeenCalledOnce();
  });

  it('offers “English” in Spanish, marked English', () => {
    setTranslator(createTranslator('es', es));
    footer(() => {});
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('lang')).toBe('en');
  });
});

describe('choiceFor', () => {
  it('stores the language when the browser speaks the other one', () => {
    expect(choiceFor('es', 'en-US')).toBe('es');
    expect(choiceFor('en', 'es-419')).toBe('en');
  });

  it('goes back to following the browser when it speaks the language chosen', () => {
    expect(choiceFor('en', 'en-US')).toBe('auto');
    expect(choiceFor('es', 'es-MX')).toBe('auto');
  });

  it('opens each language’s own prerendered popup', () => {
    expect(popupPage('es')).toBe('popup-es.html');
    expect(popupPage('en')).toBe('popup.html');
  });
});
