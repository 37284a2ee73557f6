import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupFooter } from '@/components/PopupFooter';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTranslator, setTranslator, type Lang } from '@/utils/i18n';
import { chooseInterfaceLanguage, choiceFor, popupPage, registerPopupLanguage } from '@/utils/language';

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

describe('Firefox’s sidebar title follows the interface language (helper-71)', () => {
  it('is set in the language chosen, each time it changes, beside the toolbar popup', async () => {
    fakeBrowser.reset();
    const setTitle = vi.fn(async (_d: { title: string }) => {});
    const setPopup = vi.fn(async (_d: { popup: string }) => {});
    const browser = {
      ...fakeBrowser,
      i18n: { getUILanguage: () => 'en-US' },
      action: { setPopup },
      sidebarAction: { setTitle },
    } as unknown as typeof fakeBrowser;
    const speak = (lang: Lang) => setTranslator(createTranslator(lang, lang === 'es' ? es : en));
    registerPopupLanguage(browser, speak);
    await vi.waitFor(() => expect(setTitle).toHaveBeenLastCalledWith({ title: 'Safety plans — CSEC Guide' }));
    await chooseInterfaceLanguage(browser, 'es');
    await vi.waitFor(() => expect(setTitle).toHaveBeenLastCalledWith({ title: 'Planes de seguridad — Guía CSEC' }));
    expect(setPopup).toHaveBeenLastCalledWith({ popup: 'popup-es.html' });
  });

  it('(control: Chrome, with no sidebar action, is not troubled)', async () => {
    fakeBrowser.reset();
    const browser = {
      ...fakeBrowser,
      i18n: { getUILanguage: () => 'en-US' },
      action: { setPopup: async () => {} },
    } as unknown as typeof fakeBrowser;
    expect(() => registerPopupLanguage(browser, () => {})).not.toThrow();
  });
});
