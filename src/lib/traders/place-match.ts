import { nearest } from './edits.ts';
import { PLACES, type Place } from './places-data.ts';
import { postcodeDistrict } from './postcode.ts';

/**
 * What was typed in the "Postcode or town" box, understood: a postcode (full, sector or district) or a
 * place in places-data.ts, matched whole, by the start of its name ("hemel"), or with a slip or two
 * ("stevenidge"). Names are compared folded: case, accents and apostrophes ignored, "Saint" read as "St".
 */

export interface PlaceMatch {
  /** 'postcode': a postcode or district; 'place': a known place as typed; 'fuzzy': a known place, corrected. */
  how: 'postcode' | 'place' | 'fuzzy';
  /** The districts to search. */
  districts: string[];
  /** What to show: the district, or the place names matched. */
  label: string;
}

/** Folded place words: "Bishop's  Stortford" → "bishops stortford"; "Saint Albans" → "st albans". */
export function placeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`.]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((w) => (w === 'saint' ? 'st' : w))
    .join(' ');
}

// Marked pure so a bundle that never matches a place (the trader island) leaves the table out.
const KEYED: [string, Place][] = /* @__PURE__ */ PLACES.flatMap((p) =>
  [p.name, ...(p.aliases ?? [])].map((n): [string, Place] => [placeKey(n), p]),
);
/** Most districts one place search covers (a bound parameter each). */
const MAX_DISTRICTS = 24;
/** Shortest text matched as the start of a place name ("hem" is too vague; "heme" is not). */
const MIN_PREFIX = 4;

function combine(places: Place[], how: PlaceMatch['how']): PlaceMatch {
  const unique = [...new Set(places)];
  const districts = [...new Set(unique.flatMap((p) => p.districts))].slice(0, MAX_DISTRICTS);
  return { how, districts, label: unique.map((p) => p.name).join(', ') };
}

/** The place or postcode typed, or null when it is neither (the register's own towns may still know it). */
export function matchPlace(text: string): PlaceMatch | null {
  const district = postcodeDistrict(text);
  if (district) return { how: 'postcode', districts: [district], label: district };
  const key = placeKey(text);
  if (!key) return null;
  const exact = KEYED.filter(([k]) => k === key).map(([, p]) => p);
  // A typed name is also the start of longer ones: "welwyn" is Welwyn and Welwyn Garden City.
  const starts =
    key.length >= MIN_PREFIX ? KEYED.filter(([k]) => k !== key && k.startsWith(key)).map(([, p]) => p) : [];
  if (exact.length || starts.length) return combine([...exact, ...starts], 'place');
  const close = nearest(
    key,
    KEYED.map(([k]) => k),
  );
  const best = close[0]?.[1];
  if (best === undefined) return null;
  const places = close
    .filter(([, d]) => d === best)
    .flatMap(([k]) => KEYED.filter(([kk]) => kk === k).map(([, p]) => p));
  return combine(places, 'fuzzy');
}

/** The nearest known place's name, however far: a suggestion when nothing matched. */
export function nearestPlaceName(text: string): string | undefined {
  const key = placeKey(text);
  if (!key) return undefined;
  const [best] = nearest(
    key,
    KEYED.map(([k]) => k),
    Math.max(2, Math.floor(key.length / 3)),
  );
  return best ? KEYED.find(([k]) => k === best[0])?.[1].name : undefined;
}
