/**
 * Membership numbers as residents type them from a card: "bwc 10234", "BWC-10234" and "BWC10234" are the
 * same member. The register keeps the number as printed; lookups use this key (letters and digits only).
 */

/** Letters and digits, 3 to 20 of them: far longer than any real number, short enough to refuse junk early. */
const KEY = /^[A-Z0-9]{3,20}$/;

/** The lookup key of a typed number, or null when it cannot be a membership number. */
export function memberKey(input: string): string | null {
  if (input.length > 64) return null;
  const key = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-–—/.]+/g, '');
  return KEY.test(key) ? key : null;
}
