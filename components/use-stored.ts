import { useEffect, useState } from 'preact/hooks';
import type { StoredItem } from '@/utils/stored-item';

/** A stored setting, `before` until it is read, then kept current (Settings in any window). */
export function useStored<T>(item: StoredItem<T>, before: T): T {
  const [value, setValue] = useState<T>(before);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, []);
  return value;
}
