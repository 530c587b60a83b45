import { describe, expect, it } from 'vitest';
import { keyBytes, open, seal } from '../../src/lib/referral/delivery/seal.ts';
import { retryDelayMs, STOP_AFTER_MS } from '../../src/lib/referral/delivery/schedule.ts';

const KEY = btoa('k'.repeat(32));
const OTHER = btoa('o'.repeat(32));
const MINUTE = 60_000;

describe('sealing stored answers', () => {
  it('opens what it sealed, with the same associated data', async () => {
    const sealed = await seal(KEY, 'referral-answers-1', '{"name":"Winifred"}');
    expect(sealed).not.toContain('Winifred');
    expect(await open([KEY], 'referral-answers-1', sealed)).toEqual({ ok: true, plaintext: '{"name":"Winifred"}' });
  });

  it('uses a fresh IV each time', async () => {
    const a = await seal(KEY, 'k', 'same');
    const b = await seal(KEY, 'k', 'same');
    expect(a.split('.')[2]).not.toBe(b.split('.')[2]);
    expect(a).not.toBe(b);
  });

  it('refuses a blob moved onto another referral (other associated data) or altered', async () => {
    const sealed = await seal(KEY, 'referral-a', 'answers');
    expect(await open([KEY], 'referral-b', sealed)).toEqual({ ok: false, reason: 'damaged' });
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(await open([KEY], 'referral-a', tampered)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('after a rotation opens with the previous key, and names an unknown key', async () => {
    const sealed = await seal(OTHER, 'k', 'answers');
    expect(await open([KEY, OTHER], 'k', sealed)).toMatchObject({ ok: true });
    expect(await open([KEY], 'k', sealed)).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it('accepts only base64 of exactly 32 bytes as a key', () => {
    expect(keyBytes(KEY)).not.toBeNull();
    expect(keyBytes(btoa('short'))).toBeNull();
    expect(keyBytes('not base64!')).toBeNull();
  });
});

describe('the retry schedule', () => {
  it('retries at the next cron run, then doubles the wait up to 30 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => retryDelayMs(n) / MINUTE)).toEqual([0, 1, 2, 4, 8, 16, 30, 30, 30]);
  });

  it('stops an hour before Resend forgets the idempotency key (24 hours)', () => {
    expect(STOP_AFTER_MS).toBe(23 * 60 * MINUTE);
  });
});
