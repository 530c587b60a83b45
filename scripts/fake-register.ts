// Fictional Hertfordshire traders for the sample register and the benchmark. Deterministic (seeded), so
// the same count always gives the same file. Everything is made up and looks it: whimsical names, Ofcom's
// drama phone numbers (01632 960xxx, 07700 900xxx) and example.org / example.com addresses (FACTS.md).
import { csvField } from '../src/lib/traders/csv.ts';
import { REGISTER_COLUMNS, type RegisterColumn } from '../src/lib/traders/register-row.ts';
import { TRADES } from '../src/lib/traders/trade-synonyms.ts';

export type FakeRow = Record<RegisterColumn, string>;

/** Towns and the postcode districts around them; traders cover their own and some nearby. */
const PLACES: readonly { town: string; districts: readonly string[] }[] = [
  { town: 'St Albans', districts: ['AL1', 'AL2', 'AL3', 'AL4'] },
  { town: 'Harpenden', districts: ['AL5', 'AL3', 'AL4'] },
  { town: 'Welwyn Garden City', districts: ['AL7', 'AL8', 'AL6'] },
  { town: 'Hatfield', districts: ['AL10', 'AL9', 'AL8'] },
  { town: 'Stevenage', districts: ['SG1', 'SG2', 'SG3'] },
  { town: 'Hitchin', districts: ['SG4', 'SG5'] },
  { town: 'Letchworth Garden City', districts: ['SG6', 'SG7'] },
  { town: 'Royston', districts: ['SG8'] },
  { town: 'Buntingford', districts: ['SG9', 'SG11'] },
  { town: 'Ware', districts: ['SG12', 'SG11', 'SG10'] },
  { town: 'Hertford', districts: ['SG13', 'SG14'] },
  { town: 'Watford', districts: ['WD17', 'WD18', 'WD19', 'WD24', 'WD25'] },
  { town: 'Bushey', districts: ['WD23'] },
  { town: 'Rickmansworth', districts: ['WD3'] },
  { town: 'Kings Langley', districts: ['WD4', 'WD5'] },
  { town: 'Borehamwood', districts: ['WD6', 'WD7'] },
  { town: 'Potters Bar', districts: ['EN6'] },
  { town: 'Cheshunt', districts: ['EN7', 'EN8'] },
  { town: 'Hoddesdon', districts: ['EN11', 'EN10'] },
  { town: 'Hemel Hempstead', districts: ['HP1', 'HP2', 'HP3'] },
  { town: 'Berkhamsted', districts: ['HP4'] },
  { town: 'Tring', districts: ['HP23'] },
  { town: "Bishop's Stortford", districts: ['CM23', 'CM22'] },
  { town: 'Sawbridgeworth', districts: ['CM21'] },
];
const ALL_DISTRICTS = [...new Set(PLACES.flatMap((p) => p.districts))];

const SURNAMES = [
  'Puddleby', 'Quillfeather', 'Bramblecote', 'Thistlewood', 'Fennimore', 'Gribblethorpe', 'Mossop', 'Wigglesworth',
  'Pennywhistle', 'Underbough', 'Larkspur', 'Oddbody', 'Tumbleweed', 'Crumpetford', 'Inkwell', 'Bumblethorpe',
  'Dimbleford', 'Hobnail', 'Figgleton', 'Marchbank', 'Applewhite', 'Kettleby', 'Nettlefold', 'Cobblestone',
  'Dapplegrey', 'Fairweather', 'Honeysett', 'Kindlewood', 'Merrivale', 'Nimblefoot', 'Oakapple', 'Quimbley',
  'Rattlebag', 'Sprocketson', 'Tinderbox', 'Vetchling', 'Wobblestone', 'Yarrowby', 'Zephyrton', 'Brontë',
  "O'Tumble", 'Lémon', 'Saint-Marrow', 'Peppercorn', 'Gooseberry', 'Hollyhock', 'Snapdragon', 'Willowherb',
];
const WHIMSY = [
  'Toadstool', 'Jolly Ladder', 'Tidy Gutter', 'Bright Spark', 'Happy Hinge', 'Steady Hand', 'Little Acorn',
  'Golden Trowel', 'Honest Hammer', 'Careful Brush', 'Blue Kettle', 'Crooked Chimney', 'Quiet Lane', 'Red Kite',
  'Morning Lark', 'Sunny Side', 'Old Oak', 'Silver Birch', 'Crème de la Crème', 'Four Acres',
];
const TRADE_WORDS: Record<string, string> = {
  roofing: 'Roofing', guttering: 'Gutters', plumbing: 'Plumbing', heating: 'Heating', electrical: 'Electrical',
  building: 'Builders', brickwork: 'Brickwork', carpentry: 'Joinery', plastering: 'Plastering',
  decorating: 'Decorating', driveways: 'Driveways', gardening: 'Gardens', 'tree-surgery': 'Tree Care',
  fencing: 'Fencing', 'windows-doors': 'Windows', locksmith: 'Locksmiths', kitchens: 'Kitchens',
  bathrooms: 'Bathrooms', tiling: 'Tiling', flooring: 'Flooring', chimney: 'Chimney Sweeps', damp: 'Damp Proofing',
  insulation: 'Insulation', solar: 'Solar', drainage: 'Drains', scaffolding: 'Scaffolding',
  handyman: 'Handyman', security: 'Security', 'pest-control': 'Pest Control', cleaning: 'Cleaning',
  removals: 'Removals', mobility: 'Stairlifts', appliances: 'Appliance Repairs', 'vehicle-repairs': 'Motors',
};
/** Trades that often go together, so a trader's list looks like a real business's. */
const RELATED: Record<string, readonly string[]> = {
  roofing: ['guttering', 'chimney', 'scaffolding'],
  plumbing: ['heating', 'bathrooms', 'drainage'],
  heating: ['plumbing', 'insulation', 'solar'],
  building: ['brickwork', 'plastering', 'carpentry', 'driveways'],
  decorating: ['plastering', 'tiling', 'flooring'],
  gardening: ['fencing', 'tree-surgery', 'driveways'],
  'windows-doors': ['locksmith', 'security', 'carpentry'],
  kitchens: ['bathrooms', 'tiling', 'carpentry'],
};

/** mulberry32: a tiny seeded generator, so the files are the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Hand-made rows first, so tests and the e2e suite can rely on them: approved, expired, suspended. */
export const FIXED_ROWS: readonly FakeRow[] = [
  {
    member_id: 'BWC-10001', business_name: 'Puddleby & Daughters Roofing', trades: 'Roofing;Guttering and fascias',
    areas: 'AL10;AL9;AL8;AL7;SG1', town: 'Hatfield', phone: '01632 960001', email: 'hello@puddleby-roofing.example.org',
    website: 'https://puddleby-roofing.example.com', member_since: '2016-03-14', expires_on: '2028-03-13', status: 'approved',
  },
  {
    member_id: 'BWC-10002', business_name: 'Quillfeather Plumbing and Heating', trades: 'Plumbing;Heating and boilers',
    areas: 'AL10;AL9;SG1;SG2', town: 'Hatfield', phone: '07700 900002', email: 'office@quillfeather.example.org',
    website: '', member_since: '2014-06-01', expires_on: '2025-05-31', status: 'expired',
  },
  {
    member_id: 'BWC-10003', business_name: 'Thistlewood Driveways', trades: 'Driveways and paving;Fencing',
    areas: 'AL10;AL1;AL4', town: 'St Albans', phone: '01632 960003', email: '', website: 'https://thistlewood.example.com',
    member_since: '2019-09-09', expires_on: '2027-09-08', status: 'suspended',
  },
  {
    member_id: 'BWC-10004', business_name: 'Crème de la Crème Decorating', trades: 'Painting and decorating;Plastering',
    areas: 'SG1;SG2;SG4', town: 'Stevenage', phone: '07700 900004', email: 'paint@creme-decorating.example.org',
    website: '', member_since: '2021-01-18', expires_on: '2028-01-17', status: 'approved',
  },
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

function fakeRow(rand: () => number, index: number): FakeRow {
  const place = pick(rand, PLACES);
  const main = pick(rand, TRADES);
  const tradeKeys = new Set([main.key]);
  for (const key of RELATED[main.key] ?? []) if (rand() < 0.45) tradeKeys.add(key);
  if (rand() < 0.15) tradeKeys.add(pick(rand, TRADES).key);
  const labels = [...tradeKeys].map((k) => TRADES.find((t) => t.key === k)!.label);
  const districts = new Set([place.districts[0]!, ...place.districts.filter(() => rand() < 0.7)]);
  const extra = Math.floor(rand() * 5);
  for (let i = 0; i < extra; i += 1) districts.add(pick(rand, ALL_DISTRICTS));

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
export function fakeRegisterRows(count: number, seed = 20261123): FakeRow[] {
  const rand = random(seed);
  const rows = FIXED_ROWS.slice(0, count);
  for (let i = rows.length + 1; i <= count; i += 1) rows.push(fakeRow(rand, i));
  return rows;
}

export function toCsv(rows: readonly FakeRow[]): string {
  const lines = [REGISTER_COLUMNS.join(',')];
  for (const row of rows) lines.push(REGISTER_COLUMNS.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}
