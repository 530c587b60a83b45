import { referralDeps } from '../../src/lib/referral/deps.ts';
import { handleReferralRequest } from '../../src/lib/referral/handler.ts';
import { referralFormPage } from '../../src/render/referral-form-page.tsx';

/** POST /api/referral — the Beacon self-referral (contract in DESIGN.md); the work is in src/lib/referral. */
export const onRequestPost: PagesFunction<Env> = async ({ request, env, waitUntil }) =>
  handleReferralRequest(
    request,
    referralDeps(env, request.url, {
      renderForm: referralFormPage,
      waitUntil: (promise) => {
        waitUntil(promise);
      },
    }),
  );
