import type { browser as Browser } from 'wxt/browser';
import type { Program } from './program';
import { programState, watchProgram } from './store';

/**
 * Background: checks the program's policy and packs whenever they change, and keeps the
 * result for the pages (`programState`). `onProgram` lets the background's own search and
 * menus follow. `recheckProgram` says the reasons for skipped parts again, in a new language.
 */
export function registerProgram(
  browser: typeof Browser,
  builtInIds: ReadonlySet<string>,
  onProgram: (program: Program) => void,
): { recheckProgram: () => void } {
  const { refresh } = watchProgram(browser, builtInIds, (program) => {
    void programState.setValue(program);
    onProgram(program);
  });
  return { recheckProgram: refresh };
}
