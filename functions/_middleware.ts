import { withSecurityHeaders } from '../src/lib/security-headers.ts';

/** Adds the security headers to every function response (static files get them from _headers). */
export const onRequest: PagesFunction<Env> = async (context) => withSecurityHeaders(await context.next());
