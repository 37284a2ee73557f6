import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GuideEntry } from '@/content';
import { applyProgram, NO_PROGRAM, type Program } from '@/utils/program/program';
import { createGuideSearch, type GuideSearch } from '@/utils/search';
import type { Lexicon } from '@/utils/search/lexicon';

/** Where the checked program is kept, and how to follow it (utils/program/state.ts's programState). */
export interface ProgramSource {
  getValue(): Promise<Program>;
  watch(cb: (program: Program) => void): () => void;
}

/**
 * The guide as the advocate's CASA program shows it: its own lines added, hidden entries out.
 * Starts with the built-in guide (`initial`, the one the page was prerendered with) so the
 * first render never waits; the program's lines join a moment later.
 */
export function useProgramGuide(
  entries: readonly GuideEntry[],
  initial: GuideSearch,
  source: ProgramSource,
  lexicon: Lexicon,
): { search: GuideSearch; program: Program } {
  const [program, setProgram] = useState<Program>(NO_PROGRAM);
  useEffect(() => {
    void source.getValue().then(setProgram);
    return source.watch(setProgram);
  }, [source]);
  const search = useMemo(
    () =>
      program.settings.resources.length || program.settings.hiddenIds.length
        ? createGuideSearch(applyProgram(entries, program), lexicon)
        : initial,
    [entries, initial, program, lexicon],
  );
  return { search, program };
}
