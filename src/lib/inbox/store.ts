import type { D1Like } from '../web/d1.ts';

/**
 * The Beacon inbox in D1 (migrations/0006_inbox.sql): one row a referral, written in the batch that admits
 * it, and an audit of every view and change. Neither holds an answer: those stay sealed in
 * referral_answers until they are deleted (INBOX_RETENTION_DAYS after "closed", and at 90 days regardless).
 */

export type InboxStatus = 'new' | 'opened' | 'contacted' | 'closed';
export const STATUS_CHANGES = ['contacted', 'closed'] as const;
export type StatusChange = (typeof STATUS_CHANGES)[number];

export interface InboxEntry {
  key: string;
  reference: string;
  urgent: boolean;
  receivedAt: number;
  status: InboxStatus;
  touchedBy: string | null;
  touchedAt: number | null;
  answersDeletedAt: number | null;
}

export interface AuditEntry {
  at: number;
  actor: string;
  action: string;
}

/** Answers are never kept longer than this, whatever their status. */
const MAX_KEEP_MS = 90 * 24 * 60 * 60 * 1000;

interface Row {
  key: string;
  reference: string;
  urgent: number;
  received_at: number;
  status: InboxStatus;
  touched_by: string | null;
  touched_at: number | null;
  answers_deleted_at: number | null;
}

const COLUMNS = `idempotency_key AS key, reference, urgent, received_at, status, touched_by, touched_at,
  answers_deleted_at`;

function entry(row: Row): InboxEntry {
  return {
    key: row.key,
    reference: row.reference,
    urgent: row.urgent === 1,
    receivedAt: row.received_at,
    status: row.status,
    touchedBy: row.touched_by,
    touchedAt: row.touched_at,
    answersDeletedAt: row.answers_deleted_at,
  };
}

/** For the admission batch: the inbox row, only if the referral row with this key and reference exists. */
export function inboxInsert(db: D1Like, key: string, reference: string, urgent: boolean, now: number) {
  return db
    .prepare(
      `INSERT INTO inbox (idempotency_key, reference, urgent, received_at)
       SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM referrals WHERE idempotency_key = ?1 AND reference = ?2)
       ON CONFLICT (idempotency_key) DO NOTHING`,
    )
    .bind(key, reference, urgent ? 1 : 0, now);
}

/** Urgent ones still open first, then newest first. */
export async function listInbox(db: D1Like, limit = 500): Promise<InboxEntry[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM inbox ORDER BY (urgent = 1 AND status <> 'closed') DESC, received_at DESC LIMIT ?`)
    .bind(limit)
    .all<Row>();
  return results.map(entry);
}

/** Opens a referral for a staff member: marks it opened if new, records the view, returns it with its audit. */
export async function viewReferral(
  db: D1Like,
  reference: string,
  actor: string,
  now: number,
): Promise<{ entry: InboxEntry; sealed: string | null; audit: AuditEntry[] } | null> {
  const [updated, , found, audit] = await db.batch([
    db
      .prepare(
        `UPDATE inbox SET status = CASE status WHEN 'new' THEN 'opened' ELSE status END, touched_by = ?2,
           touched_at = ?3 WHERE reference = ?1 RETURNING reference`,
      )
      .bind(reference, actor, now),
    db
      .prepare(
        `INSERT INTO inbox_audit (reference, at, actor, action)
         SELECT ?1, ?2, ?3, 'viewed' WHERE EXISTS (SELECT 1 FROM inbox WHERE reference = ?1)`,
      )
      .bind(reference, now, actor),
    db
      .prepare(
        `SELECT ${COLUMNS}, (SELECT sealed FROM referral_answers a WHERE a.idempotency_key = inbox.idempotency_key)
           AS sealed FROM inbox WHERE reference = ?`,
      )
      .bind(reference),
    db.prepare('SELECT at, actor, action FROM inbox_audit WHERE reference = ? ORDER BY at, id').bind(reference),
  ]);
  const row = found?.results[0] as (Row & { sealed: string | null }) | undefined;
  if (!updated?.results[0] || !row) return null;
  return { entry: entry(row), sealed: row.sealed, audit: (audit?.results ?? []) as unknown as AuditEntry[] };
}

/** A staff member marks it contacted or closed. False when there is no such referral. */
export async function changeStatus(
  db: D1Like,
  reference: string,
  status: StatusChange,
  actor: string,
  now: number,
): Promise<boolean> {
  const [updated] = await db.batch([
    db
      .prepare(
        `UPDATE inbox SET status = ?2, touched_by = ?3, touched_at = ?4,
           closed_at = CASE WHEN ?2 = 'closed' THEN COALESCE(closed_at, ?4) ELSE NULL END
         WHERE reference = ?1 RETURNING reference`,
      )
      .bind(reference, status, actor, now),
    db
      .prepare(
        `INSERT INTO inbox_audit (reference, at, actor, action)
         SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM inbox WHERE reference = ?1)`,
      )
      .bind(reference, now, actor, status),
  ]);
  return (updated?.results.length ?? 0) > 0;
}

/**
 * Deletes the sealed answers of referrals closed `retentionMs` ago or more, and of any received 90 days ago
 * or more, and records it. The inbox row, its times, status and audit stay. Returns the references.
 */
export async function deleteExpiredAnswers(db: D1Like, now: number, retentionMs: number): Promise<string[]> {
  const [marked] = await db.batch([
    db
      .prepare(
        `UPDATE inbox SET answers_deleted_at = ?1
         WHERE answers_deleted_at IS NULL AND ((status = 'closed' AND closed_at <= ?2) OR received_at <= ?3)
         RETURNING reference`,
      )
      .bind(now, now - retentionMs, now - MAX_KEEP_MS),
    db
      .prepare(
        `DELETE FROM referral_answers WHERE idempotency_key IN
           (SELECT idempotency_key FROM inbox WHERE answers_deleted_at IS NOT NULL)`,
      )
      .bind(),
    db
      .prepare(
        `INSERT INTO inbox_audit (reference, at, actor, action)
         SELECT reference, ?1, 'system', 'answers-deleted' FROM inbox WHERE answers_deleted_at = ?1`,
      )
      .bind(now),
  ]);
  return ((marked?.results ?? []) as { reference: string }[]).map((r) => r.reference);
}

/** Referrals nobody has opened by `cutoff` that have had no reminder yet. */
export async function unopenedSince(db: D1Like, cutoff: number): Promise<InboxEntry[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM inbox WHERE status = 'new' AND reminded_at IS NULL AND received_at <= ?`)
    .bind(cutoff)
    .all<Row>();
  return results.map(entry);
}

export async function recordSystemEvent(
  db: D1Like,
  reference: string,
  action: 'reminded' | 'alerted',
  now: number,
): Promise<void> {
  await db.batch([
    ...(action === 'reminded'
      ? [db.prepare('UPDATE inbox SET reminded_at = ?2 WHERE reference = ?1').bind(reference, now)]
      : []),
    db
      .prepare(`INSERT INTO inbox_audit (reference, at, actor, action) VALUES (?1, ?2, 'system', ?3)`)
      .bind(reference, now, action),
  ]);
}

/** Referrals whose notice stopped retrying (still in the inbox, not yet closed) and whose alert has not gone. */
export async function stoppedWithoutAlert(db: D1Like): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT i.reference FROM inbox i JOIN referrals r ON r.idempotency_key = i.idempotency_key
       WHERE r.status = 'stopped' AND i.status <> 'closed'
         AND NOT EXISTS (SELECT 1 FROM inbox_audit a WHERE a.reference = i.reference AND a.action = 'alerted')`,
    )
    .all<{ reference: string }>();
  return results.map((r) => r.reference);
}
