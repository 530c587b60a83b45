/** The referral both referral benchmarks send: fictional, with an Ofcom drama number. */
export const BENCH_ANSWERS = {
  forWhom: 'self',
  name: 'Bench Marker',
  contactMethod: 'phone',
  phone: '01632 960 001',
  safeToLeaveMessage: 'yes',
  whatHappened: 'doorstep',
  description: 'A load test referral.',
  lostMoney: 'no',
  reportedTo: ['none'],
  feelUnsafe: 'no',
  consent: 'yes',
};
