import { Resend } from 'resend';
import { outboxSender } from '../email/outbox-sender.ts';
import { resendSender } from '../email/resend-sender.ts';
import type { EmailSender } from '../email/sender.ts';
import { loadShell } from '../web/page-shell.ts';
import type { D1Like } from '../web/d1.ts';
import type { HandlerDeps } from './handler.ts';
import { isDevelopment, referralSettings, type ReferralEnv } from './settings.ts';
import type { Logger } from './settings.ts';

/**
 * Everything the referral handler needs, built per request from the function's env (structural types, so
 * this runs in workerd and in Node for the benchmark alike). The Resend client is made here, inside the
 * request, from env — never at module level and never from process.env.
 */

export interface ReferralBindings extends ReferralEnv {
  DB: D1Like;
  RESEND_BASE_URL?: string;
  ASSETS: { fetch: (input: Request | string) => Promise<Response> };
}

/** Log lines carry event names and codes only — never names, contact details or descriptions. */
export const consoleLogger: Logger = (level, event, detail = {}) => {
  console[level](JSON.stringify({ event, ...detail }));
};

/** Resend when there is a key; the D1 outbox in development without one; otherwise none (fails closed). */
export function emailSender(env: ReferralBindings): EmailSender | null {
  if (env.RESEND_API_KEY) {
    const options = env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : {};
    return resendSender(new Resend(env.RESEND_API_KEY, options));
  }
  return isDevelopment(env) ? outboxSender(env.DB) : null;
}

export interface RequestHooks {
  /** The no-JS form page's renderer (src/render/referral-form-page.tsx): React stays out of src/lib. */
  renderForm: HandlerDeps['renderForm'];
  waitUntil?: ((promise: Promise<unknown>) => void) | undefined;
}

export function referralDeps(env: ReferralBindings, requestUrl: string, hooks: RequestHooks): HandlerDeps {
  const { renderForm, waitUntil } = hooks;
  return {
    renderForm,
    db: env.DB,
    sender: emailSender(env),
    settings: referralSettings(env),
    log: consoleLogger,
    ...(waitUntil ? { waitUntil } : {}),
    loadShell: (path) => loadShell(env.ASSETS, requestUrl, path),
  };
}
