import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A polite live region that is always in the page, empty until there is news. Several screen
 * readers skip a live region inserted with its text already in it (helper-60), so news that
 * comes with a change of screen (unlocked, deleted) is said here, not in what the change draws.
 */
export function Announcement({ text, name }: { text: string; /** A class naming what it says. */ name?: string }) {
  return (
    <p class={name ? `visually-hidden ${name}` : 'visually-hidden'} aria-live="polite">
      {text}
    </p>
  );
}

/** The news `say` gives for `value` changing (from `before` to `now`), kept until the next change. */
export function useChangeNews<T>(value: T, say: (before: T, now: T) => string | undefined): string {
  const last = useRef(value);
  const [news, setNews] = useState('');
  useEffect(() => {
    const before = last.current;
    last.current = value;
    if (before !== value) setNews(say(before, value) ?? '');
  }, [value]);
  return news;
}
