/**
 * Referral references: `BCN-` and 8 characters of Crockford base32 in two groups of 4 (e.g. BCN-7K3M-Q9TX).
 * Crockford's alphabet leaves out I, L, O and U, so a reference read out over the phone is hard to get wrong.
 * 40 random bits: a clash is very unlikely, and the database refuses one (records.ts then draws again).
 */

const CROCKFORD_BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHARACTER = `[${CROCKFORD_BASE32}]`;
/** Built from the alphabet, so what is made and what is accepted can never drift apart. */
export const REFERENCE_PATTERN = new RegExp(`^BCN-${CHARACTER}{4}-${CHARACTER}{4}$`);

/** A new random reference, from the platform's cryptographic random source (Node, workerd, browsers). */
export function newReference(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 7; i >= 0; i--) chars += CROCKFORD_BASE32.charAt(Number((bits >> BigInt(i * 5)) & 31n));
  return `BCN-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

export function isReference(text: string): boolean {
  return REFERENCE_PATTERN.test(text);
}
