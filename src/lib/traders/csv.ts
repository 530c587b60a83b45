/**
 * A small RFC 4180 CSV reader for the register file: commas, double-quoted fields with "" for a quote,
 * line breaks inside quotes, CRLF or LF, a leading byte-order mark. Each record keeps the line it starts
 * on, so problems can be reported as `line N: …`. Blank lines are skipped.
 */

interface CsvRecord {
  /** The 1-based line of the file the record starts on. */
  line: number;
  fields: string[];
}

export type CsvResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; problem: string };

export function parseCsv(text: string): CsvResult {
  const records: CsvRecord[] = [];
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let atRecordEnd = false;
    while (!atRecordEnd) {
      if (src[i] === '"' && field === '') {
        // A quoted field: runs to the closing quote; "" inside is one quote.
        i += 1;
        for (;;) {
          if (i >= src.length) return { ok: false, line: start, problem: 'a quoted field is never closed' };
          const c = src[i]!;
          if (c === '"' && src[i + 1] === '"') {
            field += '"';
            i += 2;
          } else if (c === '"') {
            i += 1;
            break;
          } else {
            if (c === '\n') line += 1;
            field += c;
            i += 1;
          }
        }
        const next = src[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          return { ok: false, line, problem: 'text after a closing quote (write "" for a quote inside a field)' };
        }
      }
      const c = src[i];
      if (c === undefined || c === '\n' || (c === '\r' && src[i + 1] === '\n')) {
        fields.push(field);
        atRecordEnd = true;
        i += c === '\r' ? 2 : 1;
        line += 1;
      } else if (c === ',') {
        fields.push(field);
        field = '';
        i += 1;
      } else {
        field += c;
        i += 1;
      }
    }
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
  }
  return { ok: true, records };
}

/** One field for a CSV file: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
