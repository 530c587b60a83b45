import { LIST_FIELDS } from './fields.ts';

/**
 * Reading a referral request before any validation: is it from our own pages, what kind of body is it, is
 * it small enough, is it well-formed. Whatever arrives, the answer is a status and a message — never a throw.
 */

export const MAX_BODY_BYTES = 16 * 1024;

export type BodyKind = 'json' | 'form';
export type Fields = Record<string, unknown>;
export type BodyResult =
  | { ok: true; kind: BodyKind; fields: Fields }
  | { ok: false; status: 400 | 413 | 415; kind: BodyKind | null; message: string };

const MULTI_VALUE = new Set<string>(LIST_FIELDS);

/**
 * Browsers send Sec-Fetch-Site on every request (Chrome, Edge, Firefox, Safari 16.4+); older ones send
 * Origin on a POST. Our pages send Referrer-Policy: no-referrer, so a same-origin POST may carry
 * `Origin: null` — Sec-Fetch-Site is the reliable signal, Origin the fallback. Non-browser clients send
 * neither and are let through (CSRF is a browser attack; they meet the rate limit like everyone).
 */
export function isFromOurPages(request: Request): boolean {
  const site = request.headers.get('Sec-Fetch-Site');
  if (site !== null) return site === 'same-origin';
  const origin = request.headers.get('Origin');
  if (origin === null || origin === 'null') return true;
  return origin === new URL(request.url).origin;
}

export function bodyKind(contentType: string | null): BodyKind | null {
  const [type = '', ...params] = (contentType ?? '')
    .toLowerCase()
    .split(';')
    .map((p) => p.trim());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return null;
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return null;
}

/** Reads at most MAX_BODY_BYTES (+1 to notice more), whatever Content-Length claims. */
async function readCapped(request: Request): Promise<Uint8Array | 'too-large'> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > MAX_BODY_BYTES) return 'too-large';
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Form fields into a prototype-free object: the first value of each field, a list for each set of checkboxes. */
function formFields(text: string): Fields {
  const fields: Fields = Object.create(null) as Fields;
  for (const [name, value] of new URLSearchParams(text)) {
    if (MULTI_VALUE.has(name)) {
      const list = Object.hasOwn(fields, name) ? (fields[name] as string[]) : [];
      fields[name] = [...list, value];
    } else if (!Object.hasOwn(fields, name)) {
      fields[name] = value;
    }
  }
  return fields;
}

export async function readReferralBody(request: Request): Promise<BodyResult> {
  const kind = bodyKind(request.headers.get('Content-Type'));
  if (!kind) {
    return { ok: false, status: 415, kind, message: 'Send the form as JSON or as a web form (UTF-8).' };
  }
  const bytes = await readCapped(request);
  if (bytes === 'too-large') {
    return { ok: false, status: 413, kind, message: 'Your answers are too long to send. Make them shorter.' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, status: 400, kind, message: 'The form could not be read. It must be UTF-8 text.' };
  }
  if (kind === 'form') return { ok: true, kind, fields: formFields(text) };
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    return { ok: true, kind, fields: parsed as Fields };
  } catch {
    return { ok: false, status: 400, kind, message: 'The form could not be read. Send a JSON object.' };
  }
}
