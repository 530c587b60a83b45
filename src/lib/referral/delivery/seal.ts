/**
 * Sealing a referral's answers before they are stored: AES-GCM with a 256-bit key from the REFERRAL_KEY
 * secret (base64; `openssl rand -base64 32`), a fresh 96-bit IV each time, and the idempotency key as
 * associated data, so a sealed blob cannot be moved onto another referral's row. The stored form is
 * `v1.KEYID.IV.CIPHERTEXT` (base64url); KEYID is the first 8 hex characters of the key's SHA-256, so after
 * a rotation the right key (REFERRAL_KEY or REFERRAL_KEY_PREVIOUS) is picked, and an unknown one is named.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The raw key bytes of a REFERRAL_KEY value, or null unless it is base64 of exactly 32 bytes. */
export function keyBytes(secret: string): Uint8Array<ArrayBuffer> | null {
  try {
    const bytes = fromBase64(secret.trim());
    return bytes.length === 32 ? bytes : null;
  } catch {
    return null;
  }
}

async function keyId(secret: string): Promise<string> {
  const bytes = keyBytes(secret);
  if (!bytes) throw new Error('REFERRAL_KEY must be base64 of 32 bytes');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.slice(0, 4), (b) => b.toString(16).padStart(2, '0')).join('');
}

function importKey(secret: string, use: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  const bytes = keyBytes(secret);
  if (!bytes) throw new Error('REFERRAL_KEY must be base64 of 32 bytes');
  return crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, [use]);
}

export async function seal(secret: string, associatedData: string, plaintext: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await importKey(secret, 'encrypt');
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(associatedData) },
    key,
    encoder.encode(plaintext),
  );
  return ['v1', await keyId(secret), toBase64Url(iv), toBase64Url(new Uint8Array(sealed))].join('.');
}

export type Opened = { ok: true; plaintext: string } | { ok: false; reason: 'unknown-key' | 'damaged' };

/** Opens a sealed value with whichever of `secrets` sealed it. Never throws. */
export async function open(secrets: readonly string[], associatedData: string, sealed: string): Promise<Opened> {
  const [version, kid, iv, data] = sealed.split('.');
  if (version !== 'v1' || !kid || !iv || !data) return { ok: false, reason: 'damaged' };
  let secret: string | undefined;
  for (const candidate of secrets) if ((await keyId(candidate)) === kid) secret = candidate;
  if (!secret) return { ok: false, reason: 'unknown-key' };
  try {
    const key = await importKey(secret, 'decrypt');
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(iv), additionalData: encoder.encode(associatedData) },
      key,
      fromBase64(data),
    );
    return { ok: true, plaintext: decoder.decode(plain) };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
