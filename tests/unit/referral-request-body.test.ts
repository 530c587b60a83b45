import { describe, expect, it } from 'vitest';
import { bodyKind, isFromOurPages, MAX_BODY_BYTES, readReferralBody } from '../../src/lib/referral/request-body.ts';

const request = (headers: Record<string, string>, body?: BodyInit) =>
  new Request('https://example.org/api/referral', { method: 'POST', headers, ...(body === undefined ? {} : { body }) });

describe('where a referral comes from', () => {
  it('accepts same-origin browser requests, even with Origin: null (our no-referrer policy)', () => {
    expect(isFromOurPages(request({ 'Sec-Fetch-Site': 'same-origin', Origin: 'null' }))).toBe(true);
    expect(isFromOurPages(request({ Origin: 'https://example.org' }))).toBe(true);
    expect(isFromOurPages(request({}))).toBe(true);
  });

  it('refuses other sites', () => {
    expect(isFromOurPages(request({ 'Sec-Fetch-Site': 'cross-site' }))).toBe(false);
    expect(isFromOurPages(request({ 'Sec-Fetch-Site': 'same-site' }))).toBe(false);
    expect(isFromOurPages(request({ Origin: 'https://evil.example' }))).toBe(false);
    expect(isFromOurPages(request({ Origin: 'http://example.org' }))).toBe(false);
  });
});

describe('reading the body', () => {
  it('knows JSON and web forms in UTF-8 only', () => {
    expect(bodyKind('application/json')).toBe('json');
    expect(bodyKind('Application/JSON; charset="utf-8"')).toBe('json');
    expect(bodyKind('application/x-www-form-urlencoded;charset=UTF-8')).toBe('form');
    expect(bodyKind('application/json; charset=latin1')).toBeNull();
    expect(bodyKind('multipart/form-data; boundary=x')).toBeNull();
    expect(bodyKind(null)).toBeNull();
  });

  it('refuses more than 16 KB whatever Content-Length says', async () => {
    const big = 'a='.concat('x'.repeat(MAX_BODY_BYTES));
    const honest = await readReferralBody(request({ 'Content-Type': 'application/x-www-form-urlencoded' }, big));
    expect(honest).toMatchObject({ ok: false, status: 413 });
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const chunked = await readReferralBody(
      new Request('https://example.org/api/referral', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(chunked).toMatchObject({ ok: false, status: 413 });
  });

  it('refuses bytes that are not UTF-8 and JSON that is not an object', async () => {
    const bad = new Uint8Array([0x7b, 0xff, 0x7d]);
    expect(await readReferralBody(request({ 'Content-Type': 'application/json' }, bad))).toMatchObject({ status: 400 });
    expect(await readReferralBody(request({ 'Content-Type': 'application/json' }, '[1]'))).toMatchObject({
      status: 400,
    });
  });

  it('reads a form into an object without a prototype, keeping every reportedTo and the first of anything else', async () => {
    const body = 'name=Ada&name=Eve&reportedTo=police&reportedTo=bank&__proto__=x&constructor=y';
    const result = await readReferralBody(request({ 'Content-Type': 'application/x-www-form-urlencoded' }, body));
    if (!result.ok) throw new Error('expected a body');
    expect(Object.getPrototypeOf(result.fields)).toBeNull();
    expect(result.fields['name']).toBe('Ada');
    expect(result.fields['reportedTo']).toEqual(['police', 'bank']);
    expect(({} as Record<string, unknown>)['constructor']).toBe(Object);
  });
});
