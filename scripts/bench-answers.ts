import { EXAMPLE_ANSWERS } from '../src/lib/referral/fields.ts';

/** The referral both referral benchmarks send: the one complete referral (fields.ts), named for the bench. */
export const BENCH_ANSWERS = { ...EXAMPLE_ANSWERS, name: 'Bench Marker', description: 'A load test referral.' };
