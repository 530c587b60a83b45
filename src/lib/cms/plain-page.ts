import { html } from '../web/html.ts';

/** A small page for the sign-in routes' refusals: what happened and what to do, never a stack trace. */
export function plainPage(status: number, heading: string, message: string): Response {
  const body = html`<!doctype html>
    <html lang="en-GB">
      <meta charset="utf-8" />
      <title>${heading} – editor</title>
      <h1>${heading}</h1>
      <p>${message}</p>
    </html>`.value;
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
