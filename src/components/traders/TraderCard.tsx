import { telHref } from '../../lib/contacts/contacts.ts';
import { memberResultHref } from '../../lib/traders/links.ts';
import type { TraderResult } from '../../lib/traders/trader-result.ts';
import { STATUS_TAG, statusSentence } from '../../lib/traders/wording.ts';

/** One trader: status in words (never colour alone), what they do, where, and how to phone them. */
export function TraderCard({ trader, heading = 'h3' }: { trader: TraderResult; heading?: 'h2' | 'h3' }) {
  const Heading = heading;
  return (
    <article className={`trader-card trader-card--${trader.status}`}>
      <Heading className="trader-card__name">{trader.name}</Heading>
      <p className="trader-card__status">
        <strong className={`tag tag--${trader.status}`}>{STATUS_TAG[trader.status]}</strong>{' '}
        {statusSentence(trader.status, trader.expiresOn)}
      </p>
      <dl className="summary-list trader-card__details">
        <Row term="Membership number">{trader.memberId}</Row>
        <Row term="Trades">{trader.trades.join(', ')}</Row>
        <Row term="Areas covered">{trader.areas.join(', ')}</Row>
        <Row term="Based in">{trader.town}</Row>
        <Row term="Phone">
          <a href={telHref(trader.phone)}>{trader.phone}</a>
        </Row>
        {trader.email && (
          <Row term="Email">
            <a href={`mailto:${trader.email}`}>{trader.email}</a>
          </Row>
        )}
        {trader.website && (
          <Row term="Website">
            <a href={trader.website} rel="external noopener noreferrer">
              {trader.website}
            </a>
          </Row>
        )}
      </dl>
      <p className="trader-card__share">
        <a href={memberResultHref(trader.memberId)}>
          Share this result<span className="visually-hidden"> for {trader.name}</span>
        </a>
      </p>
    </article>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
