import { parseCsv } from './csv.ts';
import { REGISTER_COLUMNS, registerRowSchema, toRegisterRow, type RegisterRow } from './register-row.ts';

/**
 * A whole register file checked: the header, every row (zod), and what only the whole file shows —
 * membership numbers used twice. Every problem is reported, each as `line N: column: problem`, so one
 * run of the import shows everything to fix. Nothing is imported unless there are no problems.
 */

export type RegisterCheck =
  { ok: true; rows: RegisterRow[]; sample: boolean } | { ok: false; problems: string[]; rowCount: number };

/** Ofcom's numbers for drama (FACTS.md): a register using only these is the fictional sample. */
const DRAMA_NUMBER = /^(?:01632960\d{3}|07700900\d{3})$/;

export function isDramaNumber(phone: string): boolean {
  return DRAMA_NUMBER.test(phone.replace(/[\s()-]/g, '').replace(/^\+44/, '0'));
}

export function checkRegister(text: string, onProgress?: (checked: number, total: number) => void): RegisterCheck {
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, problems: [`line ${csv.line}: file: ${csv.problem}`], rowCount: 0 };
  const [header, ...records] = csv.records;
  if (!header)
    return { ok: false, problems: ['line 1: file: is empty (expected a header row and traders)'], rowCount: 0 };

  const problems: string[] = [];
  const names = header.fields.map((f) => f.trim().toLowerCase());
  for (const column of REGISTER_COLUMNS) {
    if (!names.includes(column)) problems.push(`line ${header.line}: header: missing column ${column}`);
  }
  for (const name of names) {
    if (!(REGISTER_COLUMNS as readonly string[]).includes(name)) {
      problems.push(`line ${header.line}: header: unknown column "${name}"`);
    }
  }
  if (new Set(names).size !== names.length) problems.push(`line ${header.line}: header: a column is named twice`);
  if (problems.length) return { ok: false, problems, rowCount: records.length };
  if (records.length === 0) {
    return { ok: false, problems: [`line ${header.line + 1}: file: has no traders after the header`], rowCount: 0 };
  }

  const rows: RegisterRow[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    if (onProgress && index > 0 && index % 1000 === 0) onProgress(index, records.length);
    if (record.fields.length !== names.length) {
      problems.push(`line ${record.line}: row: has ${record.fields.length} fields, expected ${names.length}`);
      return;
    }
    const raw = Object.fromEntries(names.map((name, i) => [name, record.fields[i] ?? '']));
    const parsed = registerRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`line ${record.line}: ${String(issue.path[0] ?? 'row')}: ${issue.message}`);
      }
      return;
    }
    const row = toRegisterRow(parsed.data);
    const first = seen.get(row.memberKey);
    if (first !== undefined) {
      problems.push(`line ${record.line}: member_id: ${row.memberId} is already used on line ${first}`);
      return;
    }
    seen.set(row.memberKey, record.line);
    rows.push(row);
  });
  onProgress?.(records.length, records.length);
  if (problems.length) return { ok: false, problems, rowCount: records.length };
  return { ok: true, rows, sample: rows.every((r) => isDramaNumber(r.phone)) };
}
