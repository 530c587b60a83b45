import { ASKED } from '../../lib/triage/parse.ts';
import { backHref, TRIAGE_PATH } from '../../lib/triage/links.ts';
import { questionById, QUESTIONS, type Answers, type QuestionId } from '../../lib/triage/questions.ts';
import { Button } from '../ui/Button.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { Radios } from '../ui/Radios.tsx';
import { BackLink } from './BackLink.tsx';

/** Each question is its page's heading (GOV.UK "legend as page heading"). */
const PAGE_HEADING = { level: 1 } as const;

export interface QuestionView {
  question: QuestionId;
  /** The answers so far, carried forward as hidden fields. */
  answers: Answers;
  selected?: string | undefined;
  error?: string | undefined;
}

/** Where the error summary's link goes: the first radio, as GOV.UK links a question's error. */
export const errorHref = (question: QuestionId) => `#${question}-${questionById(question).options[0]!.value}`;

/**
 * One question a page, GOV.UK "question page" style: the legend is the page's h1, radios, a Continue
 * button, and a back link to the previous question with its answer kept. A plain GET form to the
 * journey's own address, carrying the earlier answers as hidden fields, so it needs no JavaScript. The
 * error summary has `autofocus`, so focus moves to it without JavaScript, as GOV.UK's script does.
 */
export function TriageQuestion({ question, answers, selected, error }: QuestionView) {
  const q = questionById(question);
  const carried = QUESTIONS.filter((other) => other.id !== q.id && answers[other.id] !== undefined);
  return (
    <>
      <BackLink href={backHref(answers, q.id)} />
      {error && <ErrorSummary errors={[{ href: errorHref(q.id), message: error }]} autoFocus />}
      <form className="triage-question" method="get" action={TRIAGE_PATH} noValidate>
        {carried.map((other) => (
          <input key={other.id} type="hidden" name={other.id} value={answers[other.id]} />
        ))}
        <input type="hidden" name={ASKED} value={q.id} />
        <Radios<string>
          name={q.id}
          legend={q.legend}
          heading={PAGE_HEADING}
          hint={q.hint}
          options={q.options}
          value={selected ?? ''}
          error={error}
        />
        <Button>Continue</Button>
      </form>
    </>
  );
}

/** The page title for a question: the question itself, with "Error: " first when it has one. */
export function questionTitle({ question, error }: QuestionView): string {
  return `${error ? 'Error: ' : ''}${questionById(question).legend}`;
}
