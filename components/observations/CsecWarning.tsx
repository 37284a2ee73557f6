interface CsecWarningProps {
  words: readonly string[];
  /** The handout's note on confidentiality, as the guide has it. */
  quote: string;
  /** What continuing does: "Copy" or "Insert". */
  action: string;
  onContinue: () => void;
  onCancel: () => void;
}

/** Before a note that names CSEC status leaves the panel while it is not confirmed: the handout's own words. */
export function CsecWarning({ words, quote, action, onContinue, onCancel }: CsecWarningProps) {
  return (
    <div class="banner csec-warning" role="alertdialog" aria-labelledby="csec-warning-title" aria-describedby="csec-warning-quote">
      <p id="csec-warning-title">
        <strong>This note says {words.map((w) => `“${w}”`).join(', ')}</strong>, and this plan does not record CSEC status as confirmed by
        DCFS or the court.
      </p>
      <blockquote id="csec-warning-quote">
        {quote}
        <cite>CASA handout, “A note on confidentiality”</cite>
      </blockquote>
      <p>Describe what you saw and heard instead, in the observation itself. {action} anyway only if you are sure.</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onCancel} autoFocus>
          Go back and reword
        </button>
        <button type="button" onClick={onContinue}>
          {action} anyway
        </button>
      </div>
    </div>
  );
}
