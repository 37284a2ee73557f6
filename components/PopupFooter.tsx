interface PopupFooterProps {
  /** The key combination that opens this page, as the browser reports it; "" when unset. */
  shortcut: string;
  /** Opens the safety-plan side panel (and closes the popup). */
  onOpenPlans: () => void;
}

/** Under the results: the way to the safety plans, and the keyboard help. */
export function PopupFooter({ shortcut, onOpenPlans }: PopupFooterProps) {
  return (
    <footer class="footer">
      <div class="footer-row">
        <button type="button" class="small plans-button" onClick={onOpenPlans}>
          Safety plans ▸
        </button>
        <span>
          {shortcut ? (
            <>
              <kbd>{shortcut}</kbd> opens this guide
            </>
          ) : (
            'No shortcut set for this guide'
          )}
        </span>
      </div>
      <span aria-hidden="true">
        <kbd>↑</kbd>
        <kbd>↓</kbd> choose · <kbd>Enter</kbd> copy · <kbd>Shift+Enter</kbd> details
      </span>
    </footer>
  );
}
