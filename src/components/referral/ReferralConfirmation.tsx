import type { ConfirmationView } from '../../lib/referral/confirmation.ts';
import { CONFIRMATION_TITLES } from '../../lib/referral/confirmation.ts';
import { BANK_NOW, BEACON_REPLY_TIME } from '../../lib/referral/next-steps.ts';
import { REFERRAL_PAGE } from '../../lib/referral/paths.ts';
import { PhoneNumber } from '../PhoneNumber.tsx';
import { Panel } from '../ui/Panel.tsx';

/**
 * The page a referral ends on: first, for anyone who lost money, "call your bank now" (Beacon replies in
 * days; a bank can act in hours); then what is true for its reference — sent, received and still being
 * sent, or not found — what happens next, and what to do in danger now. The decision is confirmationFor's.
 */

/** Asked of everyone, since the page does not show what the person answered (see next-steps.ts). */
function BankNow() {
  return (
    <section className="referral-bank-now" aria-labelledby="bank-now-heading">
      <h2 id="bank-now-heading">{BANK_NOW.question}</h2>
      <p>
        <strong>{BANK_NOW.action}</strong> Use <PhoneNumber id="bank" />.
      </p>
      <p>{BANK_NOW.why}</p>
    </section>
  );
}

function OtherHelp() {
  return (
    <>
      <h2>If you are in danger now</h2>
      <p>
        Call <PhoneNumber id="emergency" />.
      </p>
      <h2>Other help</h2>
      <ul>
        <li>
          Report a scam or fraud to Report Fraud online at any time, at reportfraud.police.uk, or on{' '}
          <PhoneNumber id="report-fraud" />.
        </li>
        <li>
          Victim Support is free and open day and night: <PhoneNumber id="victim-support" />.
        </li>
        <li>
          <a href="/get-help/">More ways to get help</a>
        </li>
      </ul>
    </>
  );
}

function ReferencePanel({ view }: { view: Extract<ConfirmationView, { reference: string }> }) {
  return (
    <Panel
      tone="confirmation"
      headingLevel={1}
      headingId="confirmation-heading"
      heading={CONFIRMATION_TITLES[view.kind]}
    >
      <p>Your reference</p>
      <strong>{view.reference}</strong>
    </Panel>
  );
}

/** When there is nothing to confirm: why, and the two ways on (call Beacon, or fill in the form again). */
function NothingToConfirm({ view }: { view: Extract<ConfirmationView, { kind: 'no-reference' | 'not-found' }> }) {
  return (
    <div className="prose">
      <h1>{CONFIRMATION_TITLES[view.kind]}</h1>
      <BankNow />
      {view.kind === 'not-found' ? (
        <p>We have no answers with the reference in this link. Check the link, or the reference you wrote down.</p>
      ) : (
        <p>This page shows the reference for answers sent to Beacon, but the link has no reference in it.</p>
      )}
      <p>
        {view.kind === 'not-found'
          ? 'If you filled in the form, your answers may not have reached us. '
          : 'If you are not sure your answers reached Beacon, '}
        call Beacon on <PhoneNumber id="beacon" />, or <a href={REFERRAL_PAGE}>fill in the form again</a>.
      </p>
    </div>
  );
}

export function ReferralConfirmation({ view }: { view: ConfirmationView }) {
  if (view.kind === 'no-reference' || view.kind === 'not-found') return <NothingToConfirm view={view} />;
  const contact = `Beacon will read your answers and get in touch ${BEACON_REPLY_TIME}, in the way you chose.`;
  if (view.kind === 'sent') {
    return (
      <>
        <ReferencePanel view={view} />
        <div className="prose">
          <BankNow />
          <p>Write your reference down, or keep this page. Give it if you contact Beacon about this.</p>
          <h2>What happens next</h2>
          <p>{contact}</p>
          <p>
            If you chose email and said it is safe to leave a message, we have sent you a short email with your
            reference. It does not say what happened.
          </p>
          <p>
            If you want to talk to Beacon sooner, call <PhoneNumber id="beacon" />.
          </p>
          <OtherHelp />
        </div>
      </>
    );
  }
  return (
    <>
      <ReferencePanel view={view} />
      <div className="prose">
        <BankNow />
        <p>{`We got your answers at ${view.receivedAt}. Write your reference down, or keep this page.`}</p>
        {view.kind === 'stopped' ? (
          <p>
            We have not been able to send them to Beacon yet. Please call Beacon on <PhoneNumber id="beacon" /> and give
            them your reference.
          </p>
        ) : (
          <>
            <p>
              We are sending them to Beacon. This can take a little while. You do not need to fill in the form again.
            </p>
            <p>
              If you need to talk to Beacon sooner, call <PhoneNumber id="beacon" />.
            </p>
          </>
        )}
        <h2>What happens next</h2>
        <p>{contact}</p>
        <p>
          If you chose email and said it is safe to leave a message, we will send you a short email with your reference
          once Beacon has your answers. It does not say what happened.
        </p>
        <OtherHelp />
      </div>
    </>
  );
}
