/**
 * The Worker's route table, as data, and the pure matcher over it. A route is a method, a path pattern
 * (`/api/traders/:memberId`; a trailing slash is optional, as it was under Pages) and a handler with the
 * Pages Functions signature, so each file in functions/ stays one small handler and tests call it the
 * same way. Everything that is not a route is a static asset.
 */

export type Method = 'GET' | 'POST';

export interface Route<H> {
  method: Method;
  pattern: string;
  handler: H;
}

export interface RouteMatch<H> {
  route: Route<H>;
  /** Path parameters, still percent-encoded (as Pages handed them over). */
  params: Record<string, string>;
}

/** The path without its trailing slash, so `/search` and `/search/` match the same route. */
function trimmed(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = trimmed(pattern).split('/');
  const got = trimmed(path).split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const segment = got[i] ?? '';
    if (part.startsWith(':')) {
      if (segment === '') return null;
      params[part.slice(1)] = segment;
    } else if (part !== segment) return null;
  }
  return params;
}

/**
 * The route for this request, or why there is none: `not-found` (serve the static asset) or
 * `method-not-allowed` (the path is a route, the method is not; HEAD counts as GET).
 */
export function matchRoute<H>(
  routes: readonly Route<H>[],
  method: string,
  path: string,
): RouteMatch<H> | { none: 'not-found' } | { none: 'method-not-allowed'; allow: Method[] } {
  const wanted = method === 'HEAD' ? 'GET' : method;
  const allow: Method[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    if (route.method === wanted) return { route, params };
    allow.push(route.method);
  }
  return allow.length > 0 ? { none: 'method-not-allowed', allow } : { none: 'not-found' };
}

/**
 * True when a `run_worker_first` pattern from wrangler.toml sends `path` to the Worker (patterns are paths
 * with `*` matching anything). Used by a test that keeps the table and wrangler.toml in step.
 */
export function coveredBy(patterns: readonly string[], path: string): boolean {
  return patterns.some((pattern) => {
    const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`);
    return regex.test(path);
  });
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
