// Answers and requests for the referral tests. Every piece of personal data here is fictional and is also
// listed in PERSONAL_DATA, so tests can check it never appears in logs.
import { EXAMPLE_ANSWERS } from '../../src/lib/referral/fields.ts';
import type { Answers } from '../../src/lib/referral/schema.ts';

export const PERSONAL_DATA = {
  name: 'Winifred Testperson',
  phone: '07700 900 123',
  email: 'winifred.testperson@example.com',
  address: '12 Imaginary Lane\nNowhere Town',
  postcode: 'AL10 9AB',
  description: 'A man called Quentinbogus sold me a fake roof repair',
  crimeReference: 'REF-ZZ-424242',
} as const;

export const PERSONAL_STRINGS = Object.values(PERSONAL_DATA).flatMap((v) => v.split('\n'));

let counter = 0;

/**
 * The one complete referral (fields.ts) with the personal data above in it. Each call gets a different
 * description so answer hashes differ.
 */
export function validAnswers(overrides: Answers = {}): Answers {
  counter += 1;
  return {
    ...EXAMPLE_ANSWERS,
    ...PERSONAL_DATA,
    description: `${PERSONAL_DATA.description} (case ${counter} ${Math.random()})`,
    reportedTo: ['police'],
    ...overrides,
  };
}

/** A client address per request, so the rate limit only bites in the tests about it. */
export function randomIp(): string {
  const hex = () => Math.floor(Math.random() * 0x10000).toString(16);
  return `2001:db8::${hex()}:${hex()}:${hex()}`;
}

export function jsonRequest(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1:8788/api/referral', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Sec-Fetch-Site': 'same-origin',
      'CF-Connecting-IP': randomIp(),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function formRequest(answers: Answers, headers: Record<string, string> = {}): Request {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(answers)) {
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') params.append(name, v);
  }
  return new Request('http://127.0.0.1:8788/api/referral', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      'CF-Connecting-IP': randomIp(),
      ...headers,
    },
    body: params.toString(),
  });
}

/** A stand-in for the built shell page (the real one is built by Astro into dist/). */
export const SHELL_HTML =
  '<!doctype html><html lang="en-GB"><head><title>Shell – Site</title></head><body><main><!--shell:main--></main></body></html>';

export const fakeAssets = {
  fetch: (): Promise<Response> =>
    Promise.resolve(new Response(SHELL_HTML, { headers: { 'Content-Type': 'text/html' } })),
} as unknown as Fetcher;
