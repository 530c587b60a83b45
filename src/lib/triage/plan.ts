import type { Answers } from './questions.ts';
import { bankStep, cancelStep, MONEY_STEPS as M, type BankAsk } from './money-steps.ts';
import { forwardStep, STEPS as S, type Step } from './steps.ts';
import { relevantAnswers, skippedAnswers } from './navigator.ts';

/**
 * The plan for a set of answers: numbered steps, most urgent first. The rules (each unit-tested, and
 * walked through residents' own words in tests/triage/scenarios.ts):
 * - danger, or a "courier" coming to collect → 999 first (police and banks never send couriers); danger
 *   asks nothing more, but when the answers also say money was sent or details given, the bank once safe;
 * - cash handed over in person → 999 if they are near or coming back, otherwise 101 now;
 * - something taken from the home → 999;
 * - money sent or details given → your bank first, then Report Fraud, then the money-back page; gift
 *   cards → the card company first, since it may freeze the money;
 * - a code told or a device let in → the bank, the device, passwords; a link clicked → check the device;
 * - a scam text → the scam-text number, a scam email → the phishing address (both from contacts.ts),
 *   deleted only when nothing was lost;
 * - a caller who has gone → 101; at the door → 999 for a suspected rogue trader;
 * - agreed work → the cancellation check and Citizens Advice (the bank first for a transfer today);
 * - someone else → 999 or 101 when they are still targeted, the helping page, a Beacon referral made
 *   with their agreement; lost money or shaken → Beacon.
 */
export const PLAN_HEADING = 'Your plan: what to do now';

export interface Plan {
  steps: Step[];
}

type Maybe = Step | null | false | undefined;
const only = (steps: Maybe[]): Step[] => steps.filter((s): s is Step => Boolean(s));

function contacted(a: Answers): Step[] {
  const gave = a.engaged === 'yes' ? (a.gave ?? 'no') : 'no';
  // Keep the message when something was lost or given: the bank or the police may want to see it.
  const keep = gave === 'yes' || gave === 'code' || gave === 'access';
  const channel: Record<NonNullable<Answers['channel']>, Step> = {
    phone: keep ? S.phoneCallAfterBank : S.phoneCall,
    text: forwardStep('text', keep),
    email: forwardStep('email', keep),
    letter: S.letter,
    online: S.online,
  };
  const first = a.channel ? channel[a.channel] : null;
  // A text or email is reported by forwarding it; anything else, or any loss, goes to Report Fraud too.
  const report = keep || (a.channel !== 'text' && a.channel !== 'email');
  const shaken = a.shaken === 'yes' && S.beacon;
  switch (gave) {
    case 'yes':
      return only([bankStep('now', 'unknown'), S.reportFraud, first, M.passwords, M.moneyBack, S.beacon]);
    case 'code':
      return only([bankStep('now', 'code'), M.passwords, S.reportFraud, first, shaken]);
    case 'access':
      return only([bankStep('now', 'access'), M.checkDevice, M.passwordsOtherDevice, S.reportFraud, first, shaken]);
    case 'clicked':
      return only([first, M.checkAfterClick, report && S.reportFraud, shaken]);
    case 'no':
      return only([first, report && S.reportFraud, shaken]);
  }
}

function callerWasHere(a: Answers): Step[] {
  const shaken = a.shaken === 'yes' && S.beacon;
  switch (a['took-or-paid']) {
    case 'took-something':
      return only([S.call999Taken, M.bankIfCards, shaken]);
    case 'cash':
      return only([S.call999IfNear, S.police101Cash, shaken]);
    case 'card-or-transfer':
      return only([bankStep('now', 'unknown'), S.police101, S.call999IfBack, shaken]);
    default:
      return only([S.police101, S.call999IfBack, S.agreedWithCaller, shaken]);
  }
}

function paidOrShared(a: Answers): Step[] {
  const when = a.when ?? 'now';
  switch (a.payment) {
    case 'cash':
      // Cash is outside the bank refund rules: the police can act on it, so they come first.
      return [S.call999IfNear, S.police101Cash, bankStep(when, 'cash'), S.reportFraud, S.beacon];
    case 'gift-cards-or-crypto':
      return [M.giftCards, bankStep(when, 'gift-cards-or-crypto'), S.reportFraud, M.moneyBack, S.beacon];
    case 'details-only':
      return [bankStep(when, 'details-only'), S.reportFraud, M.passwords, M.checkDevice, M.moneyBack, S.beacon];
    default:
      return [bankStep(when, a.payment ?? 'unknown'), S.reportFraud, M.moneyBack, S.beacon];
  }
}

function agreedWork(a: Answers): Step[] {
  const when = a.when ?? 'today';
  const cancel = cancelStep(when, a.paid);
  const shaken = a.shaken === 'yes' && S.beacon;
  switch (a.paid) {
    case 'bank-transfer': {
      // Hours matter for a transfer made today: the bank first, then the 14 days.
      const bank = bankStep(when, 'bank-transfer');
      return only(
        when === 'today' ? [bank, cancel, S.citizensAdvice, shaken] : [cancel, bank, S.citizensAdvice, shaken],
      );
    }
    case 'card':
      return only([cancel, S.citizensAdvice, bankStep(when, 'card'), shaken]);
    case 'cash':
      return only([cancel, S.citizensAdvice, S.police101Trader, S.call999IfBack, shaken]);
    default:
      return only([cancel, S.citizensAdvice, shaken]);
  }
}

function someoneElse(a: Answers): Step[] {
  const police = a.targeted === 'now' ? S.call999Them : a.targeted === 'yes' && S.police101Them;
  switch (a['their-money']) {
    case 'yes':
      return only([police, M.theirBank, S.theirReport, S.helping, M.moneyBack, S.beaconReferral]);
    case 'not-sure':
      return only([police, S.helping, M.theirBankIfLost, S.beaconReferral]);
    default:
      return only([police, S.helping, S.beaconReferral]);
  }
}

function situationSteps(a: Answers): Step[] {
  switch (a.situation) {
    case 'at-door-now':
      return [S.doorShut, S.call999AtDoor, S.checkId, S.police101After, S.beaconIfShaken];
    case 'collection':
      return [S.call999Collection, S.noCouriers, M.bankCollection, S.beacon];
    case 'caller-was-here':
      return callerWasHere(a);
    case 'contacted':
      return contacted(a);
    case 'paid-or-shared':
      return paidOrShared(a);
    case 'agreed-work':
      return agreedWork(a);
    case 'someone-else':
      return someoneElse(a);
    default:
      return [];
  }
}

/**
 * What the bank should hear, when answers the danger question cut short say money was sent or details were
 * given (a bookmarked address, or answers given before someone said they were in danger); else null.
 */
function toldTheBank(told: Answers): BankAsk | null {
  if (told.payment) return told.payment;
  if (told.gave === 'code' || told.gave === 'access') return told.gave;
  if (told.gave === 'yes' || told['took-or-paid'] === 'card-or-transfer') return 'unknown';
  if (told.paid === 'bank-transfer' || told.paid === 'card') return told.paid;
  return told.situation === 'paid-or-shared' ? 'unknown' : null;
}

/** Someone in danger: 999 and safety first, no more questions; the bank once safe, if money went. */
function inDanger(told: Answers): Step[] {
  const bank = toldTheBank(told);
  return only([S.call999, S.lockDoors, bank && bankStep('safe', bank), S.whenSafe, S.beacon]);
}

/**
 * The plan for these answers. Answers to questions that would not be asked are ignored, but for someone in
 * danger, who is asked nothing more, what the other answers say about money still adds the bank.
 */
export function planFor(answers: Answers): Plan {
  const a = relevantAnswers(answers);
  if (a.danger === 'yes') return { steps: inDanger(skippedAnswers(answers)) };
  return { steps: situationSteps(a) };
}
