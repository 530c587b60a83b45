import type { RefObject } from 'react';
import type { AnswerStatus, CancellationAnswer } from '../../lib/cancellation-explain.ts';
import { CONTACTS } from '../../lib/contacts.ts';
import { PhoneNumber } from '../PhoneNumber.tsx';

interface Props {
  answer: CancellationAnswer;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChangeAnswers: () => void;
}

const YES: ReadonlySet<AnswerStatus> = new Set(['can-cancel', 'last-day-today', 'goods-not-arrived']);

/** The words before the date in the answer's panel. */
const DATE_LEAD: Partial<Record<AnswerStatus, string>> = {
  'too-late': 'The last day to cancel was',
  'may-have-longer': 'The safe date to cancel by was',
  excluded: 'If the trader is wrong, cancel by',
};

/** The answer in plain words: yes or no, the date written out, the regulation, and what you may pay. */
export function CancelAnswer({ answer, headingRef, onChangeAnswers }: Props) {
  const yes = YES.has(answer.status);
  return (
    <section className="cancel-answer" aria-labelledby="cancel-answer-heading">
      <div className={yes ? 'cancel-answer__panel cancel-answer__panel--yes' : 'cancel-answer__panel'}>
        <h2 id="cancel-answer-heading" tabIndex={-1} ref={headingRef}>
          {answer.heading}
        </h2>
        {answer.lastDayWritten && (
          <p className="cancel-answer__date">
            {DATE_LEAD[answer.status] ?? 'Your last day to cancel is'} <strong>{answer.lastDayWritten}</strong>
          </p>
        )}
      </div>
      {answer.paragraphs.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p>
        This comes from{' '}
        <a href={answer.regulation.url} rel="external">
          {answer.regulation.label}
        </a>
        .
      </p>
      {answer.payment.length > 0 && (
        <>
          <h3>What you may have to pay</h3>
          <ul>
            {answer.payment.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {(!yes || answer.askAdvice) && <OtherHelp />}
      <p className="no-print">
        <button type="button" className="button button--secondary" onClick={onChangeAnswers}>
          Change your answers
        </button>
      </p>
    </section>
  );
}

/** Where to turn when the 14-day right does not help. */
export function OtherHelp() {
  const advice = CONTACTS['citizens-advice'];
  return (
    <p>
      Call the {advice.name} on <PhoneNumber id="citizens-advice" /> for free advice. If you think you were tricked or
      pressured, read <a href="/advice/ive-been-scammed/">I’ve been scammed</a>.
    </p>
  );
}
