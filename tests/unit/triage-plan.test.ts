import { describe, expect, it } from 'vitest';
import { allCompleteAnswers } from '../../src/lib/triage/all-answers.ts';
import { CONTACTS } from '../../src/lib/contacts/contacts.ts';
import { nextQuestion, planFor, QUESTIONS, type Answers } from '../../src/lib/triage/index.ts';
import { everyPlanAnswers, MAX_STEPS, pathProblem, planProblems, triageProblems } from '../../src/lib/triage/limits.ts';
import { linkLabel, PHISHING_MAILTO, triageUrl } from '../../src/lib/triage/links.ts';
import { STEPS as S } from '../../src/lib/triage/steps.ts';
import { adviceUrl } from '../../src/lib/advice/listing.ts';
import { readAdviceFiles } from '../../support/advice-files.ts';

/** Each advice page's title by address, read from its markdown (as the site's build reads it). */
const ADVICE_TITLES = new Map(readAdviceFiles().map((f) => [adviceUrl(f.slug), f.frontmatter.title]));

const ids = (a: Answers) => planFor(a).steps.map((s) => s.id);
const step = (a: Answers, id: string) => planFor(a).steps.find((s) => s.id === id);
const no = { danger: 'no' } as const;
const paid = (payment: NonNullable<Answers['payment']>, when: NonNullable<Answers['when']>): Answers => ({
  ...no,
  situation: 'paid-or-shared',
  payment,
  when,
});
const contacted = (channel: NonNullable<Answers['channel']>, rest: Answers = {}): Answers => ({
  ...no,
  situation: 'contacted',
  channel,
  engaged: 'no',
  shaken: 'no',
  ...rest,
});
const PAYMENTS = ['bank-transfer', 'card', 'cash', 'gift-cards-or-crypto', 'details-only'] as const;

describe('the plan rules', () => {
  it('puts 999 first when anyone is in danger, with 999 as its number', () => {
    expect(ids({ danger: 'yes' })[0]).toBe('call-999');
    expect(step({ danger: 'yes' }, 'call-999')?.contact).toBe('emergency');
  });

  it('puts 999 first in danger even if the address also says what happened', () => {
    expect(ids({ danger: 'yes', situation: 'paid-or-shared', payment: 'card', when: 'today' })[0]).toBe('call-999');
  });

  it('puts your bank first, then Report Fraud, then the money-back page, for a transfer, a card or details', () => {
    for (const payment of ['bank-transfer', 'card', 'details-only'] as const) {
      for (const when of ['today', 'this-week', 'longer'] as const) {
        const list = ids(paid(payment, when));
        expect(list[0]).toBe('bank');
        expect(list.indexOf('report-fraud')).toBe(1);
        expect(list.indexOf('money-back')).toBeGreaterThan(1);
      }
    }
  });

  it('sends cash handed over in person to the police: 999 if they are near or coming back, else 101 now', () => {
    for (const when of ['today', 'this-week', 'longer'] as const) {
      const list = ids(paid('cash', when));
      expect(list.slice(0, 3)).toEqual(['call-999-if-near', 'police-101', 'bank']);
      expect(step(paid('cash', when), 'call-999-if-near')?.contact).toBe('emergency');
      expect(step(paid('cash', when), 'call-999-if-near')?.text).toMatch(/near, or said they will come back/);
      expect(step(paid('cash', when), 'police-101')?.contact).toBe('police');
      expect(step(paid('cash', when), 'police-101')?.text).toMatch(/^Call 101 now if they have gone\./);
    }
  });

  it('sends gift cards to the card company first, which may freeze the money, then the bank', () => {
    const a = paid('gift-cards-or-crypto', 'today');
    expect(ids(a).slice(0, 3)).toEqual(['gift-card-company', 'bank', 'report-fraud']);
    expect(step(a, 'gift-card-company')?.text).toMatch(/^Call the gift card company now/);
    expect(step(a, 'gift-card-company')?.text).toContain('stop the money being spent');
    // Crypto bought through your own account is outside the refund rules: the bank is told that, and told anyway.
    expect(step(a, 'bank')?.text).toContain('your own crypto account first, the refund rules do not cover it');
  });

  it('calls 159 or the number on the card for the bank, at once when it happened today', () => {
    const bank = CONTACTS.bank.display;
    const today = step(paid('bank-transfer', 'today'), 'bank');
    expect(today?.contact).toBe('bank');
    expect(today?.text).toMatch(/^Call your bank now\. Do not wait\./);
    // 159 has no stated hours: never the only way to reach the bank.
    expect(today?.text).toContain(`Use ${bank}, or the number on the back of your card.`);
    expect(step(paid('card', 'this-week'), 'bank')?.text).toMatch(/^Call your bank today\./);
    expect(step(paid('card', 'longer'), 'bank')?.text).toMatch(/^Call your bank\./);
  });

  it('sends the money-back step to the money-back page and Report Fraud to its number', () => {
    expect(step(paid('card', 'today'), 'money-back')?.href).toBe('/advice/get-your-money-back/');
    expect(step(paid('card', 'today'), 'report-fraud')?.contact).toBe('report-fraud');
  });

  it('puts the bank first when a message led to paying or giving details', () => {
    for (const channel of ['phone', 'text', 'email', 'letter', 'online'] as const) {
      const list = ids(contacted(channel, { engaged: 'yes', gave: 'yes' }));
      expect(list.slice(0, 2)).toEqual(['bank', 'report-fraud']);
      expect(list).toContain('money-back');
    }
  });

  it('tells the bank, then changes passwords, when a code was told', () => {
    for (const channel of ['phone', 'text', 'email'] as const) {
      const a = contacted(channel, { engaged: 'yes', gave: 'code' });
      expect(ids(a).slice(0, 3)).toEqual(['bank', 'change-passwords', 'report-fraud']);
      expect(step(a, 'bank')?.text).toContain('Tell them you told someone a code.');
    }
  });

  it('tells the bank, cuts the device off and changes passwords elsewhere, when someone got on to it', () => {
    const a = contacted('phone', { engaged: 'yes', gave: 'access' });
    expect(ids(a).slice(0, 4)).toEqual(['bank', 'check-device', 'change-passwords', 'report-fraud']);
    expect(step(a, 'check-device')?.text).toMatch(/^Turn off the internet/);
    expect(step(a, 'change-passwords')?.text).toMatch(/^Change your passwords from a different computer or phone\./);
    // A device let in after paying for a fake fix: the same steps through "I have paid someone".
    expect(ids(paid('details-only', 'today'))).toEqual(expect.arrayContaining(['change-passwords', 'check-device']));
  });

  it('checks the device after a link was clicked, with nothing typed, and asks for no bank call', () => {
    const a = contacted('text', { engaged: 'yes', gave: 'clicked' });
    expect(ids(a).slice(0, 2)).toEqual(['forward-text', 'check-device']);
    expect(ids(a)).not.toContain('bank');
  });

  it('says delete a scam text or email only when nothing was lost; otherwise keep it as evidence', () => {
    for (const channel of ['text', 'email'] as const) {
      const id = channel === 'text' ? 'forward-text' : 'forward-email';
      for (const gave of ['no', 'clicked'] as const) {
        expect(step(contacted(channel, { engaged: 'yes', gave }), id)?.text).toContain('Then delete it.');
      }
      expect(step(contacted(channel), id)?.text).toContain('Then delete it.');
      for (const gave of ['yes', 'code', 'access'] as const) {
        const text = step(contacted(channel, { engaged: 'yes', gave }), id)?.text;
        expect(text).not.toMatch(/delete/i);
        expect(text).toContain('Keep it too. Your bank or the police may want to see it.');
      }
    }
  });

  it('forwards a scam text to 7726', () => {
    expect(ids(contacted('text'))[0]).toBe('forward-text');
    expect(step(contacted('text'), 'forward-text')?.contact).toBe('scam-text');
  });

  it('forwards a scam email to report@phishing.gov.uk, as a mailto: link', () => {
    expect(ids(contacted('email'))[0]).toBe('forward-email');
    expect(step(contacted('email'), 'forward-email')?.href).toBe(PHISHING_MAILTO);
    expect(PHISHING_MAILTO).toBe('mailto:report@phishing.gov.uk');
  });

  it('reports a scam call, letter or online message to Report Fraud even without a loss', () => {
    for (const channel of ['phone', 'letter', 'online'] as const)
      expect(ids(contacted(channel))).toContain('report-fraud');
    // A text or email is reported by forwarding it.
    for (const channel of ['text', 'email'] as const) expect(ids(contacted(channel))).not.toContain('report-fraud');
  });

  it('tells the police on 101 about a caller who has gone', () => {
    const a: Answers = { ...no, situation: 'caller-was-here', 'took-or-paid': 'no', shaken: 'no' };
    expect(ids(a)[0]).toBe('police-101');
    expect(step(a, 'police-101')?.contact).toBe('police');
  });

  it('calls 999 when a caller who has gone took something, or left with cash and may be near', () => {
    const took: Answers = { ...no, situation: 'caller-was-here', 'took-or-paid': 'took-something', shaken: 'no' };
    expect(ids(took).slice(0, 2)).toEqual(['call-999', 'bank-if-cards']);
    expect(step(took, 'call-999')?.contact).toBe('emergency');
    const cash: Answers = { ...no, situation: 'caller-was-here', 'took-or-paid': 'cash', shaken: 'no' };
    expect(ids(cash)).toEqual(['call-999-if-near', 'police-101']);
  });

  it('says call your bank now, first, to someone who paid a caller by card or transfer', () => {
    const a: Answers = { ...no, situation: 'caller-was-here', 'took-or-paid': 'card-or-transfer', shaken: 'no' };
    expect(ids(a)[0]).toBe('bank');
    expect(step(a, 'bank')?.text).toMatch(/^Call your bank now\./);
    expect(ids(a)).toContain('police-101');
  });

  it('keeps the door shut and calls 999 for a suspected rogue trader at the door, not only one who stays', () => {
    const a: Answers = { ...no, situation: 'at-door-now' };
    expect(ids(a).slice(0, 2)).toEqual(['keep-door-shut', 'call-999-at-door']);
    expect(step(a, 'call-999-at-door')?.contact).toBe('emergency');
    expect(step(a, 'call-999-at-door')?.text).toMatch(/^Call 999 if you think they are a rogue trader\./);
  });

  it('puts 999 first when a "courier" is coming to collect, and says police and banks never send one', () => {
    const a: Answers = { ...no, situation: 'collection' };
    expect(ids(a).slice(0, 3)).toEqual(['call-999', 'no-couriers', 'bank']);
    expect(step(a, 'call-999')?.contact).toBe('emergency');
    expect(step(a, 'no-couriers')?.text).toContain(
      'The police and banks never send anyone to collect cash, cards or gold.',
    );
    expect(step(a, 'no-couriers')?.href).toBe('/advice/courier-fraud-and-safe-account-scams/');
  });

  it('asks about a collection in the danger question too, and its plan says hand nothing over', () => {
    expect(QUESTIONS[0]?.hint).toContain('someone is coming to get money, a bank card or gold from you');
    expect(step({ danger: 'yes' }, 'lock-doors')?.text).toContain('do not hand anything over');
  });

  it('sends agreed work to the cancellation check first, then Citizens Advice', () => {
    for (const when of ['today', 'this-week', 'longer'] as const) {
      for (const paidBy of ['card', 'cash', 'not-yet'] as const) {
        const a: Answers = { ...no, situation: 'agreed-work', when, paid: paidBy, shaken: 'no' };
        expect(ids(a).slice(0, 2)).toEqual(['cancel', 'citizens-advice']);
        expect(step(a, 'cancel')?.href).toBe('/can-i-still-cancel/');
        expect(step(a, 'citizens-advice')?.contact).toBe('citizens-advice');
        // The calculator decides: the step never says "you can cancel" on a guess.
        expect(step(a, 'cancel')?.text).not.toMatch(/(^|\. )You can (still )?cancel|usually have 14 days/);
      }
    }
    // Long ago, the 14 days may still run if the trader never gave the cancellation information.
    expect(step({ ...no, situation: 'agreed-work', when: 'longer', paid: 'not-yet' }, 'cancel')?.text).toContain(
      '12 months',
    );
  });

  it('puts the bank first for agreed work paid by bank transfer today, and second otherwise', () => {
    const work = (when: NonNullable<Answers['when']>): Answers => ({
      ...no,
      situation: 'agreed-work',
      when,
      paid: 'bank-transfer',
      shaken: 'no',
    });
    expect(ids(work('today')).slice(0, 2)).toEqual(['bank', 'cancel']);
    expect(step(work('today'), 'bank')?.text).toMatch(/^Call your bank now\. Do not wait\./);
    expect(ids(work('this-week')).slice(0, 2)).toEqual(['cancel', 'bank']);
  });

  it('tells the police about a trader paid in cash, and 999 if they come back', () => {
    const a: Answers = { ...no, situation: 'agreed-work', when: 'this-week', paid: 'cash', shaken: 'no' };
    expect(ids(a)).toEqual(['cancel', 'citizens-advice', 'police-101', 'call-999-if-they-come-back']);
  });

  it('sends worries about someone else to the helping page and a Beacon referral they agree to', () => {
    for (const theirs of ['yes', 'no', 'not-sure'] as const) {
      for (const targeted of ['now', 'yes', 'no'] as const) {
        const a: Answers = { ...no, situation: 'someone-else', targeted, 'their-money': theirs };
        expect(step(a, 'helping-someone')?.href).toBe('/advice/helping-someone-you-care-about/');
        const referral = step(a, 'beacon-referral');
        expect(referral?.href).toBe('/get-help/refer-yourself-to-beacon/');
        expect(referral?.text).toContain('if they agree');
      }
    }
    expect(ids({ ...no, situation: 'someone-else', targeted: 'no', 'their-money': 'yes' })[0]).toBe('bank');
  });

  it('calls 999 for someone else when a scammer is with them now, and 101 when they are still targeted', () => {
    for (const theirs of ['yes', 'no', 'not-sure'] as const) {
      const now = { ...no, situation: 'someone-else', targeted: 'now', 'their-money': theirs } as const;
      expect(ids(now)[0]).toBe('call-999');
      expect(step(now, 'call-999')?.contact).toBe('emergency');
      const still = { ...no, situation: 'someone-else', targeted: 'yes', 'their-money': theirs } as const;
      expect(ids(still)[0]).toBe('police-101');
      expect(step(still, 'police-101')?.text).toContain('Say if they are older, unwell or live alone.');
      const not = { ...no, situation: 'someone-else', targeted: 'no', 'their-money': theirs } as const;
      expect(ids(not)).not.toContain('police-101');
      expect(ids(not)).not.toContain('call-999');
    }
  });

  it('offers Beacon to anyone who has lost money or feels shaken, and not as a step otherwise', () => {
    for (const payment of PAYMENTS) expect(ids(paid(payment, 'today'))).toContain('beacon');
    expect(ids({ ...no, situation: 'collection' })).toContain('beacon');
    expect(ids(contacted('phone', { engaged: 'yes', gave: 'yes' }))).toContain('beacon');
    expect(ids(contacted('text', { shaken: 'yes' }))).toContain('beacon');
    expect(ids({ ...no, situation: 'agreed-work', when: 'today', paid: 'not-yet', shaken: 'yes' })).toContain('beacon');
    expect(ids({ ...no, situation: 'caller-was-here', 'took-or-paid': 'no', shaken: 'yes' })).toContain('beacon');
    expect(ids(contacted('text'))).not.toContain('beacon');
    expect(ids({ ...no, situation: 'caller-was-here', 'took-or-paid': 'no', shaken: 'no' })).not.toContain('beacon');
  });

  it('gives every plan a few steps, each id once, every link labelled with its page’s own title', () => {
    expect(triageProblems(ADVICE_TITLES)).toEqual([]);
    for (const answers of everyPlanAnswers()) {
      const steps = planFor(answers).steps;
      expect(steps.length).toBeGreaterThanOrEqual(1);
      expect(steps.length).toBeLessThanOrEqual(MAX_STEPS);
      for (const s of steps) {
        for (const href of [s.href, s.more].filter((h) => h !== undefined)) {
          expect(linkLabel(href, ADVICE_TITLES), href).toBeDefined();
          // An advice page's link says the page's title, as its markdown has it.
          if (href.startsWith('/advice/')) expect(linkLabel(href, ADVICE_TITLES)).toBe(ADVICE_TITLES.get(href));
        }
      }
    }
  });

  it('says which plan breaks a limit, and how', () => {
    const seven = Array.from({ length: 7 }, (_, i) => ({ id: `step-${i}`, text: 'Do it.', href: '/nowhere/' }));
    expect(planProblems({ danger: 'yes' }, seven, ADVICE_TITLES)).toEqual([
      `The plan for /what-to-do-now/?danger=yes has 7 steps (${seven.map((s) => s.id).join(', ')}): at most 6 (MAX_STEPS).`,
      ...seven.map(
        (s) =>
          `The plan for /what-to-do-now/?danger=yes: step ${s.id} links to /nowhere/, which has no title or label (links.ts).`,
      ),
    ]);
    expect(planProblems({ danger: 'yes' }, [])).toEqual(['The plan for /what-to-do-now/?danger=yes has no steps.']);
    const twice = [S.call999, S.call999];
    expect(planProblems({ danger: 'yes' }, twice)).toEqual([
      'The plan for /what-to-do-now/?danger=yes has the step call-999 more than once.',
    ]);
    const path = ['danger', 'situation', 'channel', 'engaged', 'gave', 'when', 'shaken'] as const;
    const answers: Answers = {
      danger: 'no',
      situation: 'contacted',
      channel: 'text',
      engaged: 'yes',
      gave: 'no',
      when: 'today',
      shaken: 'no',
    };
    expect(pathProblem(answers, path)).toBe(
      'The path danger=no → situation=contacted → channel=text → engaged=yes → gave=no → when=today → shaken=no asks 7 questions: at most 6 (MAX_QUESTIONS).',
    );
    expect(pathProblem(answers)).toBeNull();
  });
});

describe('a plan for someone in danger', () => {
  const danger = (told: Answers): Answers => ({ ...told, danger: 'yes' });

  it('asks nothing more, and calls 999 first', () => {
    for (const answers of allCompleteAnswers().map(danger)) {
      expect(nextQuestion(answers)).toBeNull();
      expect(ids(answers).slice(0, 2)).toEqual(['call-999', 'lock-doors']);
    }
  });

  it('adds "when you are safe, call your bank" after the 999 steps when the answers say money went', () => {
    const a = danger({ situation: 'paid-or-shared', payment: 'bank-transfer' });
    expect(ids(a)).toEqual(['call-999', 'lock-doors', 'bank', 'when-safe', 'beacon']);
    const bank = step(a, 'bank');
    expect(bank?.contact).toBe('bank');
    expect(bank?.text).toMatch(/^When you are safe, call your bank straight away\./);
    expect(bank?.text).toContain(`Use ${CONTACTS.bank.display}, or the number on the back of your card.`);
    expect(bank?.text).toContain('Most money lost to a bank transfer scam is paid back.');
    // The same wording as the bank step of the plan without danger, but for when to call.
    const calm = step(paid('bank-transfer', 'today'), 'bank')!;
    expect(bank?.text.replace(/^[^.]+\./, '')).toBe(calm.text.replace(/^[^.]+\. Do not wait\./, ''));
  });

  it('adds the bank for every way of paying or giving details the answers can say, and only then', () => {
    for (const answers of allCompleteAnswers().filter((x) => x.danger === 'no')) {
      const said = planFor(answers).steps.some((s) => s.contact === 'bank' && s.id === 'bank');
      const lost =
        answers.situation === 'paid-or-shared' ||
        ['yes', 'code', 'access'].includes(answers.gave ?? '') ||
        answers['took-or-paid'] === 'card-or-transfer' ||
        ['bank-transfer', 'card'].includes(answers.paid ?? '');
      expect(ids(danger(answers)).includes('bank'), triageUrl(answers)).toBe(lost);
      // Wherever the plan without danger has you call your own bank, the plan in danger does too, once safe
      // (not for a "courier" still to come, when nothing has gone yet, nor for someone else's bank).
      const own = answers.situation !== 'collection' && answers.situation !== 'someone-else';
      if (said && own) expect(ids(danger(answers)), triageUrl(answers)).toContain('bank');
    }
    expect(ids({ danger: 'yes' })).toEqual(['call-999', 'lock-doors', 'when-safe', 'beacon']);
    expect(step(danger({ situation: 'contacted', engaged: 'yes', gave: 'code' }), 'bank')?.text).toContain(
      'Tell them you told someone a code.',
    );
  });
});
