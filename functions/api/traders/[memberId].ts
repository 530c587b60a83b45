import { memberLookupResponse } from '../../../src/lib/traders/api.ts';

/** GET /api/traders/MEMBER_ID — one member, whatever their status, or 404 (contract in DESIGN.md). */
export const onRequestGet: PagesFunction<Env, 'memberId'> = ({ params, env }) => {
  const id = params.memberId;
  return memberLookupResponse(typeof id === 'string' ? id : '', env.DB);
};
