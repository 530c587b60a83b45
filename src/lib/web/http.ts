import type { ApiError } from './api-error.ts';

/** Small helpers for JSON answers from functions, shared so every endpoint speaks the same way. */

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { ...init, headers });
}

/** The contract's error shape: `{ error: { message, fields? } }`. */
export function errorResponse(
  status: number,
  message: string,
  fields?: Record<string, string>,
  init: ResponseInit = {},
): Response {
  const body: ApiError = { error: fields ? { message, fields } : { message } };
  return jsonResponse(body, { ...init, status });
}
