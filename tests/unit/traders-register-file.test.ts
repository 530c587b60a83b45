import { describe, expect, it } from 'vitest';
import { fakeRegisterRows, toCsv } from '../../support/fake-register.ts';
import { parseCsv } from '../../src/lib/traders/csv.ts';
import { checkRegister, isDramaNumber } from '../../src/lib/traders/register-file.ts';

const HEADER = 'member_id,business_name,trades,areas,town,phone,email,website,member_since,expires_on,status';
const GOOD = 'BWC-1,Good Roofing,Roofer;Guttering,AL10;sg1,Hatfield,01632 960001,,,2020-01-01,2027-01-01,approved';

const problemsOf = (text: string): string[] => {
  const check = checkRegister(text);
  return check.ok ? [] : check.problems;
};

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks, and keeps each record’s first line', () => {
    const result = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\n');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['x, y', 'say "hi"'] },
        { line: 3, fields: ['two\nlines', 'z'] },
      ],
    });
  });

  it('reports a quote that is never closed with its line', () => {
    expect(parseCsv('a,b\n"open,b\nc,d\n')).toEqual({ ok: false, line: 2, problem: 'a quoted field is never closed' });
  });
});

describe('checkRegister', () => {
  it('accepts the generated sample and marks it as sample data', () => {
    const check = checkRegister(toCsv(fakeRegisterRows(300)));
    expect(check.ok && check.rows.length).toBe(300);
    expect(check.ok && check.sample).toBe(true);
  });

  it('folds trades to known labels and districts to upper case', () => {
    const check = checkRegister(`${HEADER}\n${GOOD}\n`);
    if (!check.ok) throw new Error(check.problems.join('\n'));
    expect(check.rows[0]?.trades).toEqual([
      { key: 'roofing', label: 'Roofing' },
      { key: 'guttering', label: 'Guttering and fascias' },
    ]);
    expect(check.rows[0]?.areas).toEqual(['AL10', 'SG1']);
    expect(check.rows[0]?.memberKey).toBe('BWC1');
  });

  it('does not mark a register with real-looking numbers as sample data', () => {
    const check = checkRegister(`${HEADER}\n${GOOD.replace('01632 960001', '01707 123456')}\n`);
    expect(check.ok && check.sample).toBe(false);
  });

  it('reports every bad row as line N: column: problem', () => {
    const text = [
      HEADER,
      GOOD,
      'BWC-2,,Roofing,ZZ9Z9,Hatfield,12345,not-an-email,ftp://x.example.com,2026-02-30,2027-01-01,maybe',
      'bwc 1,Twice,Roofing,AL10,Hatfield,01632 960002,,,2020-01-01,2027-01-01,approved',
      'BWC-3,Backwards,Roofing,AL10,Hatfield,01632 960003,,,2027-01-01,2020-01-01,approved',
      'BWC-4,Short row',
      'BWC-5,"Line\nbreak",Roofing,AL10,Hatfield,01632 960005,,,2020-01-01,2027-01-01,approved',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      'line 3: business_name: is empty',
      'line 3: areas: "ZZ9Z9" is not a postcode district (like AL10 or SG1)',
      'line 3: phone: must be a UK phone number, like 01632 960123 or 07700 900123',
      'line 3: email: must be an email address',
      'line 3: website: must be a web address starting https://',
      'line 3: member_since: must be a real date written YYYY-MM-DD, like 2026-04-01',
      'line 3: status: must be approved, suspended or expired',
      'line 4: member_id: bwc 1 is already used on line 2',
      'line 5: expires_on: must be after member_since',
      'line 6: row: has 2 fields, expected 11',
      'line 7: business_name: has a control character or line break',
    ]);
  });

  it('reports missing and unknown header columns', () => {
    expect(problemsOf('member_id,name\nx,y\n')).toContain('line 1: header: missing column business_name');
    expect(problemsOf('member_id,name\nx,y\n')).toContain('line 1: header: unknown column "name"');
  });

  it('refuses an empty file and a file with only a header', () => {
    expect(problemsOf('')).toEqual(['line 1: file: is empty (expected a header row and traders)']);
    expect(problemsOf(`${HEADER}\n`)).toEqual(['line 2: file: has no traders after the header']);
  });

  it('accepts columns in any order', () => {
    const columns = HEADER.split(',');
    const values = GOOD.split(',');
    const order = [...columns.keys()].reverse();
    const text = `${order.map((i) => columns[i]).join(',')}\n${order.map((i) => values[i]).join(',')}\n`;
    expect(checkRegister(text).ok).toBe(true);
  });

  it('reports progress for large files', () => {
    const seen: number[] = [];
    checkRegister(toCsv(fakeRegisterRows(2500)), (done) => seen.push(done));
    expect(seen).toEqual([1000, 2000, 2500]);
  });
});

describe('isDramaNumber', () => {
  it('knows Ofcom’s drama ranges and nothing else', () => {
    expect(isDramaNumber('01632 960000')).toBe(true);
    expect(isDramaNumber('07700 900999')).toBe(true);
    expect(isDramaNumber('+44 7700 900123')).toBe(true);
    expect(isDramaNumber('01632 961000')).toBe(false);
    expect(isDramaNumber('0808 223 1133')).toBe(false);
  });
});
