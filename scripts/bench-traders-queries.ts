// The benchmark's mixed trader queries, in four kinds: exact (names, trades and postcodes as the register
// has them), fuzzy (the same with a slip), place (a town for the postcode), and combined (two or three
// criteria, some with slips); membership lookups and later pages ride along with exact. Deterministic, so
// runs compare.
import { TRADES } from '../src/lib/traders/trade-synonyms.ts';
import { seededRandom } from '../support/seeded-random.ts';

export type QueryKind = 'exact' | 'fuzzy' | 'place' | 'combined';

export interface BenchQuery {
  kind: QueryKind;
  /** Path and query string, e.g. /api/traders?trade=roofer&postcode=AL10+9AB */
  path: string;
  /** Set for membership lookups: the number as typed. */
  memberId?: string;
}

const DISTRICTS = ['AL1', 'AL3', 'AL5', 'AL7', 'AL10', 'SG1', 'SG4', 'SG6', 'SG12', 'SG13', 'WD17', 'WD23', 'EN8'];
const POSTCODE_FORMS = (d: string) => [d, `${d} 9AB`, `${d.toLowerCase()}9ab`, `${d} 1`];
const TOWNS = ['St Albans', 'harpenden', 'hemel', 'welwyn', 'Hitchin', 'Ware', 'Watford', 'bishops stortford', 'Tring'];
const TOWN_SLIPS = ['stevenidge', 'hemel hempstaed', 'berkhamstead', 'hodesdon', 'sawbridgworth', 'little gadesden'];
const NAMES = ['Puddleby', 'pudd', 'Quillfeather', 'Bramblecote roofing', 'thistle', 'Crème', 'Jolly Ladder', 'oneill'];
const NAME_SLIPS = ['pudleby', 'quilfeather', 'bramblecot roofing', 'thistlewod', 'jolly lader', 'harpendon', 'o neil'];
const TRADE_WORDS = TRADES.flatMap((t) => [t.label, ...t.synonyms.slice(0, 2)]);
const TRADE_SLIPS = ['plummer', 'electrican', 'rofer', 'chimny sweep', 'carpanter', 'plasterrer', 'locksmiht'];

export function benchQueries(count: number, registerSize: number, seed = 7): BenchQuery[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const postcode = () => pick(POSTCODE_FORMS(pick(DISTRICTS)));
  const search = (kind: QueryKind, params: Record<string, string>): BenchQuery => ({
    kind,
    path: `/api/traders?${new URLSearchParams(params).toString()}`,
  });
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i += 1) {
    const roll = rand();
    if (roll < 0.1) queries.push(search('exact', { q: pick(NAMES) }));
    else if (roll < 0.2) queries.push(search('exact', { trade: pick(TRADE_WORDS), postcode: postcode() }));
    else if (roll < 0.25) queries.push(search('exact', { trade: pick(TRADE_WORDS), status: 'all', page: '2' }));
    else if (roll < 0.3) {
      const memberId = `BWC-${10001 + Math.floor(rand() * registerSize)}`;
      queries.push({ kind: 'exact', path: `/api/traders/${memberId}`, memberId });
    } else if (roll < 0.4) queries.push(search('fuzzy', { q: pick(NAME_SLIPS) }));
    else if (roll < 0.5) queries.push(search('fuzzy', { trade: pick(TRADE_SLIPS) }));
    else if (roll < 0.55) queries.push(search('fuzzy', { postcode: pick(TOWN_SLIPS) }));
    else if (roll < 0.7) queries.push(search('place', { postcode: pick(TOWNS) }));
    else if (roll < 0.85) queries.push(search('combined', { trade: pick(TRADE_WORDS), postcode: pick(TOWNS) }));
    else if (roll < 0.93) queries.push(search('combined', { q: pick(NAMES), trade: pick(TRADE_SLIPS) }));
    else queries.push(search('combined', { q: pick(NAME_SLIPS), trade: pick(TRADE_WORDS), postcode: pick(TOWNS) }));
  }
  return queries;
}
