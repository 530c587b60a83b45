import { CANCEL_PATH } from '../../src/lib/cancellation/query.ts';

/**
 * /can-i-still-cancel/answer/ is only the shell answers are built in (fetched through ASSETS, which skips
 * the Worker): anyone who opens it directly goes to the questions instead.
 */
export const onRequestGet: PagesFunction<Env> = () =>
  new Response(null, { status: 303, headers: { Location: CANCEL_PATH, 'Cache-Control': 'no-store' } });
