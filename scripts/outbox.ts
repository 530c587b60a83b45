// `npm run outbox`: prints the emails the site "sent" in development (no RESEND_API_KEY), from the local D1
// that `wrangler dev` uses (.wrangler/state/v3). Usage:
//   npm run outbox [-- --persist-to DIR] [--limit N] [--html]
// DIR is the same as given to `node scripts/serve.ts --persist-to DIR` (e.g. .wrangler/e2e-state).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getPlatformProxy } from 'wrangler';
import type { D1Like } from '../src/lib/web/d1.ts';
import { PROJECT_ROOT, wranglerEnv } from '../support/wrangler-env.ts';

interface OutboxRow {
  id: number;
  created_at: number;
  from_address: string;
  to_address: string;
  reply_to: string | null;
  subject: string;
  text_body: string;
  html_body: string;
}

const { values } = parseArgs({
  options: {
    'persist-to': { type: 'string', default: '.wrangler/state' },
    limit: { type: 'string', default: '20' },
    html: { type: 'boolean', default: false },
  },
});
const persistPath = resolve(PROJECT_ROOT, values['persist-to'], 'v3');
const limit = Math.max(1, Number(values.limit) || 20);

Object.assign(process.env, wranglerEnv());
const proxy = await getPlatformProxy<{ DB: D1Like }>({
  configPath: `${PROJECT_ROOT}wrangler.toml`,
  persist: { path: persistPath },
  envFiles: [],
});

try {
  const { results } = await proxy.env.DB.prepare(
    'SELECT * FROM (SELECT * FROM outbox ORDER BY id DESC LIMIT ?) ORDER BY id',
  )
    .bind(limit)
    .all<OutboxRow>();
  if (results.length === 0) console.log(`The outbox in ${persistPath} is empty.`);
  for (const row of results) {
    console.log(`${'─'.repeat(72)}\n#${row.id}  ${new Date(row.created_at).toISOString()}`);
    console.log(`From:     ${row.from_address}\nTo:       ${row.to_address}`);
    if (row.reply_to) console.log(`Reply-To: ${row.reply_to}`);
    console.log(`Subject:  ${row.subject}\n\n${values.html ? row.html_body : row.text_body}\n`);
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.includes('no such table')) throw error;
  console.error(`No outbox table in ${persistPath}: apply the migrations first (npm start does).`);
  process.exitCode = 1;
} finally {
  await proxy.dispose();
}
