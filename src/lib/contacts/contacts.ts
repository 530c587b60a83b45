/**
 * Every phone number and reporting address the site shows, in one place so an operator can check them.
 * Markdown advice refers to them as {{tel:ID}} (a tel: link showing the number, with its hours when the line
 * is not always open) or {{name:ID}}. `verified: false` marks a number FACTS.md could not confirm, and
 * `hours.confirmed: false` hours no current page states: check both before going live (see README).
 */

/**
 * When a line answers. A frightened person at the weekend must not be sent to a closed line, so every number
 * records its hours, and where they are not known the site says what to do if it is closed.
 */
export type Hours =
  /** Answers all day, every day. */
  | { open: 'always'; source?: string }
  /**
   * Answers at set times, e.g. "Monday to Friday, 8am to 8pm"; `source` is the page that states them.
   * `confirmed: false` marks hours no current page states for certain: the site shows them as "usually …".
   */
  | { open: 'limited'; text: string; source?: string; confirmed: boolean }
  /**
   * No current page states the hours: the site never guesses them. `ifClosed` names a line that is always
   * open to suggest beside the number, for support lines a person may ring when they are most alone;
   * `otherwise` says in plain words what to do if the line does not connect (shown beside the number).
   */
  | { open: 'unknown'; ifClosed?: string; otherwise?: string };

export interface Contact {
  /** The service, as residents know it. */
  name: string;
  /** The number as it is written and read aloud, e.g. "0300 123 2040". */
  display: string;
  /** A second number the service gives for calls from a mobile, shown beside the first. */
  mobile?: string;
  /** When to call, in a few words. */
  when: string;
  /** When the line is open. */
  hours: Hours;
  /** What a call costs, where a source says (e.g. "free"); omitted where it isn't known. */
  cost?: string;
  /** False where the number is widely published but not confirmed for this site. */
  verified: boolean;
}

export const CONTACTS = {
  emergency: {
    name: 'Police emergency',
    display: '999',
    when: 'Someone at the door who will not leave or may be a rogue trader, someone is coming to collect money, or you feel threatened',
    hours: { open: 'always' },
    cost: 'free',
    verified: true,
  },
  police: {
    name: 'Police non-emergency',
    display: '101',
    when: 'To tell the police about suspicious callers',
    hours: { open: 'always' },
    // Free since 1 April 2020: the Home Office announcement "General public should not have to pay for 101
    // non-emergency calls from tomorrow" (https://www.wired-gov.net/wg/news.nsf/articles/General+public+should+not+have+to+pay+for+101+nonemergency+calls+from+tomorrow+01042020151000?open).
    cost: 'free',
    verified: true,
  },
  'report-fraud': {
    name: 'Report Fraud',
    display: '0300 123 2040',
    when: 'To report a scam or fraud. You can also report online at any time',
    hours: {
      open: 'limited',
      text: 'Monday to Friday, 8am to 8pm',
      // A Metropolitan Police alert announcing Report Fraud (December 2025); sources disagree (FACTS.md).
      source: 'https://www.metengage.co.uk/Alerts/A/367666',
      confirmed: false,
    },
    verified: true,
  },
  bank: {
    name: 'Your bank (159)',
    display: '159',
    when: 'If you think a call from your bank is a scam',
    // 159 passes the call to your own bank (https://www.stopscamsuk.org.uk/159), whose hours vary, and no page
    // states 159's own hours: never call it always open. The number on the card is the way in if it fails.
    hours: { open: 'unknown', otherwise: 'if 159 doesn’t connect, use the number on the back of your card' },
    verified: true,
  },
  'scam-text': {
    name: 'Forward scam texts',
    display: '7726',
    when: 'Forward a scam text message, free',
    hours: { open: 'always' },
    cost: 'free',
    verified: true,
  },
  'citizens-advice': {
    name: 'Citizens Advice consumer helpline',
    display: '0808 223 1133',
    when: 'Problems with a trader; it passes cases to Trading Standards',
    // FACTS.md gives these hours; no current Citizens Advice page in reach states them.
    hours: { open: 'limited', text: 'Monday to Friday, 9am to 5pm', confirmed: false },
    cost: 'free',
    verified: true,
  },
  'victim-support': {
    name: 'Victim Support',
    display: '08 08 16 89 111',
    when: 'Free support, any time, day or night',
    hours: { open: 'always' },
    cost: 'free',
    verified: true,
  },
  beacon: {
    name: 'Beacon',
    display: '03000 11 55 55',
    when: 'Free support in Hertfordshire after any crime or scam',
    hours: { open: 'unknown', ifClosed: 'victim-support' },
    verified: false,
  },
  'trading-standards': {
    name: 'Hertfordshire Trading Standards',
    display: '01707 292429',
    when: 'Trading Standards in Hertfordshire',
    hours: { open: 'unknown' },
    verified: false,
  },
  'financial-ombudsman': {
    name: 'Financial Ombudsman Service',
    display: '0800 023 4567',
    // The ombudsman's consumer leaflet gives both numbers
    // (https://www.financial-ombudsman.org.uk/publications/consumer-leaflet.htm); firms passing on its details
    // give 0300 123 9123 as the one for mobiles (e.g. https://www.crowdcube.com/explore/making-a-complaint).
    mobile: '0300 123 9123',
    when: 'If your bank or card company says no to your complaint about a scam',
    hours: {
      open: 'limited',
      text: 'Monday to Friday, 8am to 5pm',
      // The ombudsman's own FAQ "my complaint is urgent": "Our phone lines are open between 8am and 5pm, Monday to Friday".
      source: 'https://www.financial-ombudsman.org.uk/faqs/all/complaint-urgent',
      confirmed: true,
    },
    verified: true,
  },
  fca: {
    name: 'Financial Conduct Authority (FCA) consumer helpline',
    display: '0800 111 6768',
    when: 'To check a financial firm or loan broker, or to report a scam firm',
    hours: {
      open: 'limited',
      text: 'Monday to Friday, 8am to 6pm, and Saturday, 9am to 1pm',
      // The FCA's contact page gives the number as freephone and these hours (https://www.fca.org.uk/contact-us).
      source: 'https://www.fca.org.uk/contact-us',
      confirmed: true,
    },
    cost: 'free',
    verified: true,
  },
  'moneyhelper-pensions': {
    name: 'MoneyHelper pensions line',
    display: '0800 011 3797',
    when: 'Free, impartial help with pensions, from the government-backed MoneyHelper',
    // MoneyHelper's own pages give the number ("Our help is impartial and free to use") on its Pension
    // Safeguarding page (https://www.moneyhelper.org.uk/en/pensions-and-retirement/taking-your-pension/pension-safeguarding-how-pension-transfers-are-kept-safe-from-scams);
    // no page in reach states its hours or what a call costs.
    hours: { open: 'unknown' },
    verified: true,
  },
  'hmrc-scam-text': {
    name: 'Forward HMRC scam texts',
    display: '60599',
    when: 'Forward a text that says it is from HMRC, then delete it',
    // HMRC's own page gives the number and says network charges apply
    // (https://www.gov.uk/guidance/identify-hmrc-related-scam-phone-calls-emails-and-text-messages).
    hours: { open: 'always' },
    cost: 'network charges apply',
    verified: true,
  },
  tps: {
    name: 'Telephone Preference Service',
    display: '0345 070 0707',
    when: 'To register your number and stop sales calls; it is always free to register',
    // A BBC guide gives this number (https://www.bbc.co.uk/programmes/articles/3nhx5rnPFSJlbrpFZ6xDmnQ/how-to-avoid-nuisance-phone-calls);
    // no page in reach states its hours.
    hours: { open: 'unknown' },
    verified: true,
  },
} as const satisfies Record<string, Contact>;

export type ContactId = keyof typeof CONTACTS;

/** The address to email scam emails to. */
export const PHISHING_EMAIL = 'report@phishing.gov.uk';

export function isContactId(id: string): id is ContactId {
  return Object.hasOwn(CONTACTS, id);
}

/** The tel: URI for a displayed UK number: digits only, so screen readers and diallers agree. */
export function telHref(display: string): string {
  return `tel:${display.replace(/[^0-9+]/g, '')}`;
}
