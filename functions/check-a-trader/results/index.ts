import { loadShell } from '../../../src/lib/web/page-shell.ts';
import { traderResultsPage } from '../../../src/lib/traders/results-page.ts';
import { RESULTS_PATH } from '../../../src/lib/traders/wording.ts';

/** GET /check-a-trader/results/?… — the trader check as full pages, for people without JavaScript. */
export const onRequestGet: PagesFunction<Env> = ({ request, env }) =>
  traderResultsPage(new URL(request.url), {
    db: env.DB,
    loadShell: () => loadShell(env.ASSETS, request.url, RESULTS_PATH),
    log: (event) => {
      console.error(JSON.stringify({ event }));
    },
  });
