import { ALERTS_TITLE } from '../../lib/alerts/wording.ts';
import type { AlertRecord } from '../../lib/alerts/record.ts';
import { AlertSummary } from './AlertSummary.tsx';

/** How many current alerts the home page shows. */
const HOME_ALERTS = 3;

/** The home page's panel: the newest current alerts, or a line saying there are none, and the way to all. */
export function HomeAlerts({ current }: { current: readonly AlertRecord[] }) {
  return (
    <section className="home-alerts" aria-labelledby="home-alerts-heading">
      <h2 id="home-alerts-heading">{ALERTS_TITLE}</h2>
      {current.length === 0 ? (
        <p>
          No scam alerts are current today. <a href="/alerts/#past-alerts">See past alerts</a>.
        </p>
      ) : (
        <>
          {current.slice(0, HOME_ALERTS).map((a) => (
            <AlertSummary key={a.slug} alert={a} level={3} />
          ))}
          <p>
            <a href="/alerts/">See all scam alerts</a>
          </p>
        </>
      )}
    </section>
  );
}
