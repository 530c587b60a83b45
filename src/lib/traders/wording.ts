import { CONTACTS, type ContactId } from '../contacts/contacts.ts';
import type { Status } from './status.ts';
import { shortWrittenDate } from '../calendar-date.ts';

/**
 * Every word the trader check shows, in one place: the components use them and so do the results page's
 * titles. Plain English; status always in words, never colour alone.
 */

export const RESULTS_PATH = '/check-a-trader/results/';
export const CHECK_PATH = '/check-a-trader/';

export const LABELS = {
  searchHeading: 'Find an approved trader',
  q: 'Business name (optional)',
  qHint: 'All or part of the name, like Puddleby',
  trade: 'Trade (optional)',
  tradeHint: 'For example, roofer, plumber or electrician',
  postcode: 'Postcode or town (optional)',
  postcodeHint: 'Your postcode, like AL10 9AB, or your town or village, like Hatfield',
  search: 'Find traders',
  memberHeading: 'Check a membership number',
  member: 'Membership number',
  memberHint: 'It is on the trader’s ID card or paperwork, like BWC-10234',
  check: 'Check number',
} as const;

export const STATUS_TAG: Record<Status, string> = {
  approved: 'Approved',
  suspended: 'Suspended',
  expired: 'Membership ended',
};

/** One sentence under the tag: what the status means for the resident. */
export function statusSentence(status: Status, expiresOn: string): string {
  switch (status) {
    case 'approved':
      return `An approved Buy With Confidence member until ${shortWrittenDate(expiresOn)}.`;
    case 'suspended':
      return 'This membership is suspended. The trader is not approved now. Check them another way before you agree to anything.';
    case 'expired':
      return `This membership ended on ${shortWrittenDate(expiresOn)}. The trader is not approved now.`;
  }
}

/**
 * Not being a member does not make a trader a rogue (TrustMark says so of its own scheme), so this names the
 * other checks instead of telling residents to turn the trader away. What never changes: a trader who
 * knocked on the door is not to be used, scheme card or not.
 */
export const NOT_LISTED = {
  heading: 'Not on the list?',
  text: `That does not make them a rogue trader. But check them another way before you agree to anything: look for them on TrustMark or Which? Trusted Traders, ask people they have worked for, and get written quotes. Never use anyone who knocked on your door, even if they show a scheme card. For advice, call the ${CONTACTS['citizens-advice'].name} on`,
  contact: 'citizens-advice',
} as const satisfies { heading: string; text: string; contact: ContactId };

export const SAMPLE_NOTICE =
  'Sample data: the traders here are made up, to show how the check works. They are not real businesses.';

export const CALL_SAFELY = 'Phone the trader on the number shown here, not a number they give you.';

/** "12 approved traders found" and the like. */
export function countSentence(total: number, all: boolean): string {
  const kind = all ? 'trader' : 'approved trader';
  if (total === 0) return `No ${kind}s found`;
  return `${total.toLocaleString('en-GB')} ${kind}${total === 1 ? '' : 's'} found`;
}

/** What was searched for, as a phrase: "roofer near AL10", "named “Puddleby”". */
export function searchPhrase(query: { q: string | null; trade: string | null; postcode: string | null }): string {
  const parts: string[] = [];
  if (query.q) parts.push(`named “${query.q}”`);
  if (query.trade) parts.push(`for ${query.trade}`);
  if (query.postcode) parts.push(`covering ${query.postcode}`);
  return parts.join(', ');
}

export const MEMBER_NOT_FOUND = (typed: string) => `No member has the number ${typed}.`;
export const MEMBER_NOT_FOUND_HINT =
  'Check you typed it as it is on the card. If it is right, no Buy With Confidence member has this number, so do not rely on the card.';
export const UNAVAILABLE = 'The trader check is not working just now. Try again in a few minutes.';
