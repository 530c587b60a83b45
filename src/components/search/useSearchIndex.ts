import { useEffect, useState } from 'react';
import { loadSearch, type Searcher } from '../../lib/search/search.ts';

export type IndexState =
  { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; searcher: Searcher } | { kind: 'failed' };

/**
 * Fetches and loads the search index once the island has hydrated. Starts 'idle', the same as the
 * server-rendered HTML, so hydration matches; the page keeps its A to Z until the state is 'ready'.
 */
export function useSearchIndex(url: string): IndexState {
  const [state, setState] = useState<IndexState>({ kind: 'idle' });
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((data) => {
        const searcher = loadSearch(data);
        if (current) setState({ kind: 'ready', searcher });
      })
      .catch((error: unknown) => {
        console.warn(error instanceof Error ? error.message : 'search index failed to load');
        if (current) setState({ kind: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [url]);
  return state;
}
