import type { SearchResponse } from './trader-result.ts';

/**
 * The words for what a search understood and for a search that found nobody, shared by the island and
 * the no-JavaScript page. No result must never read as "no honest trader exists": the register lists
 * only members of one scheme, and a good trader may belong to another, or to none.
 */

type Query = SearchResponse['query'];

const FIELD_NAMES = { q: 'name', trade: 'trade', postcode: 'place' } as const;

/** "Showing results for “harpenden” (you typed “harpendon”)." — or null when all was read as typed. */
export function showingResultsFor(query: Query): string | null {
  if (query.corrections.length === 0) return null;
  const parts = query.corrections.map(
    (c) => `“${c.understood}” (you typed “${c.typed}” as the ${FIELD_NAMES[c.field]})`,
  );
  return `Showing results for ${parts.join(' and ')}.`;
}

/** The place box as understood, for the "what you searched" phrase: a district, or place names. */
export const placeText = (query: Query): string | null =>
  query.place ? (query.place.label ?? query.place.typed) : query.postcode;

export const NO_RESULTS = {
  /** A place nobody in the lists knows. */
  placeUnknown: (typed: string) =>
    `We could not find a postcode or a town called “${typed}” in or near Hertfordshire. Check the spelling, or enter a postcode, like AL10 9AB.`,
  /** Never say or imply there is no honest trader. */
  notMeaning:
    'This does not mean there is no good trader for the job. This list only shows members of Buy With Confidence. Many honest traders belong to other schemes, or to none.',
  suggestionsHeading: 'You could try',
  otherWaysHeading: 'Other ways to check a trader',
  otherWays: [
    'TrustMark, the Government-endorsed quality scheme for work on your home.',
    'Which? Trusted Traders, which Hertfordshire Trading Standards has named as a partner.',
    'Ask friends or neighbours who they have used, and get more than one quote.',
  ],
  neverDoorstep: 'Never use anyone who knocked on your door, whatever card they show.',
} as const;
