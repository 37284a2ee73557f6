import { useEffect, useState } from 'preact/hooks';
import { NO_PROGRAM, type Program, type StoredPack } from '@/utils/program/program';
import { programState } from '@/utils/program/state';
import type { Lang } from '@/utils/i18n';
import { resourcePacks } from '@/utils/program/store';
import { uiLanguage } from '@/utils/settings';

/** The resource packs loaded in Settings, kept current. */
export function usePacks(): StoredPack[] {
  const [packs, setPacks] = useState<StoredPack[]>([]);
  useEffect(() => {
    void resourcePacks.getValue().then(setPacks);
    return resourcePacks.watch(setPacks);
  }, []);
  return packs;
}

/** The advocate's language choice in Settings, kept current. */
export function useLanguageChoice(): Lang | 'auto' {
  const [choice, setChoice] = useState<Lang | 'auto'>('auto');
  useEffect(() => {
    void uiLanguage.getValue().then(setChoice);
    return uiLanguage.watch(setChoice);
  }, []);
  return choice;
}

/** The CASA program as the background last checked it, kept current (Settings ▸ Your program). */
export function useProgram(): Program {
  const [program, setProgram] = useState<Program>(NO_PROGRAM);
  useEffect(() => {
    void programState.getValue().then(setProgram);
    return programState.watch(setProgram);
  }, []);
  return program;
}
