// Loads the fictional sample register into the local D1 when the register is empty; the start script
// calls it after applying migrations:
//   import { ensureSampleRegister } from './sample-register.ts';
//   await ensureSampleRegister({ persistTo });   // persistTo: as given to `wrangler pages dev --persist-to`
// A register already imported (sample or real) is left alone. The import marks the sample as such
// (its phone numbers are all Ofcom drama numbers), so the site says "sample data" wherever results appear.
import { queryRows } from './d1-cli.ts';
import { describeCounts, importRegisterFile } from './register-import.ts';

/** The fictional register `npm start` serves, made by scripts/generate-sample-register.ts. */
export const SAMPLE_REGISTER = new URL('../content/data/sample-register.csv', import.meta.url).pathname;

export interface EnsureOptions {
  /** Local D1 state directory, as given to `wrangler pages dev --persist-to` (default .wrangler/state). */
  persistTo?: string | undefined;
}

/** True when the local register has no traders. */
export async function registerIsEmpty(options: EnsureOptions = {}): Promise<boolean> {
  return (await registerState(options)).traders === 0;
}

/** How many traders, whether they are the sample, and whether search_terms (migration 0005) is filled. */
async function registerState(options: EnsureOptions) {
  const rows = await queryRows<{ n: number; source: string | null; terms: number }>(
    `SELECT (SELECT COUNT(*) FROM traders) AS n, (SELECT value FROM register_meta WHERE key = 'source') AS source,
      (SELECT COUNT(*) FROM search_terms) AS terms`,
    { persistTo: options.persistTo },
  );
  const row = rows[0];
  return { traders: row?.n ?? 0, sample: row?.source === 'sample', terms: row?.terms ?? 0 };
}

/** Imports content/data/sample-register.csv if the local register is empty; says what it did. */
export async function ensureSampleRegister(options: EnsureOptions = {}): Promise<'loaded' | 'kept'> {
  const state = await registerState(options);
  // A register imported before migration 0005 has no search_terms: a sample one is simply reloaded.
  const stale = state.traders > 0 && state.terms === 0;
  if (state.traders > 0 && !(stale && state.sample)) {
    console.log('Trader register: keeping the register already in the local D1.');
    if (stale) console.log('Import it again (npm run register:import) so searches forgive misspellings.');
    return 'kept';
  }
  const outcome = await importRegisterFile(SAMPLE_REGISTER, { persistTo: options.persistTo });
  if (!outcome.ok) {
    throw new Error(`The sample register is invalid:\n${outcome.problems.join('\n')}`);
  }
  console.log(`Trader register was empty: loaded the sample.\n${describeCounts(outcome.counts, outcome.seconds)}`);
  return 'loaded';
}

if (import.meta.main) await ensureSampleRegister({ persistTo: process.argv[2] });
