import type { Answers } from './questions.ts';
import { bankStep, cancelStep, STEPS, type Step } from './steps.ts';
import { relevantAnswers } from './navigator.ts';

/**
 * The plan for a set of answers: numbered steps, most urgent first. The rules (each unit-tested):
 * danger → 999 first; money sent or details given → your bank first, then Report Fraud, then the
 * money-back page; a scam text → 7726; a scam email → report@phishing.gov.uk; a caller who has gone → 101;
 * agreed work at home → the cancellation check and Citizens Advice; someone else → the helping page and a
 * Beacon referral made with their agreement; lost money or shaken → Beacon.
 */
export const PLAN_HEADING = 'Your plan: what to do now';

export interface Plan {
  steps: Step[];
}

function contacted(a: Answers): Step[] {
  const gave = a.engaged === 'yes' && a.gave === 'yes';
  const channel: Record<NonNullable<Answers['channel']>, Step> = {
    phone: STEPS.phoneCall,
    text: STEPS.forwardText,
    email: STEPS.forwardEmail,
    letter: STEPS.letter,
    online: STEPS.online,
  };
  const first = a.channel ? channel[a.channel] : null;
  // A text or email is reported by forwarding it; anything else, or any loss, goes to Report Fraud too.
  const report = gave || (a.channel !== 'text' && a.channel !== 'email');
  const steps: (Step | null | false)[] = gave
    ? [bankStep('now', 'unknown'), STEPS.reportFraud, first, STEPS.passwords, STEPS.moneyBack, STEPS.beacon]
    : [first, report && STEPS.reportFraud, a.shaken === 'yes' && STEPS.beacon];
  return steps.filter((s): s is Step => Boolean(s));
}

function situationSteps(a: Answers): Step[] {
  switch (a.situation) {
    case 'at-door-now':
      return [STEPS.doorShut, STEPS.call999IfStay, STEPS.checkId, STEPS.police101After, STEPS.beaconIfShaken];
    case 'caller-was-here':
      return [STEPS.police101, STEPS.call999IfBack, STEPS.paidTheCaller, ...(a.shaken === 'yes' ? [STEPS.beacon] : [])];
    case 'contacted':
      return contacted(a);
    case 'paid-or-shared': {
      const payment = a.payment ?? 'unknown';
      return [
        bankStep(a.when ?? 'now', payment),
        STEPS.reportFraud,
        ...(payment === 'details-only' ? [STEPS.passwords] : []),
        STEPS.moneyBack,
        STEPS.beacon,
      ];
    }
    case 'agreed-work':
      return [
        cancelStep(a.when ?? 'today'),
        STEPS.citizensAdvice,
        STEPS.paidTrader,
        ...(a.shaken === 'yes' ? [STEPS.beacon] : []),
      ];
    case 'someone-else':
      if (a['their-money'] === 'yes') {
        return [STEPS.theirBank, STEPS.theirReport, STEPS.helping, STEPS.moneyBack, STEPS.beaconReferral];
      }
      return [STEPS.helping, ...(a['their-money'] === 'not-sure' ? [STEPS.theirBankIfLost] : []), STEPS.beaconReferral];
    default:
      return [];
  }
}

/** The plan for these answers. Answers to questions that would not be asked are ignored. */
export function planFor(answers: Answers): Plan {
  const a = relevantAnswers(answers);
  if (a.danger === 'yes') return { steps: [STEPS.call999, STEPS.lockDoors, STEPS.whenSafe, STEPS.beacon] };
  return { steps: situationSteps(a) };
}
