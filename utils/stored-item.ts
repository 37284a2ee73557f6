import { browser } from 'wxt/browser';

/** One small value in extension storage: settings, pins, a request passed between pages. */
export interface StoredItem<T> {
  getValue(): Promise<T>;
  /** null (or undefined) removes the value, so the fallback reads again. */
  setValue(value: T): Promise<void>;
  /** Calls `onChange` with the new value when another page (or this one) changes it; returns the unwatch. */
  watch(onChange: (value: T) => void): () => void;
}

/**
 * A typed value under `area:key`, read back as `fallback` when absent. It replaces
 * @wxt-dev/storage (about 2.5 KB gzipped of the popup's JavaScript) with the three calls the
 * extension uses; values keep their keys, so settings saved by earlier builds read the same.
 */
export function storedItem<T>(key: `${'local' | 'session'}:${string}`, fallback: T): StoredItem<T> {
  const [area, name] = key.split(':') as ['local' | 'session', string];
  const read = (value: unknown) => (value ?? fallback) as T;
  return {
    getValue: async () => read((await browser.storage[area].get(name))[name]),
    setValue: (value) => (value == null ? browser.storage[area].remove(name) : browser.storage[area].set({ [name]: value })),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, changed: string) => {
        const change = changes[name];
        // Only a real change: a write of the same value must not re-run what watches it.
        if (changed === area && change && JSON.stringify(change.newValue) !== JSON.stringify(change.oldValue))
          onChange(read(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
