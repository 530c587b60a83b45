import { describe, expect, it } from 'vitest';
import { askedFields, EXAMPLE_ANSWERS, OPTIONAL_FIELDS } from '../../src/lib/referral/fields.ts';
import type { Answers, FieldName } from '../../src/lib/referral/schema.ts';
import { validateReferral } from '../../src/lib/referral/validate.ts';

/** The one complete referral (fields.ts), with only what it asks, nothing optional answered, no one told. */
const example = { ...EXAMPLE_ANSWERS, reportedTo: ['none'] };
const valid: Answers = Object.fromEntries(
  askedFields(example)
    .filter((field) => !OPTIONAL_FIELDS.includes(field))
    .map((field) => [field, example[field]]),
);

/** The message for one field when the rest of the referral is valid. */
function messageFor(overrides: Record<string, unknown>, field: FieldName): string | undefined {
  const result = validateReferral({ ...valid, ...overrides });
  return result.ok ? undefined : result.fields[field];
}

function dataFor(overrides: Record<string, unknown>) {
  const result = validateReferral({ ...valid, ...overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.fields));
  return result.data;
}

describe('the referral schema', () => {
  it('accepts a complete referral and fills optional answers with empty text', () => {
    const data = dataFor({});
    expect(data).toMatchObject({ name: 'Ada Example', bestTime: '', description: '', email: '', reportedTo: ['none'] });
    expect(data).not.toHaveProperty('website');
    expect(data).not.toHaveProperty('submissionId');
  });

  it.each([
    ['forWhom', undefined, 'Select who needs support'],
    ['forWhom', 'me', 'Select who needs support'],
    ['name', undefined, 'Enter your name'],
    ['name', '   ', 'Enter your name'],
    ['name', 42, 'Enter your name'],
    ['name', 'x'.repeat(101), 'Name must be 100 characters or fewer'],
    ['contactMethod', 'carrier pigeon', 'Select how Beacon should contact you'],
    ['safeToLeaveMessage', 'maybe', 'Select yes if it is safe for Beacon to leave a message'],
    ['whatHappened', undefined, 'Select what happened'],
    ['lostMoney', 'lots', 'Select if you lost any money'],
    ['feelUnsafe', true, 'Select yes if you feel unsafe now'],
    ['consent', 'no', 'Tick the box to agree to send your answers to Beacon'],
    ['consent', undefined, 'Tick the box to agree to send your answers to Beacon'],
    ['bestTime', 'x'.repeat(101), 'Best time must be 100 characters or fewer'],
    ['description', 'x'.repeat(1501), 'What happened must be 1,500 characters or fewer'],
    ['whenHappened', 'x'.repeat(101), 'When it happened must be 100 characters or fewer'],
    ['submissionId', 'not-a-uuid', 'Submission ID must be a UUID'],
  ] as const)('rejects %s = %j with "%s"', (field, value, message) => {
    expect(messageFor({ [field]: value }, field)).toBe(message);
  });

  it.each([
    [[], "Select who you have told, or select 'No one yet'"],
    [['none', 'police'], "Select 'No one yet' on its own, or only the people you have told"],
    [['friends'], 'Select who you have told'],
    [{ police: true }, 'Select who you have told'],
  ])('rejects reportedTo = %j', (value, message) => {
    expect(messageFor({ reportedTo: value }, 'reportedTo')).toBe(message);
  });

  it('accepts reportedTo as a single value or a list, in a fixed order without repeats', () => {
    expect(dataFor({ reportedTo: 'bank' }).reportedTo).toEqual(['bank']);
    expect(dataFor({ reportedTo: ['bank', 'police', 'bank'] }).reportedTo).toEqual(['police', 'bank']);
  });

  it('keeps a crime reference only next to the police or Report Fraud', () => {
    expect(dataFor({ reportedTo: ['police'], crimeReference: ' 41/1234 ' }).crimeReference).toBe('41/1234');
    expect(dataFor({ reportedTo: ['bank'], crimeReference: '41/1234' }).crimeReference).toBe('');
    expect(messageFor({ reportedTo: ['report-fraud'], crimeReference: 'x'.repeat(51) }, 'crimeReference')).toBe(
      'Reference number must be 50 characters or fewer',
    );
  });

  describe('the contact detail for the chosen method', () => {
    it.each([
      ['01632 960 001', '01632 960 001'],
      ['+44 (0)7700-900-982', '+44 (0)7700-900-982'],
      ['  07700900982  ', '07700900982'],
    ])('accepts the phone number %j', (phone, kept) => {
      expect(dataFor({ phone }).phone).toBe(kept);
    });

    it.each([
      [undefined, 'Enter your phone number'],
      ['', 'Enter your phone number'],
      ['12345', 'Enter a phone number, like 01632 960 001 or 07700 900 982'],
      ['call me on 01632960001', 'Enter a phone number, like 01632 960 001 or 07700 900 982'],
      ['1'.repeat(16), 'Enter a phone number, like 01632 960 001 or 07700 900 982'],
    ])('rejects the phone number %j', (phone, message) => {
      expect(messageFor({ phone }, 'phone')).toBe(message);
    });

    it('requires a valid email address when email is chosen, and stores it in lower case', () => {
      expect(messageFor({ contactMethod: 'email' }, 'email')).toBe('Enter your email address');
      expect(messageFor({ contactMethod: 'email', email: 'ada@' }, 'email')).toBe(
        'Enter an email address in the correct format, like name@example.com',
      );
      expect(dataFor({ contactMethod: 'email', email: ' Ada@Example.COM ' }).email).toBe('ada@example.com');
    });

    it('requires an address and a UK postcode when a letter is chosen, and formats the postcode', () => {
      expect(messageFor({ contactMethod: 'post' }, 'address')).toBe('Enter your address');
      expect(messageFor({ contactMethod: 'post' }, 'postcode')).toBe('Enter your postcode');
      expect(messageFor({ contactMethod: 'post', postcode: '90210' }, 'postcode')).toBe(
        'Enter a full UK postcode, like AL10 9AB',
      );
      const data = dataFor({ contactMethod: 'post', address: '1 High St\r\n\r\n\r\nHatfield', postcode: 'al109ab' });
      expect(data).toMatchObject({ address: '1 High St\n\nHatfield', postcode: 'AL10 9AB' });
    });

    it('drops the details of the methods not chosen, even when they are invalid', () => {
      const data = dataFor({ email: 'not an email', address: '1 High St', postcode: 'nonsense' });
      expect(data).toMatchObject({ phone: '01632 960 001', email: '', address: '', postcode: '' });
    });
  });

  it('lists every problem at once, including the contact detail', () => {
    const result = validateReferral({ contactMethod: 'email', email: 'nope' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fields)).toEqual([
      'forWhom',
      'name',
      'email',
      'safeToLeaveMessage',
      'whatHappened',
      'lostMoney',
      'reportedTo',
      'feelUnsafe',
      'consent',
    ]);
  });

  it('checks only the fields of one step when asked, and reports an incomplete referral with no fields', () => {
    expect(validateReferral({ name: '' }, ['name'])).toEqual({ ok: false, fields: { name: 'Enter your name' } });
    expect(validateReferral({ name: 'Ada' }, ['name'])).toEqual({ ok: false, fields: {} });
  });

  it('reads only own properties, so prototype keys cannot supply answers', () => {
    const polluted = JSON.parse('{"__proto__": {"consent": "yes"}}') as object;
    const result = validateReferral(Object.assign(polluted, { ...valid, consent: undefined }));
    expect(result.ok).toBe(false);
  });

  it('removes control and invisible characters and mends broken text', () => {
    const data = dataFor({ name: 'Ada\u0000 \u202eExample\ud800', description: 'Line one\u2028Line two\u0007' });
    expect(data.name).toBe('Ada Example\ufffd');
    expect(data.description).toBe('Line one\nLine two');
  });
});
