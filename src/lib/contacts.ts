/**
 * Every phone number and reporting address the site shows, in one place so an operator can check them.
 * Markdown advice refers to them as {{tel:ID}} (a tel: link showing the number) or {{name:ID}}.
 * `verified: false` marks a number FACTS.md could not confirm: check it before going live (see README).
 */
export interface Contact {
  /** The service, as residents know it. */
  name: string;
  /** The number as it is written and read aloud, e.g. "0300 123 2040". */
  display: string;
  /** When to call, in a few words. */
  when: string;
  /** False where the number is widely published but not confirmed for this site. */
  verified: boolean;
}

export const CONTACTS = {
  emergency: {
    name: 'Police emergency',
    display: '999',
    when: 'Someone at the door now who will not leave, or you feel threatened',
    verified: true,
  },
  police: {
    name: 'Police non-emergency',
    display: '101',
    when: 'To tell the police about suspicious callers',
    verified: true,
  },
  'report-fraud': { name: 'Report Fraud', display: '0300 123 2040', when: 'To report a scam or fraud', verified: true },
  bank: {
    name: 'Your bank (159)',
    display: '159',
    when: 'If you think a call from your bank is a scam',
    verified: true,
  },
  'scam-text': {
    name: 'Forward scam texts',
    display: '7726',
    when: 'Forward a scam text message, free',
    verified: true,
  },
  'citizens-advice': {
    name: 'Citizens Advice consumer helpline',
    display: '0808 223 1133',
    when: 'Problems with a trader; it passes cases to Trading Standards',
    verified: true,
  },
  'victim-support': {
    name: 'Victim Support',
    display: '08 08 16 89 111',
    when: 'Free support, any time, day or night',
    verified: true,
  },
  beacon: {
    name: 'Beacon',
    display: '03000 11 55 55',
    when: 'Free support in Hertfordshire after any crime or scam',
    verified: false,
  },
  'trading-standards': {
    name: 'Hertfordshire Trading Standards',
    display: '01707 292429',
    when: 'Trading Standards in Hertfordshire',
    verified: false,
  },
} as const satisfies Record<string, Contact>;

export type ContactId = keyof typeof CONTACTS;

/** The address to email scam emails to, and the website of Report Fraud. */
export const PHISHING_EMAIL = 'report@phishing.gov.uk';
export const REPORT_FRAUD_WEBSITE = 'https://www.reportfraud.police.uk';

export function isContactId(id: string): id is ContactId {
  return Object.hasOwn(CONTACTS, id);
}

/** The tel: URI for a displayed UK number: digits only, so screen readers and diallers agree. */
export function telHref(display: string): string {
  return `tel:${display.replace(/[^0-9+]/g, '')}`;
}
