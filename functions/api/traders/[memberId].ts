import { memberLookupResponse } from '../../../src/lib/traders/api.ts';

/** The path segment as typed: Pages hands it over still percent-encoded ("bwc%2010234"). */
function typedMemberId(param: string | string[] | undefined): string {
  const raw = typeof param === 'string' ? param : '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // Broken encoding: memberKey refuses it, so the answer is a 400.
  }
}

/** GET /api/traders/MEMBER_ID — one member, whatever their status, or 404 (contract in DESIGN.md). */
export const onRequestGet: PagesFunction<Env, 'memberId'> = ({ params, env }) =>
  memberLookupResponse(typedMemberId(params.memberId), env.DB);
