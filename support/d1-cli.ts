// Runs `wrangler d1 execute` on the DB binding — the local D1 under .wrangler/ (the same state
// `wrangler pages dev` uses), or with `remote` the production D1 — and captures its output, so callers
// print their own summary and show wrangler's words only when something fails.
import { spawn } from 'node:child_process';
import { PROJECT_ROOT, WRANGLER_BIN, wranglerEnv } from './wrangler-env.ts';

export interface D1Target {
  /** The production D1 instead of the local one. */
  remote?: boolean | undefined;
  /** Local state directory, as given to `wrangler pages dev --persist-to` (default .wrangler/state). */
  persistTo?: string | undefined;
}

export class D1CommandError extends Error {
  readonly output: string;
  constructor(message: string, output: string) {
    super(message);
    this.name = 'D1CommandError';
    this.output = output;
  }
}

function targetArgs(target: D1Target): string[] {
  if (target.remote) return ['--remote', '--yes'];
  return ['--local', ...(target.persistTo ? ['--persist-to', target.persistTo] : [])];
}

/** Runs wrangler; resolves with its standard output, rejects with everything it printed. */
function wrangler(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(WRANGLER_BIN, args, {
      cwd: PROJECT_ROOT,
      env: wranglerEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new D1CommandError(`wrangler ${args.slice(0, 3).join(' ')} failed (exit ${String(code)})`, output));
    });
  });
}

/** Runs a SQL file as one unit: locally one D1 batch (a transaction); remotely D1's import, which rolls back. */
export async function executeSqlFile(file: string, target: D1Target): Promise<void> {
  await wrangler(['d1', 'execute', 'DB', ...targetArgs(target), '--file', file]);
}

/** Runs one query and returns its rows. */
export async function queryRows<T>(sql: string, target: D1Target): Promise<T[]> {
  const output = await wrangler(['d1', 'execute', 'DB', ...targetArgs(target), '--json', '--command', sql]);
  const json = output.slice(output.indexOf('['));
  const parsed = JSON.parse(json) as { results: T[] }[];
  return parsed[0]?.results ?? [];
}

/** Applies migrations/ to the local D1 (a no-op when they are applied already). */
export async function applyLocalMigrations(persistTo?: string): Promise<void> {
  await wrangler(['d1', 'migrations', 'apply', 'DB', ...targetArgs({ persistTo })]);
}
