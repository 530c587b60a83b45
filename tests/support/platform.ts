// A real local D1 (workerd through wrangler's getPlatformProxy), in memory, with every migration applied.
import { readdirSync, readFileSync } from 'node:fs';
import { getPlatformProxy, unstable_splitSqlQuery } from 'wrangler';
import { wranglerEnv } from '../../support/wrangler-env.ts';

const MIGRATIONS = new URL('../../migrations/', import.meta.url).pathname;

export interface Platform {
  env: Env;
  dispose: () => Promise<void>;
}

/** Starts workerd with the DB binding from wrangler.toml and applies migrations/ in order. */
export async function startPlatform(vars: Partial<Env> = {}): Promise<Platform> {
  Object.assign(process.env, wranglerEnv());
  const proxy = await getPlatformProxy<Env>({ persist: false, envFiles: [] });
  const env = { ...proxy.env, ENVIRONMENT: 'development', ...vars } as Env;
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const statements = unstable_splitSqlQuery(readFileSync(MIGRATIONS + file, 'utf8'));
    for (const sql of statements) await env.DB.prepare(sql).run();
  }
  return { env, dispose: () => proxy.dispose() };
}

/** A handler's context whose `waitUntil` work can be awaited, so a test sees what happens after the answer. */
export type TestContext<P extends string = never> = EventContext<Env, P, Record<string, unknown>> & {
  /** Resolves once everything the handler passed to waitUntil has finished (a condition, not a timer). */
  settled: () => Promise<void>;
};

/** A Pages Functions context for calling a handler directly, as workers-sdk's unit tests do. */
export function pagesContext<P extends string = never>(
  request: Request,
  env: Env,
  params: Partial<Record<P, string | string[]>> = {},
): TestContext<P> {
  const waits: Promise<unknown>[] = [];
  return {
    request: request as EventContext<Env, P, Record<string, unknown>>['request'],
    env,
    params: params as Record<P, string | string[]>,
    data: {},
    functionPath: new URL(request.url).pathname,
    waitUntil: (p: Promise<unknown>) => void waits.push(p),
    passThroughOnException: () => undefined,
    next: () => Promise.resolve(new Response('next', { status: 200 })),
    props: {},
    settled: async () => {
      await Promise.allSettled(waits);
    },
  } as unknown as TestContext<P>;
}
