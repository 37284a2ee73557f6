/**
 * The vault's cryptography, with WebCrypto only. A random AES-GCM-256 data key encrypts every
 * record; a key derived from the passphrase (PBKDF2-HMAC-SHA256) wraps the data key. Every
 * encryption uses a fresh random 96-bit IV and binds the ciphertext to its record through
 * additional authenticated data, so ciphertexts cannot be moved between records.
 */

/** OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA256 with at least 600,000 iterations. */
export const KDF_ITERATIONS = 600_000;

/**
 * Stored KDF parameters outside these bounds are refused before any key is derived: a
 * tampered vault record or backup file must neither weaken the key nor stall the single writer
 * for minutes. The maximum leaves room to raise KDF_ITERATIONS threefold.
 */
export const KDF_MIN_ITERATIONS = 600_000;
export const KDF_MAX_ITERATIONS = 2_000_000;

/** Whether stored KDF parameters are ones this extension makes (`minIterations` is lowered only by tests). */
export function isAllowedKdf(params: unknown, minIterations = KDF_MIN_ITERATIONS): params is KdfParams {
  const p = params as Partial<KdfParams> | null;
  return (
    !!p &&
    p.name === 'PBKDF2' &&
    p.hash === 'SHA-256' &&
    typeof p.salt === 'string' &&
    Number.isInteger(p.iterations) &&
    (p.iterations as number) >= minIterations &&
    (p.iterations as number) <= KDF_MAX_ITERATIONS
  );
}

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** Base64, 16 random bytes. */
  salt: string;
}

/** An AES-GCM ciphertext (with its 16-byte tag at the end) and its IV, both base64. */
export interface Sealed {
  iv: string;
  ct: string;
}

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** 12 random bytes: a fresh IV for every single encryption, never a counter or a reuse. */
export function newIv(): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(12));
}

export function newKdfParams(iterations = KDF_ITERATIONS): KdfParams {
  return { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(globalThis.crypto.getRandomValues(new Uint8Array(16))) };
}

/** The key-encryption key for a passphrase: non-extractable, used only to wrap the data key. */
export async function deriveKek(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: params.hash, iterations: params.iterations, salt: fromBase64(params.salt) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** 32 random bytes: the data key. Kept only in memory and in session storage while unlocked. */
export function newDataKeyBytes(): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(32));
}

export function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function seal(key: CryptoKey, plaintext: Uint8Array<ArrayBuffer>, aad: string): Promise<Sealed> {
  const iv = newIv();
  const ct = new Uint8Array(
    await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(aad), tagLength: 128 }, key, plaintext),
  );
  return { iv: toBase64(iv), ct: toBase64(ct) };
}

/** Decrypts and authenticates; throws on any changed byte of IV, ciphertext, tag or AAD. */
export async function open(key: CryptoKey, sealed: Sealed, aad: string): Promise<Uint8Array<ArrayBuffer>> {
  const iv = fromBase64(sealed.iv);
  if (iv.length !== 12) throw new Error('Bad IV');
  return new Uint8Array(
    await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(aad), tagLength: 128 }, key, fromBase64(sealed.ct)),
  );
}

export async function sealJson(key: CryptoKey, value: unknown, aad: string): Promise<Sealed> {
  return seal(key, encoder.encode(JSON.stringify(value)), aad);
}

export async function openJson<T>(key: CryptoKey, sealed: Sealed, aad: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await open(key, sealed, aad))) as T;
}
