import { areaName } from '../../lib/alerts/areas.ts';
import { feedLinks, type AlertsPageState } from '../../lib/alerts/page.ts';
import { ALERTS_TITLE } from '../../lib/alerts/wording.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { AlertFilterForm } from './AlertFilterForm.tsx';
import { AlertSummary } from './AlertSummary.tsx';

/**
 * /alerts/: the current alerts for the day, newest first, then the past 12 months', with the form that
 * narrows them. Rendered by the Worker for the day it is asked (src/render/alerts-page.tsx).
 */
export function AlertsPage({ state }: { state: AlertsPageState }) {
  const errors = state.kind === 'bad-choice' ? state.errors : [];
  const where = state.filter.area ? ` in ${areaName(state.filter.area)}` : '';
  const feeds = feedLinks(state.filter);
  return (
    <>
      <ErrorSummary errors={errors.map((e) => ({ href: `#${e.field}`, message: e.message }))} autoFocus />
      <h1>{ALERTS_TITLE}</h1>
      <p className="lead">
        Scams the police, Trading Standards and others have warned about. Each alert says how to spot the scam and what
        to do.
      </p>
      <AlertFilterForm filter={state.filter} errors={errors} />
      {state.kind === 'lists' && (
        <>
          <section aria-labelledby="current-alerts">
            <h2 id="current-alerts">Current alerts{where}</h2>
            {state.lists.current.length === 0 ? (
              <p>
                There are no current alerts{where} today. Scammers still call every day: if you are not sure, do not
                open the door, and hang up.
              </p>
            ) : (
              state.lists.current.map((a) => <AlertSummary key={a.slug} alert={a} level={3} />)
            )}
          </section>
          <section aria-labelledby="past-alerts">
            <h2 id="past-alerts">Past alerts</h2>
            <p>These alerts ended in the last 12 months. The same tricks often come back.</p>
            {state.lists.past.length === 0 ? (
              <p>There are no past alerts{where}.</p>
            ) : (
              state.lists.past.map((a) => (
                <AlertSummary key={a.slug} alert={a} level={3} ended={a.withdrawn ? 'withdrawn' : 'ended'} />
              ))
            )}
          </section>
          <p className="alert-feeds">
            Follow these alerts in a feed reader or a newsletter: <a href={feeds.atom}>Atom feed</a> or{' '}
            <a href={feeds.json}>JSON feed</a>.
          </p>
        </>
      )}
    </>
  );
}
