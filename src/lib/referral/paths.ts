/** Where the referral journey lives. The shell is a build-time page the function fills for no-JS answers. */
export const REFERRAL_PAGE = '/get-help/refer-yourself-to-beacon/';
export const REFERRAL_SHELL = '/get-help/refer-yourself-to-beacon/answer/';
const CONFIRMATION_PAGE = '/get-help/refer-yourself-to-beacon/confirmation/';
export const REFERRAL_ENDPOINT = '/api/referral';

export function confirmationUrl(reference: string): string {
  return `${CONFIRMATION_PAGE}?reference=${encodeURIComponent(reference)}`;
}
