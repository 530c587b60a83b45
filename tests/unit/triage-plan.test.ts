import { describe, expect, it } from 'vitest';
import { allCompleteAnswers } from '../../src/lib/triage/all-answers.ts';
import { planFor, type Answers } from '../../src/lib/triage/index.ts';
import { LINK_LABELS, PHISHING_MAILTO } from '../../src/lib/triage/links.ts';

const ids = (a: Answers) => planFor(a).steps.map((s) => s.id);
const step = (a: Answers, id: string) => planFor(a).steps.find((s) => s.id === id);
const no = { danger: 'no' } as const;
const paid = (payment: NonNullable<Answers['payment']>, when: NonNullable<Answers['when']>): Answers => ({
  ...no,
  situation: 'paid-or-shared',
  payment,
  when,
});
const contacted = (channel: NonNullable<Answers['channel']>, rest: Answers = {}): Answers => ({
  ...no,
  situation: 'contacted',
  channel,
  engaged: 'no',
  shaken: 'no',
  ...rest,
});
const PAYMENTS = ['bank-transfer', 'card', 'cash', 'gift-cards-or-crypto', 'details-only'] as const;

describe('the plan rules', () => {
  it('puts 999 first when anyone is in danger, with 999 as its number', () => {
    expect(ids({ danger: 'yes' })[0]).toBe('call-999');
    expect(step({ danger: 'yes' }, 'call-999')?.contact).toBe('emergency');
  });

  it('puts 999 first in danger even if the address also says what happened', () => {
    expect(ids({ danger: 'yes', situation: 'paid-or-shared', payment: 'card', when: 'today' })[0]).toBe('call-999');
  });

  it('puts your bank first, then Report Fraud, then the money-back page, whenever money was sent', () => {
    for (const payment of PAYMENTS) {
      for (const when of ['today', 'this-week', 'longer'] as const) {
        const list = ids(paid(payment, when));
        expect(list[0]).toBe('bank');
        expect(list.indexOf('report-fraud')).toBe(1);
        expect(list.indexOf('money-back')).toBeGreaterThan(1);
      }
    }
  });

  it('calls 159 or the number on the card for the bank, at once when it happened today', () => {
    const today = step(paid('bank-transfer', 'today'), 'bank');
    expect(today?.contact).toBe('bank');
    expect(today?.text).toMatch(/^Call your bank now\. Do not wait\./);
    expect(today?.text).toContain('159, or the number on the back of your card');
    expect(step(paid('card', 'this-week'), 'bank')?.text).toMatch(/^Call your bank today\./);
    expect(step(paid('card', 'longer'), 'bank')?.text).toMatch(/^Call your bank\./);
  });

  it('sends the money-back step to the money-back page and Report Fraud to its number', () => {
    expect(step(paid('card', 'today'), 'money-back')?.href).toBe('/advice/get-your-money-back/');
    expect(step(paid('card', 'today'), 'report-fraud')?.contact).toBe('report-fraud');
  });

  it('puts the bank first when a message led to paying or giving details', () => {
    for (const channel of ['phone', 'text', 'email', 'letter', 'online'] as const) {
      const list = ids(contacted(channel, { engaged: 'yes', gave: 'yes' }));
      expect(list.slice(0, 2)).toEqual(['bank', 'report-fraud']);
      expect(list).toContain('money-back');
    }
  });

  it('forwards a scam text to 7726', () => {
    expect(ids(contacted('text'))[0]).toBe('forward-text');
    expect(step(contacted('text'), 'forward-text')?.contact).toBe('scam-text');
  });

  it('forwards a scam email to report@phishing.gov.uk, as a mailto: link', () => {
    expect(ids(contacted('email'))[0]).toBe('forward-email');
    expect(step(contacted('email'), 'forward-email')?.href).toBe(PHISHING_MAILTO);
    expect(PHISHING_MAILTO).toBe('mailto:report@phishing.gov.uk');
  });

  it('reports a scam call, letter or online message to Report Fraud even without a loss', () => {
    for (const channel of ['phone', 'letter', 'online'] as const)
      expect(ids(contacted(channel))).toContain('report-fraud');
    // A text or email is reported by forwarding it.
    for (const channel of ['text', 'email'] as const) expect(ids(contacted(channel))).not.toContain('report-fraud');
  });

  it('tells the police on 101 about a caller who has gone', () => {
    const a: Answers = { ...no, situation: 'caller-was-here', shaken: 'no' };
    expect(ids(a)[0]).toBe('police-101');
    expect(step(a, 'police-101')?.contact).toBe('police');
  });

  it('keeps the door shut and has 999 ready when someone is at the door now', () => {
    const a: Answers = { ...no, situation: 'at-door-now' };
    expect(ids(a).slice(0, 2)).toEqual(['keep-door-shut', 'call-999-if-they-stay']);
    expect(step(a, 'call-999-if-they-stay')?.contact).toBe('emergency');
  });

  it('sends agreed work to the cancellation check first, then Citizens Advice', () => {
    for (const when of ['today', 'this-week', 'longer'] as const) {
      const a: Answers = { ...no, situation: 'agreed-work', when, shaken: 'no' };
      expect(ids(a).slice(0, 2)).toEqual(['cancel', 'citizens-advice']);
      expect(step(a, 'cancel')?.href).toBe('/can-i-still-cancel/');
      expect(step(a, 'citizens-advice')?.contact).toBe('citizens-advice');
    }
    // Long ago, the 14 days may still run if the trader never gave the cancellation information.
    expect(step({ ...no, situation: 'agreed-work', when: 'longer' }, 'cancel')?.text).toContain('12 months');
  });

  it('sends worries about someone else to the helping page and a Beacon referral they agree to', () => {
    for (const theirs of ['yes', 'no', 'not-sure'] as const) {
      const a: Answers = { ...no, situation: 'someone-else', 'their-money': theirs };
      expect(step(a, 'helping-someone')?.href).toBe('/advice/helping-someone-you-care-about/');
      const referral = step(a, 'beacon-referral');
      expect(referral?.href).toBe('/get-help/refer-yourself-to-beacon/');
      expect(referral?.text).toContain('if they agree');
    }
    expect(ids({ ...no, situation: 'someone-else', 'their-money': 'yes' })[0]).toBe('bank');
  });

  it('offers Beacon to anyone who has lost money or feels shaken, and not as a step otherwise', () => {
    for (const payment of PAYMENTS) expect(ids(paid(payment, 'today'))).toContain('beacon');
    expect(ids(contacted('phone', { engaged: 'yes', gave: 'yes' }))).toContain('beacon');
    expect(ids(contacted('text', { shaken: 'yes' }))).toContain('beacon');
    expect(ids({ ...no, situation: 'agreed-work', when: 'today', shaken: 'yes' })).toContain('beacon');
    expect(ids({ ...no, situation: 'caller-was-here', shaken: 'yes' })).toContain('beacon');
    expect(ids(contacted('text'))).not.toContain('beacon');
    expect(ids({ ...no, situation: 'caller-was-here', shaken: 'no' })).not.toContain('beacon');
  });

  it('gives every complete path a plan of a few steps, each id once, every link labelled', () => {
    for (const answers of allCompleteAnswers()) {
      const steps = planFor(answers).steps;
      expect(steps.length).toBeGreaterThanOrEqual(1);
      expect(steps.length).toBeLessThanOrEqual(6);
      expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
      for (const s of steps) {
        expect(s.contact !== undefined || s.href !== undefined, s.id).toBe(true);
        for (const href of [s.href, s.more].filter(Boolean)) expect(LINK_LABELS[href!], href).toBeDefined();
      }
    }
  });
});
