/**
 * Edit distance for forgiving typing slips, checked against the index's own words. lunr's fuzzy token
 * sets grow steeply at distance 2 (tens of milliseconds for one 8-letter word); a bounded comparison
 * against a few thousand words of similar length takes a fraction of a millisecond.
 */

// Three reusable rows of the edit-distance table: no allocation per comparison.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * True when a and b differ by at most `max` insertions, deletions, substitutions or swaps of neighbouring
 * letters (the same edits lunr counts). Stops as soon as every path is over the limit.
 */
export function withinEditDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (rows[0].length <= b.length)
    rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [before, previous, row] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return false;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length]! <= max;
}

/** The words of `vocabulary` within `max` edits of `word`. */
export function fuzzyMatches(vocabulary: readonly string[], word: string, max: number): string[] {
  return vocabulary.filter((candidate) => withinEditDistance(word, candidate, max));
}
