import { withSubmissionId } from '../../../src/lib/referral/submission-id.ts';

/**
 * GET /get-help/refer-yourself-to-beacon/ — the referral page as Astro built it, with a submission id of
 * its own in the no-JavaScript form, so it is never stored by a cache and shared.
 */
export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const url = new URL(request.url);
  if (!url.pathname.endsWith('/')) return env.ASSETS.fetch(request);
  const page = await env.ASSETS.fetch(new Request(new URL('/get-help/refer-yourself-to-beacon/', url)));
  if (!page.ok) return page;
  return new Response(withSubmissionId(await page.text(), crypto.randomUUID()), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
};
