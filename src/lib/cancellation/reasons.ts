/**
 * Why the 14-day right does not cover a contract, in plain words (reading age about 9). Each reason that
 * turns on something the trader may claim (that the goods were made for you, that you asked for an urgent
 * repair) says what to do if the trader is wrong: ask Citizens Advice, and cancel in writing anyway, which
 * costs nothing if the right does apply. The helpline's number and hours are shown beside these reasons by
 * the page, from contacts.ts, so no number is written here.
 */

export type NoRightReason =
  'before-regulations' | 'not-off-premises' | 'price-42-or-less' | 'made-to-specification' | 'urgent-repair';

/** The reasons a trader may claim, and the resident may doubt. */
export const EXCLUSIONS: readonly NoRightReason[] = ['made-to-specification', 'urgent-repair'];

const IF_IN_DOUBT =
  'If you are not sure, or the trader only says so, ask Citizens Advice. To be safe, cancel in writing anyway, before the 14 days end.';

export const NO_RIGHT_REASONS: Record<NoRightReason, string> = {
  'before-regulations':
    'These cancellation rules cover contracts made on or after 13 June 2014. Ask Citizens Advice about an older contract.',
  'not-off-premises':
    'The 14-day right to cancel a doorstep contract covers contracts agreed away from the trader’s premises, such as in your home. It also covers a contract agreed at their shop or office straight after the trader came up to you at home or in the street (regulation 5). A contract you agreed at their shop or office without that does not have this right.',
  'price-42-or-less':
    'The price is £42 or less. The 14-day right to cancel does not cover doorstep contracts of £42 or less (regulation 27(3)).',
  'made-to-specification': `The 14-day right to cancel does not cover goods made to your own measurements or choices, or clearly personalised for you. Examples are made-to-measure windows, or a stairlift made for curved stairs (regulation 28(1)(b)). ${IF_IN_DOUBT}`,
  'urgent-repair': `The 14-day right to cancel does not cover an urgent repair that you asked the trader to come and do, like a bad water leak (regulation 28(1)(e)). It still covers any other work or goods they sold you while they were there. If you did not ask them to come, or the work was not urgent, this does not apply. ${IF_IN_DOUBT}`,
};
