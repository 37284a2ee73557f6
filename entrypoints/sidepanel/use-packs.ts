import { useEffect, useState } from 'preact/hooks';
import type { StoredPack } from '@/utils/program/program';
import { resourcePacks } from '@/utils/program/store';

/** The resource packs loaded in Settings, kept current. */
export function usePacks(): StoredPack[] {
  const [packs, setPacks] = useState<StoredPack[]>([]);
  useEffect(() => {
    void resourcePacks.getValue().then(setPacks);
    return resourcePacks.watch(setPacks);
  }, []);
  return packs;
}
