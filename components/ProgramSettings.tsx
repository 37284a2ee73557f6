import { useState } from 'preact/hooks';
import { formatKeyText } from '@/utils/format';
import type { Program, StoredPack } from '@/utils/program/program';

interface ProgramSettingsProps {
  program: Program;
  packs: readonly StoredPack[];
  /** Checks and keeps a pack file; resolves to what to say (what was loaded or skipped). */
  onLoadPack: (text: string, fileName: string) => Promise<string>;
  onRemovePack: (id: string) => void;
}

const dateOf = (ms: number) => new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/**
 * Settings ▸ Your program: where the program's lines come from (browser policy or resource
 * packs), the lines themselves, what was skipped and why, and the packs loaded here.
 */
export function ProgramSettings({ program, packs, onLoadPack, onRemovePack }: ProgramSettingsProps) {
  const [message, setMessage] = useState('');
  const { settings, from, skipped } = program;
  return (
    <section class="settings-section program-settings" aria-labelledby="program-title">
      <h3 id="program-title">Your program</h3>
      <p>
        {from === 'policy' && (
          <>
            Set by your browser’s policy{settings.programName ? `: ${settings.programName}` : ''}. Your program’s administrator manages it.
          </>
        )}
        {from === 'packs' && <>From the resource packs loaded below{settings.programName ? `: ${settings.programName}` : ''}.</>}
        {from === 'none' && (
          <>
            No program settings. Your CASA program can add its own lines through browser policy, or give you a resource pack to load here.
          </>
        )}
      </p>
      {settings.resources.length > 0 && (
        <>
          <h4>Lines from your program ({settings.resources.length})</h4>
          <ul class="program-lines">
            {settings.resources.map((e) => (
              <li key={e.id}>
                <strong>{e.title}</strong> — {formatKeyText(e)}
              </li>
            ))}
          </ul>
        </>
      )}
      {settings.hiddenIds.length > 0 && (
        <p>Your program hides {settings.hiddenIds.length === 1 ? '1 entry' : `${settings.hiddenIds.length} entries`} of the guide.</p>
      )}
      {(settings.requireLock || !settings.allowPlainExport || settings.maxAutoLockMinutes) && (
        <ul>
          {settings.requireLock && <li>Plans must be protected with a passphrase.</li>}
          {!settings.allowPlainExport && <li>Backups are encrypted only.</li>}
          {settings.maxAutoLockMinutes && <li>Plans lock after at most {settings.maxAutoLockMinutes} minutes idle.</li>}
        </ul>
      )}
      {skipped.length > 0 && (
        <details class="note">
          <summary>{skipped.length === 1 ? '1 part was' : `${skipped.length} parts were`} not used. The rest applies.</summary>
          <ul>
            {skipped.slice(0, 50).map((s, i) => (
              <li key={i}>
                {s.where}: {s.why}
              </li>
            ))}
          </ul>
          {skipped.length > 50 && <p>…and {skipped.length - 50} more.</p>}
        </details>
      )}
      <h4>Resource packs</h4>
      {packs.length === 0 ? (
        <p class="hint">None loaded. A pack is a JSON file of your program’s public lines; it never holds plan data.</p>
      ) : (
        <ul class="packs">
          {packs.map((p) => (
            <li key={p.id}>
              <span>
                {p.name} <span class="muted">· loaded {dateOf(p.loadedAt)}</span>
              </span>
              <button type="button" class="small" onClick={() => onRemovePack(p.id)}>
                Remove<span class="visually-hidden"> {p.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label class="file-button">
        Load a resource pack…
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) setMessage(await onLoadPack(await file.text(), file.name));
          }}
        />
      </label>
      <p role="status">{message}</p>
    </section>
  );
}
