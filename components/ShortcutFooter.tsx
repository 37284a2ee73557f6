interface ShortcutFooterProps {
  /** The key combination that opens this page, as the browser reports it; "" when unset. */
  shortcut: string;
}

/** Keyboard help under the results: the opening shortcut and the keys that act on a result. */
export function ShortcutFooter({ shortcut }: ShortcutFooterProps) {
  return (
    <footer class="footer">
      <span>
        {shortcut ? (
          <>
            <kbd>{shortcut}</kbd> opens this guide
          </>
        ) : (
          'No shortcut set for this guide'
        )}
      </span>
      <span aria-hidden="true">
        <kbd>↑</kbd>
        <kbd>↓</kbd> choose · <kbd>Enter</kbd> copy · <kbd>Shift+Enter</kbd> details
      </span>
    </footer>
  );
}
