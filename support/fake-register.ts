// Fictional Hertfordshire traders for the sample register and the benchmark (beyond HERTS_ROWS, a
// national register's traders elsewhere in the UK). Deterministic (seeded), so
// the same count always gives the same file. Everything is made up and looks it: whimsical names, Ofcom's
// drama phone numbers (01632 960xxx, 07700 900xxx) and example.org / example.com addresses (FACTS.md).
import { csvField } from '../src/lib/traders/csv.ts';
import { REGISTER_COLUMNS } from '../src/lib/traders/register-row.ts';
import { TRADES } from '../src/lib/traders/trade-synonyms.ts';
import { FIXED_ROWS, RELATED, SURNAMES, TRADE_WORDS, WHIMSY, type FakeRow } from './fake-register-data.ts';
import { ALL_DISTRICTS, HERTS_ROWS, NATIONAL_PLACES, PLACES } from './fake-register-places.ts';
import { seededRandom } from './seeded-random.ts';

export type { FakeRow };

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function fakeRow(rand: () => number, index: number, national: boolean): FakeRow {
  const place = pick(rand, national ? NATIONAL_PLACES : PLACES);
  const main = pick(rand, TRADES);
  const tradeKeys = new Set([main.key]);
  for (const key of RELATED[main.key] ?? []) if (rand() < 0.45) tradeKeys.add(key);
  if (rand() < 0.15) tradeKeys.add(pick(rand, TRADES).key);
  const labels = [...tradeKeys].map((k) => TRADES.find((t) => t.key === k)!.label);
  const districts = new Set([place.districts[0]!, ...place.districts.filter(() => rand() < 0.7)]);
  const extra = Math.floor(rand() * 5);
  for (let i = 0; i < extra; i += 1) districts.add(pick(rand, national ? place.districts : ALL_DISTRICTS));

  const word = TRADE_WORDS[main.key] ?? main.label;
  const style = rand();
  const name =
    style < 0.35
      ? `${pick(rand, SURNAMES)} ${word}`
      : style < 0.6
        ? `${pick(rand, SURNAMES)} & ${pick(rand, ['Sons', 'Daughters', 'Co', 'Family'])} ${word}`
        : style < 0.85
          ? `${pick(rand, WHIMSY)} ${word}${rand() < 0.4 ? ' Ltd' : ''}`
          : `The ${pick(rand, WHIMSY)} ${word} Company`;
  const site = `${slug(name)}-${index}`;
  const sinceYear = 2010 + Math.floor(rand() * 15);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const roll = rand();
  const status = roll < 0.84 ? 'approved' : roll < 0.93 ? 'expired' : 'suspended';
  const expiresYear = status === 'expired' ? 2024 + Math.floor(rand() * 2) : 2027 + Math.floor(rand() * 3);
  const mobile = rand() < 0.4;
  return {
    member_id: `BWC-${10000 + index}`,
    business_name: name,
    trades: labels.join(';'),
    areas: [...districts].join(';'),
    town: place.town,
    phone: mobile ? `07700 900${pad(index % 1000, 3)}` : `01632 960${pad(index % 1000, 3)}`,
    email: rand() < 0.8 ? `hello@${site}.example.org` : '',
    website: rand() < 0.6 ? `https://${site}.example.com` : '',
    member_since: `${sinceYear}-${pad(month, 2)}-${pad(day, 2)}`,
    expires_on: `${Math.max(expiresYear, sinceYear + 1)}-${pad(month, 2)}-${pad(day, 2)}`,
    status,
  };
}

/** `count` fictional traders: the fixed rows, then generated ones. */
export function fakeRegisterRows(count: number, seed = 20261123, hertsRows = HERTS_ROWS): FakeRow[] {
  const rand = seededRandom(seed);
  const rows = FIXED_ROWS.slice(0, count);
  for (let i = rows.length + 1; i <= count; i += 1) rows.push(fakeRow(rand, i, i > hertsRows));
  return rows;
}

export function toCsv(rows: readonly FakeRow[]): string {
  const lines = [REGISTER_COLUMNS.join(',')];
  for (const row of rows) lines.push(REGISTER_COLUMNS.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}
