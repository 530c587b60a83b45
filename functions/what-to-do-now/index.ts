import { loadShell } from '../../src/lib/web/page-shell.ts';
import { TRIAGE_SHELL_PATH } from '../../src/lib/triage/links.ts';
import { triagePage } from '../../src/lib/triage/page.ts';
import { triageFill } from '../../src/render/triage-page.tsx';

/** GET /what-to-do-now/?… — the next question or the plan, as a full page (a function of request and env). */
export const handleTriage = (request: Request, env: Env): Promise<Response> =>
  // No answers at all: the first question, as the page Astro built.
  new URL(request.url).search === ''
    ? env.ASSETS.fetch(request)
    : triagePage(new URL(request.url), {
        loadShell: () => loadShell(env.ASSETS, request.url, TRIAGE_SHELL_PATH),
        render: triageFill,
        log: (event) => {
          console.error(JSON.stringify({ event }));
        },
      });

export const onRequestGet: PagesFunction<Env> = ({ request, env }) => handleTriage(request, env);
