import { TRIAGE_PATH } from '../../src/lib/triage/links.ts';

/**
 * /what-to-do-now/answer/ is only the shell the journey's pages are built in (fetched through ASSETS,
 * which skips functions): anyone who opens it directly goes to the first question instead.
 */
export const handleTriageShell = (): Response =>
  new Response(null, { status: 303, headers: { Location: TRIAGE_PATH, 'Cache-Control': 'no-store' } });

export const onRequestGet: PagesFunction<Env> = () => handleTriageShell();
