import { jsonResponse } from '../../src/lib/web/http.ts';

/** Liveness with a real D1 round trip, so a broken binding shows here first. */
export const onRequestGet: PagesFunction<Env> = async ({ env }) => {
  const row = await env.DB.prepare('SELECT 1 AS ok').first<{ ok: number }>();
  return jsonResponse({ ok: row?.ok === 1 }, { headers: { 'Cache-Control': 'no-store' } });
};
