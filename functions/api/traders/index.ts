import { traderSearchResponse } from '../../../src/lib/traders/api.ts';

/** GET /api/traders?q=&trade=&postcode=&page=&status= — search the register (contract in DESIGN.md). */
export const onRequestGet: PagesFunction<Env> = ({ request, env }) =>
  traderSearchResponse(new URL(request.url), env.DB);
