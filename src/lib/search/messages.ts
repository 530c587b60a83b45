/** What the search page says about its state, for the aria-live status line. Plain words, no markup. */

/** Shortens what was typed for a message, so a pasted paragraph is not read out in full. */
export function quoted(query: string): string {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  return `‘${trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed}’`;
}

export function resultsMessage(count: number, query: string): string {
  if (count === 0) return `No results for ${quoted(query)} — try fewer words or see the A to Z.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for ${quoted(query)}`;
}

export const SEARCH_MESSAGES = {
  loading: 'Loading search…',
  ready: 'Type what happened or what you want to know. Results appear as you type.',
  failed: 'Search could not load. Check your connection and reload the page, or use the A to Z below.',
} as const;
