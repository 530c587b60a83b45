import type { ReferralAccepted } from './answer-schema.ts';
import type { SafeHtml } from '../web/html.ts';
import { errorResponse, jsonResponse } from '../web/http.ts';
import { shellResponse, type ShellFill } from '../web/page-shell.ts';
import { FORM_AGAIN_TITLE, type FormState } from './form-state.ts';
import { PROBLEMS } from './messages.ts';
import { confirmationUrl, REFERRAL_SHELL } from './paths.ts';
import { isFromOurPages, readReferralBody, type BodyKind, type Fields } from './request-body.ts';
import { LIST_FIELDS } from './fields.ts';
import { FIELD_NAMES, type Answers } from './schema.ts';
import { submitReferral, type Outcome, type SubmitDeps } from './submit.ts';

/**
 * POST /api/referral from request to response. JSON callers (the island) get the contract's JSON; a plain
 * form post (no JavaScript) gets pages: 303 to the confirmation, or the form again, filled in, with the
 * error summary. A referral that is stored is a 201 whether or not the provider took it at once (the cron
 * delivers queued ones); 503 only when it could not be stored or configuration is missing — never a 500.
 */

export interface HandlerDeps extends Omit<SubmitDeps, 'clientIp'> {
  /** The built shell page for no-JS answers (page-shell.ts loadShell, bound to ASSETS and the request). */
  loadShell: (path: string) => Promise<string>;
  /**
   * The form again, with the answers and the errors, as the page's main content: src/render's
   * referralFormPage, given here because src/lib stays free of React.
   */
  renderForm: (state: FormState) => SafeHtml;
}

const NO_STORE = { 'Cache-Control': 'no-store' };
const RETRY_AFTER_UNAVAILABLE = { storage: '60', configuration: '3600' } as const;

/**
 * The person's answers as typed, to put back into the form (known fields, text only; the rest is dropped),
 * with the submission id, so sending the corrected form again is still the one referral.
 */
function answersToKeep(fields: Fields): Answers {
  const answers: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    if (!Object.hasOwn(fields, name)) continue;
    const value = fields[name];
    if ((LIST_FIELDS as readonly string[]).includes(name)) {
      const list: unknown[] = Array.isArray(value) ? value : [value];
      answers[name] = list.filter((v): v is string => typeof v === 'string');
    } else if (typeof value === 'string' && name !== 'website') {
      answers[name] = value;
    }
  }
  return answers;
}

function page(deps: HandlerDeps, status: number, fill: ShellFill, headers: Record<string, string> = {}) {
  return shellResponse(() => deps.loadShell(REFERRAL_SHELL), fill, {
    status,
    headers: { 'Cache-Control': 'no-store', ...headers },
    onShellMissing: (error) => {
      deps.log('error', 'referral.shell_missing', { error: error instanceof Error ? error.name : 'error' });
    },
  });
}

function formAgain(deps: HandlerDeps, status: number, state: FormState, headers: Record<string, string> = {}) {
  return page(deps, status, { title: FORM_AGAIN_TITLE, main: deps.renderForm(state) }, headers);
}

function respond(kind: BodyKind, outcome: Outcome, answers: Answers, deps: HandlerDeps): Response | Promise<Response> {
  const json = kind === 'json';
  switch (outcome.kind) {
    case 'accepted':
      return json
        ? jsonResponse({ reference: outcome.reference, delivery: outcome.delivery } satisfies ReferralAccepted, {
            status: 201,
            headers: NO_STORE,
          })
        : new Response(null, { status: 303, headers: { Location: confirmationUrl(outcome.reference), ...NO_STORE } });
    case 'invalid':
      return json
        ? errorResponse(400, PROBLEMS.invalid, outcome.fields, { headers: NO_STORE })
        : formAgain(deps, 400, { answers, fields: outcome.fields });
    case 'rate-limited': {
      const headers = { 'Retry-After': String(outcome.retryAfterSeconds), ...NO_STORE };
      const problem = PROBLEMS.rateLimited(outcome.retryAfterSeconds);
      return json
        ? errorResponse(429, problem, undefined, { headers })
        : formAgain(deps, 429, { answers, fields: {}, problem }, headers);
    }
    case 'unavailable': {
      const headers = { 'Retry-After': RETRY_AFTER_UNAVAILABLE[outcome.reason], ...NO_STORE };
      const problem = PROBLEMS[outcome.reason];
      return json
        ? errorResponse(503, problem, undefined, { headers })
        : formAgain(deps, 503, { answers, fields: {}, problem }, headers);
    }
  }
}

export async function handleReferralRequest(request: Request, deps: HandlerDeps): Promise<Response> {
  if (!isFromOurPages(request)) return errorResponse(403, PROBLEMS.otherSite, undefined, { headers: NO_STORE });
  const body = await readReferralBody(request).catch(() => null);
  if (!body) return errorResponse(400, PROBLEMS.invalid, {}, { headers: NO_STORE });
  if (!body.ok) {
    if (body.kind !== 'form') return errorResponse(body.status, body.message, body.status === 400 ? {} : undefined);
    return formAgain(deps, body.status, { answers: {}, fields: {}, problem: body.message });
  }
  const answers = body.kind === 'form' ? answersToKeep(body.fields) : {};
  let outcome: Outcome;
  try {
    const clientIp = request.headers.get('CF-Connecting-IP') ?? 'unknown';
    outcome = await submitReferral(body.fields, { ...deps, clientIp });
  } catch (error) {
    // Names only: error messages are not checked for personal data.
    deps.log('error', 'referral.unexpected_error', { error: error instanceof Error ? error.name : 'error' });
    return respond(body.kind, { kind: 'unavailable', reason: 'storage' }, answers, deps);
  }
  return respond(body.kind, outcome, answers, deps);
}
