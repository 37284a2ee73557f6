import { useStored } from '@/components/use-stored';
import { NO_PROGRAM, type Program, type StoredPack } from '@/utils/program/program';
import { programState } from '@/utils/program/state';
import type { Lang } from '@/utils/i18n';
import { resourcePacks } from '@/utils/program/store';
import { plansErasedAt, shiftHides, uiLanguage } from '@/utils/settings';

/** The resource packs loaded in Settings, kept current. */
export const usePacks = (): StoredPack[] => useStored(resourcePacks, []);

/** The advocate's language choice in Settings, kept current. */
export const useLanguageChoice = (): Lang | 'auto' => useStored(uiLanguage, 'auto');

/** Whether Shift three times hides the panel (Settings ▸ Quick hide), kept current. */
export const useShiftHides = (): boolean => useStored(shiftHides, true);

/** The CASA program as the background last checked it, kept current (Settings ▸ Your program). */
export const useProgram = (): Program => useStored(programState, NO_PROGRAM);

/** When every plan was last erased with "Forgot the passphrase?", until the notice is dismissed. */
export const useErasedAt = (): number | null => useStored(plansErasedAt, null);
