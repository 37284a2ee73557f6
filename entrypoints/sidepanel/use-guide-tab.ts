import { useEffect, useState } from 'preact/hooks';

type GuideTabModule = typeof import('./GuideTab');

/** How long after start-up the Guide's code is fetched anyway, in idle time: the plans come first. */
const PREFETCH_AFTER_MS = 1500;

/**
 * The Guide tab's module (its own chunk): loaded as soon as the tab is `shown`, and otherwise
 * in idle time a moment after start-up, so switching to it later is instant.
 */
export function useGuideTab(shown: boolean): GuideTabModule | null {
  const [module, setModule] = useState<GuideTabModule | null>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run));
    const timer = setTimeout(() => idle(() => setWanted(true)), PREFETCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (!module && (wanted || shown)) void import('./GuideTab').then(setModule);
  }, [module, wanted, shown]);
  return module;
}
