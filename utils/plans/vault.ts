import { t } from '@/utils/i18n';
import {
  deriveKek,
  importDataKey,
  isAllowedKdf,
  KDF_ITERATIONS,
  KDF_MIN_ITERATIONS,
  newDataKeyBytes,
  newKdfParams,
  open,
  seal,
  type KdfParams,
  type Sealed,
} from './crypto';

/** What is stored about the passphrase lock: never the passphrase, never the bare data key. */
export interface VaultRecord {
  id: 'vault';
  /** KDF parameters, kept so they can be raised later and the key re-wrapped on unlock. */
  kdf: KdfParams;
  /** The data key, encrypted with the passphrase-derived key. */
  wrapped: Sealed;
  /** A constant sealed with the data key: checks a key restored from session storage. */
  check: Sealed;
  /** Wrong passphrases in a row, and when the last one was tried (for growing delays). */
  failures: number;
  lastFailureAt: number;
}

const WRAP_AAD = 'csec-vault|data-key';
const CHECK_AAD = 'csec-vault|check';
const CHECK = new TextEncoder().encode('csec-safety-plans');

/** The shortest passphrase accepted; the form suggests four or more words. */
export const MIN_PASSPHRASE_LENGTH = 10;

/** Why a passphrase is refused, or undefined. */
export function checkNewPassphrase(passphrase: string, confirmation: string): string | undefined {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return t('passphrase_too_short', MIN_PASSPHRASE_LENGTH);
  // A space pasted at either end is invisible in a password field, and forgotten when it is typed again.
  if (passphrase.trim() !== passphrase) return t('passphrase_edge_space');
  if (passphrase !== confirmation) return t('passphrase_mismatch');
  return undefined;
}

/** An unlocked vault: the data key, as bytes (for session storage) and as a CryptoKey. */
export interface OpenVault {
  raw: Uint8Array<ArrayBuffer>;
  key: CryptoKey;
}

async function wrap(raw: Uint8Array<ArrayBuffer>, passphrase: string, iterations: number): Promise<Pick<VaultRecord, 'kdf' | 'wrapped'>> {
  const kdf = newKdfParams(iterations);
  return { kdf, wrapped: await seal(await deriveKek(passphrase, kdf), raw, WRAP_AAD) };
}

export async function createVault(passphrase: string, iterations = KDF_ITERATIONS): Promise<{ record: VaultRecord; vault: OpenVault }> {
  const raw = newDataKeyBytes();
  const key = await importDataKey(raw);
  const record: VaultRecord = {
    id: 'vault',
    ...(await wrap(raw, passphrase, iterations)),
    check: await seal(key, CHECK, CHECK_AAD),
    failures: 0,
    lastFailureAt: 0,
  };
  return { record, vault: { raw, key } };
}

/** Thrown when the vault record's KDF parameters are not ones this extension makes. */
export class DamagedVaultSettings extends Error {}

/**
 * The data key for `passphrase`; throws when the passphrase is wrong, or (before deriving
 * anything) DamagedVaultSettings when the stored KDF parameters are out of bounds.
 */
export async function unwrapVault(record: VaultRecord, passphrase: string, minIterations = KDF_MIN_ITERATIONS): Promise<OpenVault> {
  if (!isAllowedKdf(record.kdf, minIterations)) throw new DamagedVaultSettings();
  const raw = await open(await deriveKek(passphrase, record.kdf), record.wrapped, WRAP_AAD);
  return { raw, key: await importDataKey(raw) };
}

/** Re-wraps the same data key under a (new) passphrase and fresh KDF parameters: no record changes. */
export function rewrapVault(
  vault: OpenVault,
  passphrase: string,
  iterations = KDF_ITERATIONS,
): Promise<Pick<VaultRecord, 'kdf' | 'wrapped'>> {
  return wrap(vault.raw, passphrase, iterations);
}

/** Accepts key bytes (from session storage) only if they open the vault's check value. */
export async function vaultFromRaw(record: VaultRecord, raw: Uint8Array<ArrayBuffer>): Promise<OpenVault> {
  const key = await importDataKey(raw);
  await open(key, record.check, CHECK_AAD);
  return { raw, key };
}

/** How long to wait before the next try: none for the first 3 mistakes, then 5 s doubling to 5 min. */
export function retryDelayMs(failures: number): number {
  return failures < 3 ? 0 : Math.min(5_000 * 2 ** (failures - 3), 5 * 60_000);
}
