/**
 * Where an alert applies: Hertfordshire's ten districts, the whole county, or the whole country. The ids are
 * the contract's (DESIGN.md "Scam alerts"), used in alert files, `?area=` and the feeds.
 */
export const AREAS = [
  { id: 'broxbourne', name: 'Broxbourne' },
  { id: 'dacorum', name: 'Dacorum' },
  { id: 'east-hertfordshire', name: 'East Hertfordshire' },
  { id: 'hertsmere', name: 'Hertsmere' },
  { id: 'north-hertfordshire', name: 'North Hertfordshire' },
  { id: 'st-albans', name: 'St Albans' },
  { id: 'stevenage', name: 'Stevenage' },
  { id: 'three-rivers', name: 'Three Rivers' },
  { id: 'watford', name: 'Watford' },
  { id: 'welwyn-hatfield', name: 'Welwyn Hatfield' },
  { id: 'hertfordshire', name: 'All of Hertfordshire' },
  { id: 'national', name: 'All of the UK' },
] as const;

export type AreaId = (typeof AREAS)[number]['id'];

export const AREA_IDS = AREAS.map((a) => a.id) as [AreaId, ...AreaId[]];

/** Areas every district's list also shows: warnings for the whole county and the whole country. */
export const WIDER_AREAS: readonly AreaId[] = ['hertfordshire', 'national'];

const NAMES = new Map<string, string>(AREAS.map((a) => [a.id, a.name]));

export function isAreaId(value: string): value is AreaId {
  return NAMES.has(value);
}

export function areaName(id: AreaId): string {
  return NAMES.get(id) ?? id;
}
