import { langName, otherLang, t } from '@/utils/i18n';

interface PopupFooterProps {
  /** Key combinations as the browser reports them; "" when the user removed one. */
  shortcuts: { popup: string; plans: string };
  /** The advocate's CASA program (browser policy or resource pack), shown so its lines make sense. */
  programName?: string;
  /** Opens the safety-plan side panel (and closes the popup). */
  onOpenPlans: () => void;
  onChangeShortcuts: () => void;
  /** Whether Ctrl/⌘+Enter inserts into the page here. */
  canInsert?: boolean;
  /** Shows the extension in the other language (English ↔ Spanish), from now on. */
  onSwitchLanguage?: () => void;
}

/** Under the results, in two short lines: the way to the safety plans, and the keys. */
export function PopupFooter({
  shortcuts,
  programName,
  onOpenPlans,
  onChangeShortcuts,
  canInsert = true,
  onSwitchLanguage,
}: PopupFooterProps) {
  return (
    <footer class="footer">
      {programName && (
        <span class="program-name" title={programName}>
          {programName}
        </span>
      )}
      <div class="footer-row">
        <button type="button" class="small plans-button" onClick={onOpenPlans}>
          {t('footer_plans')}
          {shortcuts.plans && <kbd>{shortcuts.plans}</kbd>}
        </button>
        {(!shortcuts.popup || !shortcuts.plans) && (
          <button type="button" class="link-button inline" onClick={onChangeShortcuts}>
            {/* Which one is missing: "Set a shortcut" beside "Guide Alt+Shift+G" read as if that one were unset (helper-72). */}
            {!shortcuts.popup && !shortcuts.plans
              ? t('footer_set_shortcut')
              : !shortcuts.plans
                ? t('footer_set_shortcut_plans')
                : t('footer_set_shortcut_guide')}
          </button>
        )}
        {shortcuts.popup && (
          <span class="shortcuts">
            {t('footer_guide')} <kbd>{shortcuts.popup}</kbd>
          </span>
        )}
      </div>
      {/* The other language named in itself ("Español"), where a volunteer whose Chrome speaks
          English looks for it: Settings alone was two screens down in the side panel (helper-62).
          It floats at the end of the keys' line, so it costs the results no row. */}
      <div>
        {onSwitchLanguage && (
          <button
            type="button"
            class="link-button inline language-switch"
            lang={otherLang()}
            title={t('footer_switch_language_title')}
            onClick={onSwitchLanguage}
          >
            {t('footer_switch_language')}
          </button>
        )}
        <span class="footer-keys" aria-hidden="true">
          <kbd>Enter</kbd> {t('footer_copy')}
          {canInsert && (
            <>
              {' · '}
              <kbd>Ctrl+Enter</kbd> {t('footer_insert')}
            </>
          )}
          {' · '}
          <kbd>Alt+Enter</kbd> {t('footer_other_lang', langName(otherLang()))}
          {' · '}
          <kbd>{t('key_shift_enter')}</kbd> {t('footer_open')}
        </span>
      </div>
    </footer>
  );
}
