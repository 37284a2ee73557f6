import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { CsecWarning } from '@/components/observations/CsecWarning';
import { guide } from '@/content';

afterEach(cleanup);

/**
 * helper-69: the warning shows the guide's wording of the handout's note (typos and grammar
 * mended) under the handout's name, as if word for word. Its source line says it is edited.
 */
it('the handout’s note on confidentiality is cited as lightly edited, not as its exact words', () => {
  const note = guide.find((e) => e.id === 'confidentiality-csec-status-court')!.body;
  const { container } = render(
    <CsecWarning words={['CSEC']} quote={note} action="copy" reword={[]} onContinue={() => {}} onCancel={() => {}} />,
  );
  expect(container.querySelector('blockquote, q')?.textContent ?? container.textContent).toContain(note);
  expect(container.querySelector('cite')?.textContent).toBe('CASA handout, “A note on confidentiality” (lightly edited)');
});
