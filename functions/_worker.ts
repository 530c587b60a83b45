import { errorResponse } from '../src/lib/web/http.ts';
import { withSecurityHeaders } from '../src/lib/web/security-headers.ts';
import { isLoopbackHost } from '../src/lib/web/loopback.ts';
import { matchRoute } from '../src/lib/web/routes.ts';
import { isAdminPath } from '../src/lib/web/admin-headers.ts';
import { adminAsset } from './admin.ts';
import { runDeliveries } from './_scheduled.ts';
import { ROUTES } from './_routes.ts';

/**
 * The Worker: static files from dist/ (the ASSETS binding, with _headers, the 404 page and trailing-slash
 * handling) and the route handlers in functions/ for the paths wrangler.toml's `run_worker_first` sends
 * here. Every answer the Worker makes gets the same security headers as the static files.
 */

/** The Pages-style context a handler expects, built from the Worker's request, env and ctx. */
function handlerContext(request: Request, env: Env, ctx: ExecutionContext, params: Record<string, string>) {
  return {
    request,
    env,
    params,
    data: {},
    functionPath: new URL(request.url).pathname,
    waitUntil: (promise: Promise<unknown>) => {
      ctx.waitUntil(promise);
    },
    passThroughOnException: () => undefined,
    next: () => env.ASSETS.fetch(request),
    props: {},
  } as unknown as EventContext<Env, string, Record<string, unknown>>;
}

async function answer(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
  const url = new URL(request.url);
  // Local test hook: run the delivery cron at a simulated time, e.g. 30 minutes on. Development only, and
  // only on a loopback address, so a Worker deployed by mistake without `--env production` never offers it.
  if (url.pathname === '/__deliveries' && env.ENVIRONMENT === 'development' && isLoopbackHost(url.hostname)) {
    const now = Number(url.searchParams.get('now') ?? Date.now());
    return Response.json(await runDeliveries(env, Number.isFinite(now) ? now : Date.now()));
  }
  if (isAdminPath(url.pathname)) return adminAsset(request, env);
  const match = matchRoute(ROUTES, request.method, url.pathname);
  if ('none' in match) {
    if (match.none === 'method-not-allowed' && url.pathname.startsWith('/api/')) {
      return errorResponse(405, 'This address does not accept that method.', undefined, {
        headers: { Allow: match.allow.join(', ') },
      });
    }
    return env.ASSETS.fetch(request);
  }
  const response = await match.route.handler(handlerContext(request, env, ctx, match.params));
  return request.method === 'HEAD' ? new Response(null, response) : response;
}

export default {
  async fetch(request, env, ctx) {
    return withSecurityHeaders(await answer(request, env, ctx));
  },
  async scheduled(controller, env) {
    await runDeliveries(env, controller.scheduledTime);
  },
} satisfies ExportedHandler<Env>;
