import { useEffect, useState } from 'preact/hooks';

type GuideTabModule = typeof import('./GuideTab');

/**
 * The Guide tab's module (its own chunk, with the guide the plan tips come from): loaded as
 * soon as the tab is `shown`, and otherwise in idle time once `after` settles (the plans are
 * on screen), so switching to it later is instant.
 */
export function useGuideTab(shown: boolean, after: Promise<unknown>): GuideTabModule | null {
  const [module, setModule] = useState<GuideTabModule | null>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run));
    void after.then(() => idle(() => setWanted(true), { timeout: 500 }));
  }, [after]);
  useEffect(() => {
    if (!module && (wanted || shown)) void import('./GuideTab').then(setModule);
  }, [module, wanted, shown]);
  return module;
}
