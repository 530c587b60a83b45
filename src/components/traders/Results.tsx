import type { Ref } from 'react';
import { memberResultHref, searchResultsHref } from '../../lib/traders/links.ts';
import { PAGE_SIZE } from '../../lib/traders/search-query.ts';
import type { SearchResponse, TraderResult } from '../../lib/traders/trader-result.ts';
import {
  CALL_SAFELY,
  countSentence,
  MEMBER_NOT_FOUND,
  MEMBER_NOT_FOUND_HINT,
  searchPhrase,
} from '../../lib/traders/wording.ts';
import { placeText } from '../../lib/traders/search-wording.ts';
import { NoResults, ShowingFor } from './NoResults.tsx';
import { NotListed, SampleNotice } from './Notices.tsx';
import { TraderCard } from './TraderCard.tsx';

/**
 * A page of search results: how many, the cards, page links, a link to share, and what to do if not found.
 * Every link works as a plain link to the results page (the no-JavaScript answer renders this too); the
 * island, given `onPage` and `onSuggest`, answers them in place and focuses the heading (`headingRef`).
 */
export function SearchResults({
  answer,
  headingRef,
  onPage,
  onSuggest,
}: {
  answer: SearchResponse;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  onPage?: ((page: number) => void) | undefined;
  onSuggest?: ((search: { q: string | null; trade: string | null; postcode: string | null }) => void) | undefined;
}) {
  const { query, total, results } = answer;
  const phrase = searchPhrase({ q: query.q, trade: query.tradeLabel ?? query.trade, postcode: placeText(query) });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const link = { q: query.q, trade: query.trade, postcode: query.place?.typed ?? query.postcode, status: query.status };
  const first = (query.page - 1) * PAGE_SIZE + 1;
  const pageLink = (page: number, text: string, rel: string) => (
    <li>
      <a
        href={searchResultsHref({ ...link, page })}
        rel={rel}
        onClick={
          onPage &&
          ((event) => {
            event.preventDefault();
            onPage(page);
          })
        }
      >
        {text}
      </a>
    </li>
  );
  return (
    <section className="trader-results" aria-labelledby="results-heading">
      <SampleNotice sample={answer.register.sample} />
      <h2 id="results-heading" tabIndex={-1} ref={headingRef}>
        {countSentence(total, query.status === 'all')}
      </h2>
      {phrase && <p className="lead">{phrase}.</p>}
      <ShowingFor query={query} />
      {total > PAGE_SIZE && results.length > 0 && (
        <p>
          Showing {first} to {first + results.length - 1} of {total.toLocaleString('en-GB')}.
        </p>
      )}
      {total === 0 && <NoResults answer={answer} onSuggest={onSuggest} />}
      {results.length > 0 && <p>{CALL_SAFELY}</p>}
      {results.length > 0 && (
        <ol className="trader-list">
          {results.map((trader) => (
            <li key={trader.memberId}>
              <TraderCard trader={trader} />
            </li>
          ))}
        </ol>
      )}
      {pages > 1 && (
        <nav className="trader-pages" aria-label="Results pages">
          <ul>
            {query.page > 1 && pageLink(query.page - 1, 'Previous page', 'prev')}
            <li>
              Page {query.page} of {pages}
            </li>
            {query.page < pages && pageLink(query.page + 1, 'Next page', 'next')}
          </ul>
        </nav>
      )}
      <p className="trader-results__share">
        <a href={searchResultsHref({ ...link, page: query.page })}>Share these results</a>
      </p>
      <NotListed />
    </section>
  );
}

/**
 * The answer to a membership number check: the member, whatever their status, or not found. Either way a
 * link to share the answer (the card carries it for a member), the same with or without JavaScript.
 */
export function MemberResult({
  typed,
  trader,
  sample,
  headingRef,
  headingLevel = 2,
}: {
  typed: string;
  trader: TraderResult | null;
  sample: boolean;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  /**
   * 1 when the answer is the whole page (without JavaScript): its heading is the page's own, said once,
   * and the member's name comes under it at level 2.
   */
  headingLevel?: 1 | 2 | undefined;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className="trader-results" aria-labelledby="results-heading">
      <SampleNotice sample={sample} />
      <Heading id="results-heading" tabIndex={-1} ref={headingRef}>
        {trader ? `Membership number ${trader.memberId}` : MEMBER_NOT_FOUND(typed)}
      </Heading>
      {trader ? (
        <>
          <p>{CALL_SAFELY}</p>
          <TraderCard trader={trader} headingLevel={headingLevel === 1 ? 2 : 3} />
        </>
      ) : (
        <>
          <p>{MEMBER_NOT_FOUND_HINT}</p>
          <p className="trader-results__share">
            <a href={memberResultHref(typed)}>Share this result</a>
          </p>
        </>
      )}
      {trader?.status !== 'approved' && <NotListed />}
    </section>
  );
}
