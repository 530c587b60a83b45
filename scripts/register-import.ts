// `npm run register:import -- FILE.csv [--remote] [--parts] [--persist-to DIR]`: checks every row of a Buy
// With Confidence register file and, only if all are valid, replaces the whole register in one unit
// (support/register-import.ts says how).
import { parseArgs } from 'node:util';
import { D1CommandError } from '../support/d1-cli.ts';
import { describeCounts, importRegisterFile, type ImportOutcome } from '../support/register-import.ts';

const thousands = (n: number) => n.toLocaleString('en-GB');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      remote: { type: 'boolean', default: false },
      parts: { type: 'boolean', default: false },
      'persist-to': { type: 'string' },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error('Usage: npm run register:import -- FILE.csv [--remote] [--parts] [--persist-to DIR]');
    return 2;
  }
  let outcome: ImportOutcome;
  try {
    outcome = await importRegisterFile(file, {
      remote: values.remote,
      parts: values.parts,
      persistTo: values['persist-to'],
    });
  } catch (error) {
    if (error instanceof D1CommandError) {
      console.error(error.output.trim());
      if (/no such table/i.test(error.output)) {
        console.error(
          `\nThe register tables are missing: apply the migrations first (npx wrangler d1 migrations apply DB ${values.remote ? '--remote' : '--local'}).`,
        );
      }
      console.error(`\n${error.message}. Nothing was imported: the register is as it was.`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      console.error(`Cannot read ${file}: no such file.`);
      return 2;
    }
    throw error;
  }
  if (!outcome.ok) {
    for (const problem of outcome.problems) console.error(problem);
    console.error(
      `\n${thousands(outcome.problems.length)} problem(s) in ${thousands(outcome.rowCount)} rows. ` +
        'Nothing was imported: the register is as it was.',
    );
    return 1;
  }
  console.log(describeCounts(outcome.counts, outcome.seconds));
  return 0;
}

if (import.meta.main) process.exitCode = await main();
