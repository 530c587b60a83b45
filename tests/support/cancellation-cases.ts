import type { CancellationInput } from '../../src/lib/cancellation.ts';

/** The worked example the calculator's tests start from: a £4,000 driveway agreed at home on 2 December 2025. */
export const driveway: CancellationInput = {
  agreedOn: '2025-12-02',
  kind: 'services',
  price: 4000,
  offPremises: true,
  infoGiven: true,
};
