import { describe, expect, it } from 'vitest';
import { contactTokensToText, expandContactTokens } from '../../src/lib/contact-tokens.ts';
import { CONTACTS, telHref } from '../../src/lib/contacts.ts';

describe('contact tokens', () => {
  it('turns {{tel:id}} into the number in full with a tel: link', () => {
    expect(expandContactTokens('Call {{tel:report-fraud}} now.')).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'tel', text: '0300 123 2040', href: 'tel:03001232040' },
      { kind: 'text', text: ' now.' },
    ]);
  });

  it('turns {{name:id}} into the service name', () => {
    expect(contactTokensToText('Ask {{name:beacon}} on {{tel:beacon}}')).toBe('Ask Beacon on 03000 11 55 55');
  });

  it('fails on an unknown contact so a typo cannot reach a page', () => {
    expect(() => expandContactTokens('{{tel:bacon}}')).toThrow('Unknown contact "bacon"');
  });

  it('leaves text without tokens alone', () => {
    expect(contactTokensToText('No numbers here.')).toBe('No numbers here.');
  });

  it('makes tel: links of digits only for every contact', () => {
    for (const c of Object.values(CONTACTS)) expect(telHref(c.display)).toMatch(/^tel:\d{3,11}$/);
  });
});
