import { useState } from 'preact/hooks';
import { capitalized, formatChannels, formatKeyText } from '@/utils/format';
import { currentLang, t } from '@/utils/i18n';
import { formatLongDate, isoDate } from '@/utils/observations/dates';
import { autoLockLabel } from '@/utils/plans/auto-lock';
import type { Program, StoredPack } from '@/utils/program/program';
import { JsonFileButton } from './JsonFileButton';

interface ProgramSettingsProps {
  program: Program;
  packs: readonly StoredPack[];
  /** Checks and keeps a pack file; resolves to what to say (what was loaded or skipped). */
  onLoadPack: (text: string, fileName: string) => Promise<string>;
  onRemovePack: (id: string) => void;
  /** A built-in entry's title (once the guide has loaded), to name the entries the program hides. */
  titleOf?: (id: string) => string | undefined;
  /**
   * Plans are locked: no pack is loaded or removed, so no one at the laptop can put a number of
   * their own among the hotlines as "from your program" (helper-70).
   */
  locked?: boolean;
}

/** In the interface's language, as every other date of the panel (helper-70: "cargado el Dec 2, 2026"). */
const dateOf = (ms: number) => formatLongDate(isoDate(new Date(ms)));

/** Where the program's settings come from, in a sentence. */
function origin({ from, settings }: Program): string {
  const name = settings.programName;
  if (from === 'policy') return name ? t('program_policy_named', name) : t('program_policy');
  if (from === 'packs') return name ? t('program_packs_named', name) : t('program_packs');
  return t('program_none');
}

/**
 * Settings ▸ Your program: where the program's lines come from (browser policy or resource
 * packs), the lines themselves, what was skipped and why, and the packs loaded here.
 */
export function ProgramSettings({ program, packs, onLoadPack, onRemovePack, titleOf, locked = false }: ProgramSettingsProps) {
  const [message, setMessage] = useState('');
  const { settings, skipped } = program;
  const hidden = settings.hiddenIds.length;
  return (
    <section class="settings-section program-settings" aria-labelledby="program-title">
      <h2 id="program-title">{t('program_title')}</h2>
      <p>{origin(program)}</p>
      {settings.resources.length > 0 && (
        <>
          <h3>{t('program_lines', settings.resources.length)}</h3>
          <ul class="program-lines">
            {settings.resources.map((e) => (
              <li key={e.id}>
                {/* The program's own words stay as written; the channel words ("Call", "text") are the interface's (helper-73). */}
                <strong>{e.title}</strong> —{' '}
                {e.contact
                  ? capitalized(formatChannels(e.contact, { tty: false, lang: currentLang(), to: 'advocate' }))
                  : formatKeyText(e, currentLang())}
              </li>
            ))}
          </ul>
        </>
      )}
      {hidden > 0 && (
        // Named, so a volunteer who cannot find an entry knows it is the program's choice.
        <details class="note program-hidden">
          <summary>{hidden === 1 ? t('program_hides_one') : t('program_hides', hidden)}</summary>
          <ul>
            {settings.hiddenIds.map((id) => (
              <li key={id}>{titleOf?.(id) ?? id}</li>
            ))}
          </ul>
        </details>
      )}
      {(settings.requireLock || !settings.allowPlainExport || settings.maxAutoLockMinutes) && (
        <ul>
          {settings.requireLock && <li>{t('program_rule_lock')}</li>}
          {!settings.allowPlainExport && <li>{t('program_rule_encrypted')}</li>}
          {settings.maxAutoLockMinutes && <li>{t('program_rule_autolock', autoLockLabel(settings.maxAutoLockMinutes))}</li>}
        </ul>
      )}
      {skipped.length > 0 && (
        <details class="note">
          <summary>{skipped.length === 1 ? t('program_skipped_one') : t('program_skipped', skipped.length)}</summary>
          <ul>
            {skipped.slice(0, 50).map((s, i) => (
              <li key={i}>
                {s.where}: {s.why}
              </li>
            ))}
          </ul>
          {skipped.length > 50 && <p>{t('program_skipped_more', skipped.length - 50)}</p>}
        </details>
      )}
      <h3>{t('program_packs_title')}</h3>
      {packs.length === 0 ? (
        <p class="hint">{t('program_packs_none')}</p>
      ) : (
        <ul class="packs">
          {packs.map((p) => (
            <li key={p.id}>
              <span>
                {p.name} <span class="muted">· {t('program_pack_loaded_on', dateOf(p.loadedAt))}</span>
              </span>
              {!locked && (
                <button
                  type="button"
                  class="small"
                  onClick={() => {
                    onRemovePack(p.id);
                    // "Loaded … (listed above)" must not outlive the pack it spoke of (helper-71).
                    setMessage(t('program_pack_removed', p.name));
                  }}
                >
                  {t('program_remove')}
                  <span class="visually-hidden"> {p.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {locked ? (
        <p class="hint">{t('program_pack_locked')}</p>
      ) : (
        <JsonFileButton
          label={t('program_load_pack')}
          onFile={async (file) => setMessage(await onLoadPack(await file.text(), file.name))}
        />
      )}
      <p role="status">{message}</p>
    </section>
  );
}
