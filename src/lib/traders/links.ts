import { RESULTS_PATH } from './wording.ts';

/**
 * Links to answers that work for anyone, with or without JavaScript: the results page, answered by a
 * function. "Share this result" and page links use them, so a family member opening one sees the same.
 */

export interface SearchLink {
  q?: string | null;
  trade?: string | null;
  postcode?: string | null;
  status?: 'approved' | 'all';
  page?: number;
}

export function searchResultsHref(search: SearchLink): string {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.trade) params.set('trade', search.trade);
  if (search.postcode) params.set('postcode', search.postcode);
  if (search.status === 'all') params.set('status', 'all');
  if (search.page && search.page > 1) params.set('page', String(search.page));
  return `${RESULTS_PATH}?${params.toString()}`;
}

export function memberResultHref(memberId: string): string {
  return `${RESULTS_PATH}?${new URLSearchParams({ member: memberId }).toString()}`;
}
