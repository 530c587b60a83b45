import { deletionVariants, editDistance, maxEdits } from './edits.ts';
import type { NameTerm } from './fts-query.ts';
import { placeKey } from './place-match.ts';
import type { D1Reader as RegisterDb } from '../web/d1.ts';
import type { Correction, TraderSearch } from './search-query.ts';
import { foldWords, tradeLabel, tradeNameWords } from './trade-match.ts';
import type { TermKind } from './search-terms.ts';

/**
 * The second look, against the register's own words (search_terms, migrations/0005), for what the
 * in-memory lists could not settle: each business-name word (is it in the register as typed? if not,
 * which register words are a slip or two away?), a trade the site's list does not know, and a town not in
 * places-data.ts. One statement, one round trip; skipped when nothing needs it. Exact always wins: a word
 * found as typed is never corrected, so fuzzy matches never outrank exact ones.
 */

interface Slot {
  kind: TermKind;
  word: string;
  /** Match the word as the start of register words (names), or whole (trades, towns). */
  prefix: boolean;
}

interface TermHit {
  slot: number;
  fuzzy: number;
  term: string;
  data: string;
}

/** Words shorter than this are used as typed, unchecked: nothing that short is ever corrected. */
const MIN_CHECKED = 4;
/** Most districts one place search covers (a bound parameter each; D1 allows 100 a query). */
const MAX_DISTRICTS = 24;
/** Corrections kept for one word. */
const MAX_ALTERNATIVES = 4;
/** Highest code point: `word + TOP` is above every string that starts with `word`. */
const TOP = '\u{10FFFF}';

// CROSS JOIN keeps the order: each typed word's variants, then the index. (Left to itself, SQLite scanned
// every term of the kind and probed the variants.)
const SQL = `WITH q AS (
  SELECT key AS slot, json_extract(value, '$[0]') AS kind, json_extract(value, '$[1]') AS lo,
    json_extract(value, '$[2]') AS hi, json_extract(value, '$[3]') AS variants
  FROM json_each(?))
SELECT slot, 0 AS fuzzy, term, data FROM (
  SELECT q.slot, s.term, s.data, ROW_NUMBER() OVER (PARTITION BY q.slot) AS n
  FROM q JOIN search_terms s ON s.kind = q.kind AND s.edit = 0 AND s.variant >= q.lo AND s.variant < q.hi)
WHERE n <= 20
UNION ALL
SELECT q.slot, 1, s.term, s.data
FROM q CROSS JOIN json_each(q.variants) v CROSS JOIN search_terms s
  ON s.kind = q.kind AND s.edit IN (0, 1) AND s.variant = v.value`;

async function lookUp(db: RegisterDb, slots: Slot[]): Promise<{ exact: TermHit[]; fuzzy: TermHit[] }[]> {
  const param = slots.map((s) => [
    s.kind,
    s.word,
    s.prefix ? s.word + TOP : `${s.word}\u0000`,
    deletionVariants(s.word),
  ]);
  const { results } = await db.prepare(SQL).bind(JSON.stringify(param)).all<TermHit>();
  const out = slots.map(() => ({ exact: [] as TermHit[], fuzzy: [] as TermHit[] }));
  for (const hit of results) out[hit.slot]?.[hit.fuzzy ? 'fuzzy' : 'exact'].push(hit);
  return out;
}

/** The register words a typed word may mean, at the smallest distance found; empty when none is close. */
function closest(word: string, hits: TermHit[]): TermHit[] {
  const max = maxEdits(word.length);
  let best = Infinity;
  const scored: [TermHit, number][] = [];
  for (const hit of hits) {
    const d = editDistance(word, hit.term, max);
    if (d === null || d === 0) continue;
    scored.push([hit, d]);
    best = Math.min(best, d);
  }
  return scored.filter(([, d]) => d === best).map(([h]) => h);
}

const unique = (values: string[]) => [...new Set(values)];

/** The search, with what the register's own words say about names, unknown trades and unknown towns. */
export async function resolveSearch(db: RegisterDb, search: TraderSearch): Promise<TraderSearch> {
  const slots: Slot[] = [];
  const nameSlots = search.nameTerms.map((t) =>
    t.typed.length >= MIN_CHECKED ? slots.push({ kind: 'name', word: t.typed, prefix: true }) - 1 : -1,
  );
  const tradeWords =
    search.trade !== null && (search.tradeHow === 'fuzzy' || search.tradeHow === 'own')
      ? unique(
          foldWords(search.trade)
            .split(' ')
            .filter((w) => w.length >= 3),
        )
      : [];
  const tradeSlots = tradeWords.map((word) => slots.push({ kind: 'trade', word, prefix: false }) - 1);
  const town = search.place?.how === 'unknown' ? placeKey(search.place.typed) : '';
  const townSlot = town ? slots.push({ kind: 'town', word: town, prefix: false }) - 1 : -1;
  if (slots.length === 0) return search;

  const found = await lookUp(db, slots);
  const corrections: Correction[] = [...search.corrections];

  const nameTerms: NameTerm[] = search.nameTerms.map((t, i) => {
    const hits = found[nameSlots[i] ?? -1];
    if (!hits || hits.exact.length > 0) return t;
    // A trade word in the name box ("harpenden roofers") means the words business names use for it.
    const tradeWords = tradeNameWords(t.typed).filter((w) => w !== t.typed);
    if (tradeWords.length) return { typed: t.typed, corrected: tradeWords, prefix: true };
    const near = closest(t.typed, hits.fuzzy);
    return near.length ? { typed: t.typed, corrected: unique(near.map((h) => h.term)).slice(0, MAX_ALTERNATIVES) } : t;
  });
  if (search.q !== null && nameTerms.some((t) => t.corrected.length)) {
    const understood = nameTerms.map((t) => t.corrected[0] ?? t.typed).join(' ');
    corrections.push({ field: 'q', typed: search.q, understood });
  }

  let { tradeKeys, tradeHow } = search;
  if (tradeSlots.length > 0 && search.trade !== null) {
    const exact = tradeSlots.flatMap((s) => found[s]?.exact ?? []);
    const near = tradeSlots.flatMap((s, i) => closest(tradeWords[i] ?? '', found[s]?.fuzzy ?? []));
    const fromRegister = unique((exact.length ? exact : near).map((h) => h.data));
    // An exact register trade beats the list's correction; the list's correction beats a register one.
    if (exact.length || (near.length && tradeHow === 'own')) {
      tradeKeys = fromRegister.slice(0, 8);
      tradeHow = exact.length ? 'register' : 'register-fuzzy';
      const i = corrections.findIndex((c) => c.field === 'trade');
      if (i >= 0) corrections.splice(i, 1);
      if (!exact.length) {
        const understood = unique(near.map((h) => h.term)).join(' ');
        corrections.push({
          field: 'trade',
          typed: search.trade,
          understood: tradeLabel(tradeKeys[0] ?? '') ?? understood,
        });
      }
    }
  }

  let place = search.place;
  if (place && townSlot >= 0) {
    const hits = found[townSlot];
    const chosen = hits?.exact.length ? hits.exact : closest(town, hits?.fuzzy ?? []);
    if (chosen.length) {
      const districts = unique(chosen.flatMap((h) => h.data.split(';').filter(Boolean))).slice(0, MAX_DISTRICTS);
      const label = unique(chosen.map((h) => titleCase(h.term))).join(', ');
      place = { ...place, how: hits?.exact.length ? 'register' : 'register-fuzzy', districts, label };
      if (!hits?.exact.length) corrections.push({ field: 'postcode', typed: place.typed, understood: label });
    }
  }

  return { ...search, nameTerms, tradeKeys, tradeHow, place, corrections };
}

const titleCase = (text: string) => text.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
