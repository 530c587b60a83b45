// Where the fictional register's traders are based (fake-register.ts): Hertfordshire towns and, for the
// national benchmark, made-up districts elsewhere in the UK.

/** Towns and the postcode districts around them; traders cover their own and some nearby. */
export const PLACES: readonly { town: string; districts: readonly string[] }[] = [
  { town: 'St Albans', districts: ['AL1', 'AL2', 'AL3', 'AL4'] },
  { town: 'Harpenden', districts: ['AL5', 'AL3', 'AL4'] },
  { town: 'Welwyn Garden City', districts: ['AL7', 'AL8', 'AL6'] },
  { town: 'Hatfield', districts: ['AL10', 'AL9', 'AL8'] },
  { town: 'Stevenage', districts: ['SG1', 'SG2', 'SG3'] },
  { town: 'Hitchin', districts: ['SG4', 'SG5'] },
  { town: 'Letchworth Garden City', districts: ['SG6', 'SG7'] },
  { town: 'Royston', districts: ['SG8'] },
  { town: 'Buntingford', districts: ['SG9', 'SG11'] },
  { town: 'Ware', districts: ['SG12', 'SG11', 'SG10'] },
  { town: 'Hertford', districts: ['SG13', 'SG14'] },
  { town: 'Watford', districts: ['WD17', 'WD18', 'WD19', 'WD24', 'WD25'] },
  { town: 'Bushey', districts: ['WD23'] },
  { town: 'Rickmansworth', districts: ['WD3'] },
  { town: 'Kings Langley', districts: ['WD4', 'WD5'] },
  { town: 'Borehamwood', districts: ['WD6', 'WD7'] },
  { town: 'Potters Bar', districts: ['EN6'] },
  { town: 'Cheshunt', districts: ['EN7', 'EN8'] },
  { town: 'Hoddesdon', districts: ['EN11', 'EN10'] },
  { town: 'Hemel Hempstead', districts: ['HP1', 'HP2', 'HP3'] },
  { town: 'Berkhamsted', districts: ['HP4'] },
  { town: 'Tring', districts: ['HP23'] },
  { town: "Bishop's Stortford", districts: ['CM23', 'CM22'] },
  { town: 'Sawbridgeworth', districts: ['CM21'] },
];
export const ALL_DISTRICTS = [...new Set(PLACES.flatMap((p) => p.districts))];

/**
 * For a national register (the benchmark's 100,000): cities elsewhere in the UK, named after their
 * postcode areas, with district codes shaped like theirs (area letters and 1–12; made up, not checked
 * against Royal Mail's list), so most traders are far from Hertfordshire as they would be nationally.
 */
const AREAS: readonly [string, string][] = [
  ['B', 'Birmingham'],
  ['BS', 'Bristol'],
  ['CF', 'Cardiff'],
  ['CV', 'Coventry'],
  ['EH', 'Edinburgh'],
  ['EX', 'Exeter'],
  ['G', 'Glasgow'],
  ['L', 'Liverpool'],
  ['LE', 'Leicester'],
  ['LS', 'Leeds'],
  ['M', 'Manchester'],
  ['NE', 'Newcastle'],
  ['NG', 'Nottingham'],
  ['NR', 'Norwich'],
  ['OX', 'Oxford'],
  ['PL', 'Plymouth'],
  ['RG', 'Reading'],
  ['S', 'Sheffield'],
  ['SO', 'Southampton'],
  ['YO', 'York'],
];
export const NATIONAL_PLACES: readonly { town: string; districts: readonly string[] }[] = AREAS.map(([area, town]) => ({
  town,
  districts: Array.from({ length: 12 }, (_, i) => `${area}${i + 1}`),
}));
/** Traders in Hertfordshire in a generated register; any beyond are based elsewhere in the UK. */
export const HERTS_ROWS = 10_000;
