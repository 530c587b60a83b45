import { telHref } from '../../lib/contacts/contacts.ts';
import { memberResultHref } from '../../lib/traders/links.ts';
import type { TraderResult } from '../../lib/traders/trader-result.ts';
import { STATUS_TAG, statusSentence } from '../../lib/traders/wording.ts';
import { SummaryList, type SummaryRow } from '../ui/SummaryList.tsx';

/** One trader: status in words (never colour alone), what they do, where, and how to phone them. */
export function TraderCard({ trader, headingLevel = 3 }: { trader: TraderResult; headingLevel?: 2 | 3 | undefined }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`trader-card trader-card--${trader.status}`}>
      <Heading className="trader-card__name">{trader.name}</Heading>
      <p className="trader-card__status">
        <strong className={`tag tag--${trader.status}`}>{STATUS_TAG[trader.status]}</strong>{' '}
        {statusSentence(trader.status, trader.expiresOn)}
      </p>
      <SummaryList rows={detailRows(trader)} className="trader-card__details" />
      <p className="trader-card__share">
        <a href={memberResultHref(trader.memberId)}>
          Share this result<span className="visually-hidden"> for {trader.name}</span>
        </a>
      </p>
    </article>
  );
}

/** What the register says, in the order a resident checks it; email and website only when known. */
function detailRows(trader: TraderResult): SummaryRow[] {
  const rows: SummaryRow[] = [
    { key: 'Membership number', value: trader.memberId },
    { key: 'Trades', value: trader.trades.join(', ') },
    { key: 'Areas covered', value: trader.areas.join(', ') },
    { key: 'Based in', value: trader.town },
    { key: 'Phone', value: <a href={telHref(trader.phone)}>{trader.phone}</a> },
  ];
  if (trader.email) rows.push({ key: 'Email', value: <a href={`mailto:${trader.email}`}>{trader.email}</a> });
  if (trader.website) {
    rows.push({
      key: 'Website',
      value: (
        <a href={trader.website} rel="external noopener noreferrer">
          {trader.website}
        </a>
      ),
    });
  }
  return rows;
}
