import { ADMIN_HEADERS } from '../src/lib/web/admin-headers.ts';

/**
 * /admin/ and its files: the editor's static files from dist/admin/, with the editor's own CSP and COOP
 * (src/lib/web/admin-headers.ts) instead of the public pages' ones. The Worker adds every other security
 * header as usual.
 */
export async function adminAsset(request: Request, env: Env): Promise<Response> {
  const asset = await env.ASSETS.fetch(request);
  const answer = new Response(asset.body, asset);
  for (const [name, value] of Object.entries(ADMIN_HEADERS)) answer.headers.set(name, value);
  return answer;
}
