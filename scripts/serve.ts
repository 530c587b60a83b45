// Serves the built site and its Worker through `wrangler dev` on 127.0.0.1, after migrating the local D1 and
// loading the sample register if the register is empty. Scheduled events can be tested: GET /__scheduled
// runs the cron handler on this local server only. Usage:
//   node scripts/serve.ts [--port 8788] [--persist-to DIR] [-- extra wrangler args, e.g. --var KEY:VALUE]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { answersWithin } from '../support/local-server.ts';
import { run } from './run.ts';
import { PROJECT_ROOT, WRANGLER_BIN, wranglerEnv } from '../support/wrangler-env.ts';

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', default: '8788' }, 'persist-to': { type: 'string' } },
  allowPositionals: true,
});
const port = values.port;
const persist = values['persist-to'] ? ['--persist-to', values['persist-to']] : [];
const env = wranglerEnv();

if (!existsSync(`${PROJECT_ROOT}dist/index.html`)) {
  console.error('No built site in dist/. Run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}

await run(WRANGLER_BIN, ['d1', 'migrations', 'apply', 'DB', '--local', ...persist], {}, env);

const sampleLoader = `${PROJECT_ROOT}support/sample-register.ts`;
if (existsSync(sampleLoader)) {
  const { ensureSampleRegister } = (await import(sampleLoader)) as {
    ensureSampleRegister: (options: { persistTo?: string | undefined }) => Promise<void>;
  };
  await ensureSampleRegister({ persistTo: values['persist-to'] });
}

const child = spawn(
  WRANGLER_BIN,
  [
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    port,
    '--test-scheduled',
    '--show-interactive-dev-session=false',
    ...persist,
    ...positionals,
  ],
  { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] },
);

// Stop wrangler (and so workerd) when we are stopped, then exit with its status.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 0 : 1));
});

// Say where the site is once it answers, so the address is the last thing on screen.
const address = `http://127.0.0.1:${port}/`;
if (await answersWithin(`${address}api/health`, 60_000, () => child.exitCode !== null)) {
  console.log(`\n  The site is ready at ${address} — press Ctrl-C to stop.\n`);
}
