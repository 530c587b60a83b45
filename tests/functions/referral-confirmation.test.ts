import { describe, expect, it } from 'vitest';
import { onRequestGet } from '../../functions/get-help/refer-yourself-to-beacon/confirmation.ts';
import { pagesContext } from '../support/platform.ts';
import { fakeAssets } from '../support/referral-fixtures.ts';

const env = { ASSETS: fakeAssets } as unknown as Env;
const get = async (query: string): Promise<Response> =>
  onRequestGet(
    pagesContext(new Request(`http://127.0.0.1:8788/get-help/refer-yourself-to-beacon/confirmation/${query}`), env),
  );

describe('GET /get-help/refer-yourself-to-beacon/confirmation/', () => {
  it('shows the reference, what happens next and the 999 advice in the site’s shell', async () => {
    const res = await get('?reference=BCN-7K3M-Q9TX');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain('<title>Your answers have been sent to Beacon – Site</title>');
    expect(page).toContain('<strong>BCN-7K3M-Q9TX</strong>');
    expect(page).toContain('What happens next');
    expect(page).toContain('href="tel:999"');
    expect(page).toContain('href="tel:03000115555"');
  });

  it('refuses anything that is not a reference, without echoing it', async () => {
    for (const query of ['', '?reference=', '?reference=<script>alert(1)</script>', '?reference=BCN-IIII-OOOO']) {
      const res = await get(query);
      expect(res.status).toBe(400);
      const page = await res.text();
      expect(page).toContain('We cannot show this page');
      expect(page).not.toContain('<script>alert');
    }
  });
});
