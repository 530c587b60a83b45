import { numberWithHoursText } from '../contacts/tokens.ts';

/** What the person is told when their referral could not be sent, each with another way to reach Beacon. */

const callBeacon = `call Beacon on ${numberWithHoursText('beacon')}`;

function minutes(seconds: number): string {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return m === 1 ? '1 minute' : `${m} minutes`;
}

export const PROBLEMS = {
  storage: `Sorry, we could not take your answers just now. Your answers are still here. Try again in a few minutes, or ${callBeacon}.`,
  configuration: `Sorry, this form is not working at the moment. Your answers are still here. Please ${callBeacon}.`,
  otherSite: 'This form can only be sent from this website.',
  invalid: 'There is a problem with your answers. Check them and try again.',
  rateLimited: (retryAfterSeconds: number): string =>
    `You have sent this form too many times. Try again in ${minutes(retryAfterSeconds)}, or ${callBeacon}.`,
} as const;
