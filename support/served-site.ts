// The whole site served as it is by `npm start` — scripts/serve.ts, so `wrangler dev` with the Worker, its
// static assets and a local D1 — on a free 127.0.0.1 port, with its own state directory and variables.
// Can be stopped and started again on the same state (a Worker that died). Stopped by its process id.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { freePort, waitForHealth } from './local-server.ts';

const ROOT = new URL('../', import.meta.url).pathname;

export interface ServedSite {
  url: string;
  /** Everything the server printed, across restarts. */
  log: () => string;
  /** Stops the server (SIGTERM, as a dying instance) and waits for it to exit. */
  stop: () => Promise<void>;
  /** Starts it again on the same state, with these variables replacing the first ones. */
  restart: (vars?: Record<string, string>) => Promise<void>;
  /** Reads the local D1 directly (SQLite), for what the site never shows: sealed answers, purges. */
  query: <T>(sql: string, ...params: (string | number)[]) => T[];
}

export async function startServedSite(state: string, vars: Record<string, string>): Promise<ServedSite> {
  let output = '';
  let child: ChildProcess | null = null;
  let port = await freePort();

  const start = async (current: Record<string, string>) => {
    port = await freePort();
    const args = ['scripts/serve.ts', '--port', String(port), '--persist-to', state, '--'];
    for (const [name, value] of Object.entries(current)) args.push('--var', `${name}:${value}`);
    child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk: Buffer) => (output += chunk.toString('utf8'));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, 120_000);
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.pid === undefined) return;
    const exited = new Promise((resolve) => running.on('exit', resolve));
    process.kill(running.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  };

  await start(vars);
  const site: ServedSite = {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    log: () => output,
    stop,
    restart: async (next = vars) => {
      await stop();
      await start(next);
    },
    query: <T>(sql: string, ...params: (string | number)[]) => {
      const dir = join(state, 'v3', 'd1', 'miniflare-D1DatabaseObject');
      const file = readdirSync(dir).find((f) => f.endsWith('.sqlite') && f !== 'metadata.sqlite');
      if (!file) throw new Error(`No local D1 in ${dir}`);
      const db = new DatabaseSync(join(dir, file), { readOnly: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
  };
  return site;
}
