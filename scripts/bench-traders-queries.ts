// The benchmark's mixed trader queries: what residents do, in rough proportion — trade and postcode
// together most often, then one of them alone, business names (whole and partial words), membership
// numbers (on the register and not), later pages and `status=all`. Deterministic, so runs compare.
import { TRADES } from '../src/lib/traders/trade-synonyms.ts';

export interface BenchQuery {
  /** Path and query string, e.g. /api/traders?trade=roofer&postcode=AL10+9AB */
  path: string;
  /** Set for membership lookups: the number as typed. */
  memberId?: string;
}

const DISTRICTS = [
  'AL1',
  'AL3',
  'AL5',
  'AL7',
  'AL10',
  'SG1',
  'SG4',
  'SG6',
  'SG12',
  'SG13',
  'WD17',
  'WD23',
  'EN8',
  'HP1',
  'HP4',
  'CM23',
];
const POSTCODE_FORMS = (d: string) => [d, `${d} 9AB`, `${d.toLowerCase()}9ab`, `${d} 1`];
const NAME_WORDS = [
  'Puddleby',
  'pudd',
  'Quill',
  'Bramblecote roofing',
  'thistle',
  'Creme',
  'Crème',
  'Jolly Ladder',
  'Old Oak',
  'honest hammer',
  'merri',
  'Brontë',
  "O'Tumble",
  'Nimblefoot & Sons',
  'golden',
];
const TRADE_WORDS = TRADES.flatMap((t) => [t.label, ...t.synonyms.slice(0, 2)]);

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

export function benchQueries(count: number, registerSize: number, seed = 7): BenchQuery[] {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const postcode = () => pick(POSTCODE_FORMS(pick(DISTRICTS)));
  const search = (params: Record<string, string>): BenchQuery => ({
    path: `/api/traders?${new URLSearchParams(params).toString()}`,
  });
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i += 1) {
    const roll = rand();
    if (roll < 0.3) queries.push(search({ trade: pick(TRADE_WORDS), postcode: postcode() }));
    else if (roll < 0.42) queries.push(search({ trade: pick(TRADE_WORDS) }));
    else if (roll < 0.54) queries.push(search({ postcode: postcode() }));
    else if (roll < 0.69) queries.push(search({ q: pick(NAME_WORDS) }));
    else if (roll < 0.77) queries.push(search({ q: pick(NAME_WORDS), postcode: postcode() }));
    else if (roll < 0.85)
      queries.push(search({ trade: pick(TRADE_WORDS), status: 'all', page: String(1 + Math.floor(rand() * 3)) }));
    else {
      const onRegister = rand() < 0.8;
      const memberId = onRegister
        ? `BWC-${10001 + Math.floor(rand() * registerSize)}`
        : `BWC-${90000 + Math.floor(rand() * 9999)}`;
      queries.push({ path: `/api/traders/${memberId}`, memberId });
    }
  }
  return queries;
}
