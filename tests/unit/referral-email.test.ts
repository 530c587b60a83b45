import { describe, expect, it } from 'vitest';
import { confirmationEmail } from '../../src/lib/referral/confirmation-email.ts';
import { referralEmail } from '../../src/lib/referral/email.ts';
import { EXAMPLE_ANSWERS } from '../../src/lib/referral/fields.ts';
import type { Referral } from '../../src/lib/referral/schema.ts';
import { validateReferral } from '../../src/lib/referral/validate.ts';

const addresses = { from: 'Referrals <referrals@example.org>', to: 'beacon@example.org' };

function referral(overrides: Record<string, unknown> = {}): Referral {
  const result = validateReferral({
    ...EXAMPLE_ANSWERS,
    email: 'ignored@example.com',
    safeToLeaveMessage: 'no',
    bestTime: '',
    description: 'He said the roof\nwas falling in',
    whenHappened: '',
    lostMoney: 'yes',
    reportedTo: ['police', 'bank'],
    crimeReference: '41/1234',
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.fields));
  return result.data;
}

describe('the email to Beacon', () => {
  it('carries the reference in the subject and every answer as readable text', () => {
    const email = referralEmail(referral(), 'BCN-7K3M-Q9TX', addresses);
    expect(email).toMatchObject({ from: addresses.from, to: addresses.to, subject: 'Self-referral BCN-7K3M-Q9TX' });
    expect(email).not.toHaveProperty('replyTo');
    for (const line of [
      'Who needs support: Me',
      'Name: Ada Example',
      'How to contact: Phone',
      'Phone: 01632 960 001',
      'Safe to leave a message: No',
      'What happened: Someone came to the door',
      'Lost money: Yes',
      'Told: The police, The bank',
      'Reference number: 41/1234',
      'Best time: Not given',
    ]) {
      expect(email.text).toContain(line);
    }
    expect(email.text).toContain('Description: \nHe said the roof\nwas falling in\n');
    expect(email.html).toContain('He said the roof<br />was falling in');
    expect(email.text + email.html).not.toContain('ignored@example.com');
  });

  it('flags a person who feels unsafe now, in the subject and at the top', () => {
    const email = referralEmail(referral({ feelUnsafe: 'yes' }), 'BCN-7K3M-Q9TX', addresses);
    expect(email.subject).toBe('Self-referral BCN-7K3M-Q9TX (feels unsafe now)');
    expect(email.text.split('\n')[3]).toBe('The person says they feel unsafe now. Contact them as soon as you can.');
  });

  it('sets Reply-To to the person’s email when they chose email', () => {
    const email = referralEmail(referral({ contactMethod: 'email' }), 'BCN-7K3M-Q9TX', addresses);
    expect(email.replyTo).toBe('ignored@example.com');
  });

  it('is the same every time for the same referral, so a retried send matches the first', () => {
    const a = referralEmail(referral(), 'BCN-7K3M-Q9TX', addresses);
    const b = referralEmail(referral(), 'BCN-7K3M-Q9TX', addresses);
    expect(b).toEqual(a);
  });
});

describe('the confirmation email', () => {
  it('has the reference, what happens next and Beacon’s number, and nothing about what happened', () => {
    const email = confirmationEmail('ada@example.com', 'BCN-7K3M-Q9TX', addresses.from);
    expect(email.to).toBe('ada@example.com');
    expect(email.subject).toBe('Your reference: BCN-7K3M-Q9TX');
    expect(email.text).toContain('03000 11 55 55');
    expect(email.text).toContain('999');
    expect(email.html).toContain('BCN-7K3M-Q9TX');
  });

  it('says "call your bank now" before what Beacon will do, asked of everyone, so it says nothing of the answers', () => {
    const text = confirmationEmail('ada@example.com', 'BCN-7K3M-Q9TX', addresses.from).text;
    const bank = text.indexOf('Have you lost money? Call your bank now, if you have not told them yet.');
    expect(bank).toBeGreaterThan(text.indexOf('BCN-7K3M-Q9TX'));
    expect(bank).toBeLessThan(text.indexOf('Beacon will read your answers'));
    expect(text).toContain('Use 159');
    expect(text).toContain('Do not wait to hear from Beacon.');
  });
});
