// The one place that imports lunr, so its ES-module pitfall is fixed once for the builder, Node and the island.
import lunr from 'lunr';

/*
 * lunr's warn helper reads `this.console`, and `this` is undefined in an ES module bundle, so the first
 * warning (such as an index saved by another lunr version) would throw instead of warn.
 */
(lunr.utils as { warn: (message: string) => void }).warn = (message) => {
  console.warn(message);
};

// The typings say this returns a token; it returns undefined for a stop word.
const stopWordFilter = lunr.stopWordFilter as (token: lunr.Token) => lunr.Token | undefined;

/** True for the words lunr leaves out of the index ("the", "can", "says", …). Takes a normalised word. */
export function isStopWord(word: string): boolean {
  return stopWordFilter(new lunr.Token(word, {})) === undefined;
}

/** The stem lunr indexes for a normalised word: "cancelling" → "cancel". */
export function stemOf(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

export { lunr };
