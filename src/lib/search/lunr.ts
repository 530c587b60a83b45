// The one place that imports lunr, so its ES-module pitfall is fixed once for the builder, Node and the island.
import lunr from 'lunr';

/*
 * lunr's warn helper reads `this.console`, and `this` is undefined in an ES module bundle, so the first
 * warning (such as an index saved by another lunr version) would throw instead of warn.
 */
(lunr.utils as { warn: (message: string) => void }).warn = (message) => {
  console.warn(message);
};

export { lunr };
