import type { EmailSender } from '../email/sender.ts';
import type { D1Like } from '../web/d1.ts';
import { postAlert } from './alert-webhook.ts';
import { inboxLink, inboxNotification } from './notification.ts';
import { deleteExpiredAnswers, recordSystemEvent, stoppedWithoutAlert, unopenedSince } from './store.ts';
import { oneWorkingDayAfter } from './working-day.ts';

/**
 * The inbox's part of each cron run (inbox mode): delete answers past their retention; remind Beacon of a
 * referral nobody has opened within one working day; and, for a notice that still failed after every
 * retry, alert the second channel (ALERT_WEBHOOK_URL) with the reference only. Each is recorded in the
 * referral's history. A reminder or alert that fails is tried again on the next run.
 */
/** What upkeep needs of the delivery cron's dependencies (structural, so the inbox does not import the referral). */
export interface UpkeepDeps {
  db: D1Like;
  sender: EmailSender;
  settings: { from: string; to: string; siteUrl: string; retentionMs: number; alertWebhookUrl: string | null };
  log: (level: 'info' | 'warn' | 'error', event: string, detail?: Record<string, string | number>) => void;
}

export async function keepInboxMoving(deps: UpkeepDeps, now: () => number, pace: () => Promise<void>): Promise<void> {
  const { db, sender, settings, log } = deps;
  for (const reference of await deleteExpiredAnswers(db, now(), settings.retentionMs)) {
    log('info', 'inbox.answers_deleted', { reference });
  }
  // Anything received more than a day ago (three over a weekend) may be due: the working day decides.
  const candidates = await unopenedSince(db, now() - 24 * 60 * 60 * 1000);
  for (const waiting of candidates.filter((w) => oneWorkingDayAfter(w.receivedAt) <= now())) {
    await pace();
    const result = await sender.send(inboxNotification(waiting, settings, 'reminder'), `${waiting.key}-reminder`);
    if (result.ok) {
      await recordSystemEvent(db, waiting.reference, 'reminded', now());
      log('warn', 'inbox.reminder_sent', { reference: waiting.reference });
    } else {
      log('warn', 'inbox.reminder_failed', { reference: waiting.reference, reason: result.reason });
    }
  }
  for (const reference of await stoppedWithoutAlert(db)) {
    if (!settings.alertWebhookUrl) {
      log('error', 'inbox.notice_failed_no_second_channel', { reference });
      continue;
    }
    const ok = await postAlert(settings.alertWebhookUrl, reference, inboxLink(settings.siteUrl, reference));
    if (ok) await recordSystemEvent(db, reference, 'alerted', now());
    log(ok ? 'warn' : 'error', ok ? 'inbox.alert_sent' : 'inbox.alert_failed', { reference });
  }
}
