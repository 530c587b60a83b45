import { shortWrittenDate } from '../../lib/calendar-date.ts';
import { areasText } from '../../lib/alerts/wording.ts';
import { alertUrl, type AlertRecord } from '../../lib/alerts/record.ts';

interface Props {
  alert: AlertRecord;
  /** h2 on a page of its own list, h3 under a section heading. */
  level: 2 | 3;
  /** For a past alert: when it ended, or that it was withdrawn. */
  ended?: 'ended' | 'withdrawn' | undefined;
}

/**
 * One alert in a list (contract: an `<article>` whose heading links to the alert and which holds
 * `<time datetime>` for its published date), with its district and summary.
 */
export function AlertSummary({ alert, level, ended }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className="alert-summary">
      <Heading className="alert-summary__title">
        <a href={alertUrl(alert.slug)}>{alert.title}</a>
      </Heading>
      <p className="alert-summary__meta">
        <time dateTime={alert.published}>{shortWrittenDate(alert.published)}</time>
        {' · '}
        {areasText(alert.areas)}
        {ended === 'withdrawn' && ' · Withdrawn'}
        {ended === 'ended' && ` · Ended ${shortWrittenDate(alert.expires)}`}
      </p>
      <p>{alert.summary}</p>
    </article>
  );
}
