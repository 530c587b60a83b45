import { referralDeps } from '../../src/lib/referral/deps.ts';
import { handleReferralRequest } from '../../src/lib/referral/handler.ts';

/** POST /api/referral — the Beacon self-referral (contract in DESIGN.md); the work is in src/lib/referral. */
export const onRequestPost: PagesFunction<Env> = async ({ request, env, waitUntil }) =>
  handleReferralRequest(
    request,
    referralDeps(env, request.url, (promise) => {
      waitUntil(promise);
    }),
  );
