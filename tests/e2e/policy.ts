import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's Chromium reads enterprise policy (docs/ADMIN.md); writable when run as root, as CI is. */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

/** The id Chromium gives an unpacked extension: its folder's path, hashed, in letters a–p. */
export function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Writes a policy for the extension in `extensionDir`; returns how to remove it again. */
export function writeChromiumPolicy(extensionDir: string, settings: object): () => void {
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = join(CHROMIUM_POLICY_DIR, `csec-e2e-${process.pid}-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(extensionDir)]: settings } } }));
  return () => rmSync(file, { force: true });
}

/** True when this process may write browser policy (root on Linux). */
export const canWritePolicy = process.platform === 'linux' && process.getuid?.() === 0;

/** A program's settings as a Los Angeles program would push them (docs/ADMIN.md's example). */
export const EXAMPLE_POLICY = {
  programName: 'CASA of Example County',
  localResources: [
    {
      id: 'supervisor-line',
      title: 'Example County CASA supervisors’ line',
      body: 'Your CASA supervisor, weekdays 9 to 5. After hours, use the hotlines.',
      phones: [{ number: '1-323-555-0100', label: 'weekdays' }],
      synonyms: ['my supervisor', 'supervisor number'],
      hotline: true,
    },
    // Skipped, and listed in Settings: a malformed number.
    { id: 'broken-line', title: 'Broken', body: 'x', phones: [{ number: 'not a number' }] },
  ],
  hideEntries: ['resource-clcht-call'],
  requireLock: true,
  maxAutoLockMinutes: 15,
  allowPlainExport: false,
};
