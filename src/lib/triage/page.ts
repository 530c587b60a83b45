import { shellResponse, type ShellFill } from '../web/page-shell.ts';
import { TRIAGE_TITLE, triageUrl } from './links.ts';
import { ASKED, parseTriage, type TriageState } from './parse.ts';
import { planFor } from './plan.ts';
import { PLAN_HEADING, planHtml } from './plan-html.ts';
import { questionHtml, questionTitle } from './question-html.ts';

/**
 * GET /what-to-do-now/?… — the journey without JavaScript: the next question, a question again with its
 * error, or the plan, as a full page in the site's layout (the build-time shell). Bad input of any kind
 * gets a question with an error (400), never a 500.
 */

export interface TriagePageDeps {
  /** The built shell page (page-shell.ts loadShell, bound to ASSETS and the request). */
  loadShell: () => Promise<string>;
  log?: (event: string) => void;
}

/** The page's title and main content for a state: also used by the static first page. */
export function triageFill(state: TriageState): ShellFill {
  if (state.kind === 'plan') {
    return { title: `${PLAN_HEADING} – ${TRIAGE_TITLE}`, main: planHtml(planFor(state.answers), state.answers) };
  }
  return { title: `${questionTitle(state)} – ${TRIAGE_TITLE}`, main: questionHtml(state) };
}

const NO_STORE = { 'Cache-Control': 'no-store' };

export async function triagePage(url: URL, deps: TriagePageDeps): Promise<Response> {
  const state = parseTriage(url.searchParams);
  // A form's answer without errors goes to the plain address of its answers: one that can be bookmarked
  // or shared with a relative, and that gives the same page.
  if (url.searchParams.has(ASKED) && !(state.kind === 'question' && state.error)) {
    return new Response(null, { status: 303, headers: { Location: triageUrl(state.answers), ...NO_STORE } });
  }
  const fill = triageFill(state);
  const status = state.kind === 'question' && state.error ? 400 : 200;
  // Answers can say what happened to someone: keep them out of shared caches.
  return shellResponse(deps.loadShell, fill, {
    status,
    headers: { 'Cache-Control': 'private, no-store' },
    onShellMissing: () => deps.log?.('triage.shell_missing'),
  });
}
