// The environment wrangler needs to run offline, with its config, logs and caches inside the project.
import { mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

export function wranglerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const state = `${root}.wrangler`;
  for (const dir of ['config', 'logs', 'cache']) mkdirSync(`${state}/${dir}`, { recursive: true });
  return {
    ...process.env,
    CI: 'true',
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    DO_NOT_TRACK: '1',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    XDG_CONFIG_HOME: `${state}/config`,
    WRANGLER_LOG_PATH: `${state}/logs`,
    WRANGLER_CACHE_DIR: `${state}/cache`,
    ...extra,
  };
}

export const WRANGLER_BIN = `${root}node_modules/.bin/wrangler`;
export const PROJECT_ROOT = root;
