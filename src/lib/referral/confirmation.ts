import type { ReferralStatus } from './records.ts';

/**
 * What the confirmation page says for a reference: sent, received and still being sent (or no longer being
 * tried), not found, or no reference at all — the decision, its HTTP status and title. The words are in
 * src/components/referral/ReferralConfirmation.tsx, which renders it.
 */

export interface StatusRecord {
  status: ReferralStatus;
  createdAt: number;
  /** In the Beacon inbox (inbox mode): Beacon has the answers from the moment they were stored. */
  inInbox?: boolean;
}

export type ConfirmationView =
  | { kind: 'no-reference' }
  | { kind: 'not-found' }
  | { kind: 'sent'; reference: string }
  /** Stored, not yet accepted by the email provider: the cron keeps trying ('queued'), or has stopped. */
  | { kind: 'queued' | 'stopped'; reference: string; receivedAt: string };

export interface Confirmation {
  status: 200 | 400 | 404;
  title: string;
  view: ConfirmationView;
}

/** "3:05pm on Tuesday 1 December", in UK time. */
function ukTime(ms: number): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const clock = `${part('hour')}:${part('minute')}${part('dayPeriod').toLowerCase().replace(/\s/g, '')}`;
  return `${clock} on ${part('weekday')} ${part('day')} ${part('month')}`;
}

/** The title each view has: the page's heading, so the tab says what the page does. */
export const CONFIRMATION_TITLES = {
  'no-reference': 'We cannot show this page',
  'not-found': 'We cannot find this reference',
  sent: 'Your answers have been sent to Beacon',
  queued: 'Beacon will get your answers',
  stopped: 'We have your answers',
} as const satisfies Record<ConfirmationView['kind'], string>;

/** The page for a reference (null when the address has none, or a mangled one) and its record. */
export function confirmationFor(reference: string | null, record: StatusRecord | null): Confirmation {
  const view = viewFor(reference, record);
  const status = view.kind === 'no-reference' ? 400 : view.kind === 'not-found' ? 404 : 200;
  return { status, title: CONFIRMATION_TITLES[view.kind], view };
}

function viewFor(reference: string | null, record: StatusRecord | null): ConfirmationView {
  if (!reference) return { kind: 'no-reference' };
  if (!record) return { kind: 'not-found' };
  if (record.status === 'sent' || record.inInbox) return { kind: 'sent', reference };
  const kind = record.status === 'stopped' ? 'stopped' : 'queued';
  return { kind, reference, receivedAt: ukTime(record.createdAt) };
}
