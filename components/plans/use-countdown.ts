import { useEffect, useState } from 'preact/hooks';

/**
 * Whole seconds left until `until` (a Date.now() time), 0 once it has passed; the component
 * redraws as they go down, and stops ticking at 0.
 */
export function useCountdown(until: number): number {
  const [now, setNow] = useState(Date.now);
  const over = now >= until;
  useEffect(() => {
    setNow(Date.now());
    if (Date.now() >= until) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [until, over]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}
