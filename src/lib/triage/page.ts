import { shellResponse, type ShellFill } from '../web/page-shell.ts';
import { triageUrl } from './links.ts';
import { ASKED, parseTriage, type TriageState } from './parse.ts';

/**
 * GET /what-to-do-now/?… — the journey without JavaScript: the next question, a question again with its
 * error, or the plan, as a full page in the site's layout (the build-time shell). Bad input of any kind
 * gets a question with an error (400), never a 500. The decisions are here; the markup is rendered by
 * the React components (src/render/triage-page.tsx), passed in because src/lib stays free of React.
 */

export interface TriagePageDeps {
  /** The built shell page (page-shell.ts loadShell, bound to ASSETS and the request). */
  loadShell: () => Promise<string>;
  /** The page's title and main content for a state (src/render/triage-page.tsx triageFill). */
  render: (state: TriageState) => ShellFill;
  log?: (event: string) => void;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

export async function triagePage(url: URL, deps: TriagePageDeps): Promise<Response> {
  const state = parseTriage(url.searchParams);
  // A form's answer without errors goes to the plain address of its answers: one that can be bookmarked
  // or shared with a relative, and that gives the same page.
  if (url.searchParams.has(ASKED) && !(state.kind === 'question' && state.error)) {
    // A plan's address keeps what else the answers said (`told`): the plan may heed it (plan.ts).
    const answers = state.kind === 'plan' ? { ...state.told, ...state.answers } : state.answers;
    return new Response(null, { status: 303, headers: { Location: triageUrl(answers), ...NO_STORE } });
  }
  const status = state.kind === 'question' && state.error ? 400 : 200;
  // Answers can say what happened to someone: keep them out of shared caches.
  return shellResponse(deps.loadShell, deps.render(state), {
    status,
    headers: { 'Cache-Control': 'private, no-store' },
    onShellMissing: () => deps.log?.('triage.shell_missing'),
  });
}
