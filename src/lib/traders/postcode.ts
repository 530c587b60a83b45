/**
 * UK postcodes down to their district, the part traders' areas are listed by: "al10 9ab", "AL109AB",
 * "AL10 9" and "AL10" all mean AL10. The inward code (the last three characters, digit then two letters)
 * is what separates a full postcode from its district, so "SG19AB" is SG1 9AB, never SG19.
 */

/** A postcode district (outward code): one or two letters, a digit, then an optional letter or digit. */
const DISTRICT = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;
const INWARD = /^[0-9][A-Z]{2}$/;
/** A postcode sector, written with a space: "AL10 9". */
const SECTOR = /^([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9])$/;

export function isDistrict(text: string): boolean {
  return DISTRICT.test(text);
}

/** The district of a full postcode, a sector or a district, or null if the text is none of these. */
export function postcodeDistrict(input: string): string | null {
  const text = input.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, ' ');
  if (text.length > 10) return null;
  const sector = SECTOR.exec(text);
  if (sector) return sector[1] ?? null;
  const compact = text.replaceAll(' ', '');
  if (DISTRICT.test(compact)) return compact;
  const outward = compact.slice(0, -3);
  return compact.length >= 5 && INWARD.test(compact.slice(-3)) && DISTRICT.test(outward) ? outward : null;
}
