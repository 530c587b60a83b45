// Loads the fictional sample register into the local D1 when the register is empty; the start script
// calls it after applying migrations:
//   import { ensureSampleRegister } from './sample-register.ts';
//   await ensureSampleRegister({ persistTo });   // persistTo: as given to `wrangler pages dev --persist-to`
// A register already imported (sample or real) is left alone. The import marks the sample as such
// (its phone numbers are all Ofcom drama numbers), so the site says "sample data" wherever results appear.
import { queryRows } from './d1-cli.ts';
import { SAMPLE_REGISTER } from './generate-sample-register.ts';
import { describeCounts, importRegisterFile } from './register-import.ts';

export interface EnsureOptions {
  /** Local D1 state directory, as given to `wrangler pages dev --persist-to` (default .wrangler/state). */
  persistTo?: string | undefined;
}

/** True when the local register has no traders. */
export async function registerIsEmpty(options: EnsureOptions = {}): Promise<boolean> {
  const rows = await queryRows<{ n: number }>('SELECT COUNT(*) AS n FROM traders', { persistTo: options.persistTo });
  return (rows[0]?.n ?? 0) === 0;
}

/** Imports content/data/sample-register.csv if the local register is empty; says what it did. */
export async function ensureSampleRegister(options: EnsureOptions = {}): Promise<'loaded' | 'kept'> {
  if (!(await registerIsEmpty(options))) {
    console.log('Trader register: keeping the register already in the local D1.');
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
