import { describe, expect, it } from 'vitest';
import { idempotencyKey } from '../../src/lib/referral/idempotency.ts';
import { isReference, newReference, REFERENCE_PATTERN } from '../../src/lib/referral/reference.ts';
import type { Referral } from '../../src/lib/referral/schema.ts';
import { EXAMPLE_ANSWERS } from '../../src/lib/referral/fields.ts';
import { validateReferral } from '../../src/lib/referral/validate.ts';

function referral(overrides: Record<string, unknown> = {}): Referral {
  const result = validateReferral({ ...EXAMPLE_ANSWERS, contactMethod: 'email', ...overrides });
  if (!result.ok) throw new Error('invalid test referral');
  return result.data;
}

describe('referral references', () => {
  it('look like BCN-XXXX-XXXX in Crockford base32 (no I, L, O or U)', () => {
    for (let i = 0; i < 500; i++) {
      const reference = newReference();
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(reference.slice(4).replace('-', '')).not.toMatch(/[ILOU]/);
    }
  });

  it('use every character of the alphabet and rarely repeat', () => {
    const references = Array.from({ length: 2000 }, newReference);
    expect(new Set(references).size).toBe(2000);
    const seen = new Set(references.join('').replace(/BCN|-/g, ''));
    expect(seen.size).toBe(32);
  });

  it('are recognised only in their exact form', () => {
    expect(isReference('BCN-7K3M-Q9TX')).toBe(true);
    expect(isReference('bcn-7k3m-q9tx')).toBe(false);
    expect(isReference('BCN-7K3M-Q9TI')).toBe(false);
    expect(isReference('BCN-7K3M-Q9TX ')).toBe(false);
  });
});

describe('idempotency keys', () => {
  it('use the submissionId when there is one', async () => {
    const id = '3f0d1c2e-8a4b-4c6d-9e8f-0a1b2c3d4e5f';
    expect(await idempotencyKey(referral({ submissionId: id.toUpperCase() }))).toBe(`referral-submission-${id}`);
  });

  it('hash the normalised answers otherwise, so trivial differences in typing give the same key', async () => {
    const a = await idempotencyKey(referral({ name: 'Ada  Example ', email: 'ADA@example.com', reportedTo: 'none' }));
    const b = await idempotencyKey(referral({ name: 'Ada Example', email: 'ada@example.com', reportedTo: ['none'] }));
    expect(a).toMatch(/^referral-answers-[0-9a-f]{64}$/);
    expect(a).toBe(b);
  });

  it('differ when any answer differs', async () => {
    const base = await idempotencyKey(referral());
    expect(await idempotencyKey(referral({ lostMoney: 'yes' }))).not.toBe(base);
    expect(await idempotencyKey(referral({ description: 'more' }))).not.toBe(base);
  });
});
