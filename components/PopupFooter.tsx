interface PopupFooterProps {
  /** Key combinations as the browser reports them; "" when the user removed one. */
  shortcuts: { popup: string; plans: string };
  /** Opens the safety-plan side panel (and closes the popup). */
  onOpenPlans: () => void;
  onChangeShortcuts: () => void;
}

/** Under the results: the way to the safety plans, and the keyboard help. */
export function PopupFooter({ shortcuts, onOpenPlans, onChangeShortcuts }: PopupFooterProps) {
  return (
    <footer class="footer">
      <div class="footer-row">
        <button type="button" class="small plans-button" onClick={onOpenPlans}>
          Safety plans ▸
        </button>
        <span class="shortcuts">
          Guide {shortcuts.popup ? <kbd>{shortcuts.popup}</kbd> : 'no key'} · Plans{' '}
          {shortcuts.plans ? <kbd>{shortcuts.plans}</kbd> : 'no key'} ·{' '}
          <button type="button" class="link-button inline" onClick={onChangeShortcuts}>
            change
          </button>
        </span>
      </div>
      <span aria-hidden="true">
        <kbd>↑</kbd>
        <kbd>↓</kbd> choose · <kbd>Enter</kbd> copy · <kbd>Ctrl+Enter</kbd> insert · <kbd>Shift+Enter</kbd> details
      </span>
    </footer>
  );
}
