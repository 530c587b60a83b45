import { useState } from 'react';
import type { CancellationInput } from '../../lib/cancellation/input.ts';
import {
  cancellationLetterLines,
  cancellationLetterText,
  CROWN_COPYRIGHT_NOTE,
  LETTER_TITLE,
  MODEL_FORM_SOURCE,
  type LetterDetails,
} from '../../lib/cancellation/letter.ts';
import { Button } from '../ui/Button.tsx';
import { TextInput } from '../ui/TextInput.tsx';

interface Props {
  input: CancellationInput;
  today: string;
  lastDayWritten: string | undefined;
  /**
   * The no-JavaScript answer: the letter with lines to fill in by hand, and no boxes or buttons, which
   * only the island can act on.
   */
  staticPage?: boolean;
}

interface LetterAnswers {
  traderName: string;
  traderAddress: string;
  traderEmail: string;
  yourName: string;
  otherName: string;
  yourAddress: string;
  description: string;
}

const EMPTY: LetterAnswers = {
  traderName: '',
  traderAddress: '',
  traderEmail: '',
  yourName: '',
  otherName: '',
  yourAddress: '',
  description: '',
};

/** The model form filled in as you type, to print or copy, with advice on sending it. */
export function CancelLetter({ input, today, lastDayWritten, staticPage = false }: Props) {
  const [a, setA] = useState<LetterAnswers>(EMPTY);
  const [copied, setCopied] = useState('');
  const set = (key: keyof LetterAnswers) => (value: string) => {
    setA({ ...a, [key]: value });
  };
  const details: LetterDetails = {
    trader: { name: a.traderName, address: a.traderAddress, email: a.traderEmail },
    consumers: [a.yourName, a.otherName],
    consumerAddress: a.yourAddress,
    kind: input.kind,
    description: a.description,
    orderedOn: input.agreedOn,
    ...(input.goodsReceivedOn ? { receivedOn: input.goodsReceivedOn } : {}),
    date: today,
  };
  const copy = () => {
    navigator.clipboard.writeText(cancellationLetterText(details)).then(
      () => {
        setCopied('Letter copied. You can paste it into an email.');
      },
      () => {
        setCopied('Your browser did not let us copy. Select the letter and copy it yourself.');
      },
    );
  };

  return (
    <section className="cancel-letter-builder" aria-labelledby="letter-builder-heading">
      <h2 id="letter-builder-heading">Your cancellation letter</h2>
      {staticPage ? (
        <p>
          Print this page and fill in the blank lines by hand. Use your browser’s Print option: only the letter will
          print.
        </p>
      ) : (
        <p>
          Fill in these details and your letter appears below. Leave out anything you don’t know: the letter will have a
          line to write it on.
        </p>
      )}
      {!staticPage && (
        <div className="no-print">
          <TextInput
            id="trader-name"
            label="Trader’s name or business name"
            value={a.traderName}
            onChange={set('traderName')}
          />
          <TextInput
            id="trader-address"
            label="Trader’s address"
            multiline
            value={a.traderAddress}
            onChange={set('traderAddress')}
          />
          <TextInput
            id="trader-email"
            label="Trader’s email address (if you have it)"
            type="email"
            value={a.traderEmail}
            onChange={set('traderEmail')}
          />
          <TextInput
            id="your-name"
            label="Your full name"
            autoComplete="name"
            value={a.yourName}
            onChange={set('yourName')}
          />
          <TextInput
            id="other-name"
            label="Anyone else who agreed to the contract (optional)"
            hint="For example, your partner, if they signed too."
            value={a.otherName}
            onChange={set('otherName')}
          />
          <TextInput
            id="your-address"
            label="Your address"
            multiline
            autoComplete="street-address"
            value={a.yourAddress}
            onChange={set('yourAddress')}
          />
          <TextInput
            id="description"
            label={input.kind === 'goods' ? 'What did you buy?' : 'What work did you agree to?'}
            hint={input.kind === 'goods' ? 'For example, “a stairlift”.' : 'For example, “a new block-paved driveway”.'}
            value={a.description}
            onChange={set('description')}
          />
        </div>
      )}

      <article className="cancel-letter cancel-letter--filled" aria-labelledby="cancel-letter-title">
        <h3 id="cancel-letter-title">{LETTER_TITLE}</h3>
        {cancellationLetterLines(details).map((line) => (
          <p key={line.label}>
            <strong>{line.label}:</strong> {line.value}
          </p>
        ))}
        <p className="cancel-letter__source">
          {MODEL_FORM_SOURCE} {CROWN_COPYRIGHT_NOTE}
        </p>
      </article>

      <div className="no-print">
        {!staticPage && (
          <>
            <Button
              type="button"
              onClick={() => {
                window.print();
              }}
            >
              Print your letter
            </Button>{' '}
            <Button type="button" secondary onClick={copy}>
              Copy the letter
            </Button>
          </>
        )}
        {!staticPage && (
          <p role="status" aria-live="polite">
            {copied}
          </p>
        )}
        <h3>How to send it</h3>
        <p>
          Send it{' '}
          {lastDayWritten ? (
            <>
              by the end of <strong>{lastDayWritten}</strong>
            </>
          ) : (
            'as soon as you can'
          )}
          . Keep proof that you sent it, and when.
        </p>
        <ul>
          <li>Email it, if you have their email address. Keep the email in your sent box.</li>
          <li>Or post it. At a Post Office counter, ask for free proof of postage, and keep it safe.</li>
          <li>Keep a copy or a photo of the letter, whichever way you send it.</li>
        </ul>
        <p>
          Before you agree to any more work, <a href="/check-a-trader/">check a trader</a> in the approved trader list.
          If you think you were tricked or pressured, read <a href="/advice/ive-been-scammed/">I’ve been scammed</a>.
        </p>
      </div>
    </section>
  );
}
