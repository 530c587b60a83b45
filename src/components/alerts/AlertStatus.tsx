import { shortWrittenDate } from '../../lib/calendar-date.ts';
import type { AlertRecord } from '../../lib/alerts/record.ts';
import type { AlertState } from '../../lib/alerts/state.ts';

/** Says plainly, for the day the page is asked for, whether the alert is current. */
export function AlertStatus({ alert, state }: { alert: AlertRecord; state: Exclude<AlertState, 'upcoming'> }) {
  const from = shortWrittenDate(alert.published);
  const to = shortWrittenDate(alert.expires);
  if (state === 'current') {
    return (
      <p className="alert-status alert-status--current">
        <strong>This alert is current.</strong> Published {from}. It runs until {to}.
      </p>
    );
  }
  if (state === 'withdrawn') {
    return (
      <p className="alert-status alert-status--ended">
        <strong>This alert was withdrawn.</strong> It is no longer current. The page says why.
      </p>
    );
  }
  return (
    <p className="alert-status alert-status--ended">
      <strong>This alert has ended.</strong> It ran from {from} to {to}. The advice may still help, because the same
      tricks often come back.
    </p>
  );
}
