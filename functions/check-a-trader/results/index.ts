import { loadShell, shellResponse } from '../../../src/lib/web/page-shell.ts';
import { traderResultsAnswer } from '../../../src/lib/traders/results-page.ts';
import { RESULTS_PATH } from '../../../src/lib/traders/wording.ts';
import { traderResultsFill } from '../../../src/render/trader-results-page.tsx';

const log = (event: string) => {
  console.error(JSON.stringify({ event }));
};

/** GET /check-a-trader/results/?… — the trader check as full pages, for people without JavaScript. */
export const onRequestGet: PagesFunction<Env> = async ({ request, env }) => {
  const answer = await traderResultsAnswer(new URL(request.url).searchParams, { db: env.DB, log });
  if (answer.kind === 'redirect') {
    return new Response(null, { status: 303, headers: { Location: answer.location, 'Cache-Control': 'no-store' } });
  }
  return shellResponse(
    () => loadShell(env.ASSETS, request.url, RESULTS_PATH),
    traderResultsFill(answer.title, answer.view),
    {
      status: answer.status,
      headers: answer.headers,
      onShellMissing: () => {
        log('traders.shell_missing');
      },
    },
  );
};
