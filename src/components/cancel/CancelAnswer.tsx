import type { RefObject } from 'react';
import type { AnswerStatus, CancellationAnswer } from '../../lib/cancellation/explain.ts';
import type { ContactLine } from '../../lib/contacts/tokens.ts';
import { PhoneParts } from '../PhoneParts.tsx';
import { Button } from '../ui/Button.tsx';
import { Panel } from '../ui/Panel.tsx';

interface Props {
  answer: CancellationAnswer;
  /** The Citizens Advice consumer helpline, with its hours, shown when the answer sends you to advice. */
  adviceLine: ContactLine;
  headingRef?: RefObject<HTMLHeadingElement | null> | undefined;
  /** The island's way back to the questions; without it (no JavaScript) `changeHref` is a link. */
  onChangeAnswers?: (() => void) | undefined;
  changeHref?: string | undefined;
}

const YES: ReadonlySet<AnswerStatus> = new Set(['can-cancel', 'last-day-today', 'goods-not-arrived']);

/** The words before the date in the answer's panel. */
const DATE_LEAD: Partial<Record<AnswerStatus, string>> = {
  'too-late': 'The last day to cancel was',
  'may-have-longer': 'The safe date to cancel by was',
  excluded: 'If the trader is wrong, cancel by',
  unclear: 'If the 14-day right covers it, cancel by',
};

/** The answer in plain words: yes or no, the date written out, the regulation, and what you may pay. */
export function CancelAnswer({ answer, adviceLine, headingRef, onChangeAnswers, changeHref }: Props) {
  const yes = YES.has(answer.status);
  return (
    <section className="cancel-answer" aria-labelledby="cancel-answer-heading">
      <Panel
        heading={answer.heading}
        headingId="cancel-answer-heading"
        headingRef={headingRef}
        tone={yes ? 'success' : 'notice'}
      >
        {answer.lastDayWritten && (
          <p className="cancel-answer__date">
            {DATE_LEAD[answer.status] ?? 'Your last day to cancel is'} <strong>{answer.lastDayWritten}</strong>
          </p>
        )}
      </Panel>
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
      {(!yes || answer.askAdvice) && <OtherHelp line={adviceLine} />}
      <p className="no-print">
        <ChangeAnswers onClick={onChangeAnswers} href={changeHref} />
      </p>
    </section>
  );
}

/** Where to turn when the 14-day right does not help. */
function OtherHelp({ line }: { line: ContactLine }) {
  return (
    <p>
      Call the {line.name} on <PhoneParts parts={line.parts} /> for free advice. If you think you were tricked or
      pressured, read <a href="/advice/ive-been-scammed/">I’ve been scammed</a>.
    </p>
  );
}

/** Back to the questions: the island's button, or a link to them filled in (no JavaScript). */
function ChangeAnswers({ onClick, href }: { onClick?: (() => void) | undefined; href?: string | undefined }) {
  if (onClick) {
    return (
      <Button type="button" secondary onClick={onClick}>
        Change your answers
      </Button>
    );
  }
  return (
    <a className="button button--secondary" href={href}>
      Change your answers
    </a>
  );
}

interface DistanceProps {
  adviceLine: ContactLine;
  headingRef?: RefObject<HTMLHeadingElement | null> | undefined;
  onChangeAnswers?: (() => void) | undefined;
  changeHref?: string | undefined;
}

/** Bought online, by phone or by post: not what this checker covers. */
export function DistanceAnswer({ adviceLine, headingRef, onChangeAnswers, changeHref }: DistanceProps) {
  return (
    <section aria-labelledby="cancel-answer-heading">
      <h2 id="cancel-answer-heading" tabIndex={-1} ref={headingRef}>
        This checker is for contracts agreed in person
      </h2>
      <p>
        If you bought online, by phone or by post, you usually have 14 days to cancel too. The rules are a little
        different, so ask for advice before the time runs out.
      </p>
      <OtherHelp line={adviceLine} />
      <ChangeAnswers onClick={onChangeAnswers} href={changeHref} />
    </section>
  );
}
