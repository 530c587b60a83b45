import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server.edge';
import { CancelQuestions } from '../components/cancel/CancelQuestions.tsx';
import { CancelResult, checkAnswers } from '../components/cancel/CancelResult.tsx';
import { SafeHtml } from '../lib/web/html.ts';
import { answersFromQuery, CANCEL_PATH } from '../lib/cancellation/query.ts';
import { contactLine } from '../lib/contacts/tokens.ts';
import type { ShellFill } from '../lib/web/page-shell.ts';

/**
 * The calculator without JavaScript: the same React components the island renders, to static HTML
 * (react-dom/server.edge, which runs in workerd and in Node), for the Worker to put in the page shell.
 * Outside src/lib on purpose: src/lib stays free of React.
 */

const TITLE = 'Can I still cancel?';

export interface CancelPage {
  status: 200 | 400;
  fill: ShellFill;
}

/** Asking to change the answers: the questions again, filled in from the link. */
const CHANGE = 'change';

/** The answer (and letter) for a GET of the questions on `today` (YYYY-MM-DD, UK), or the questions again. */
export function cancelPage(params: URLSearchParams, today: string): CancelPage {
  const answers = answersFromQuery(params);
  if (params.get(CHANGE) === 'yes') return page(200, TITLE, <CancelQuestions answers={answers} errors={{}} />);
  const view = checkAnswers(answers, today);
  if (view.kind === 'questions') {
    return page(400, `Error: ${TITLE}`, <CancelQuestions answers={answers} errors={view.errors} />);
  }
  const change = new URLSearchParams(params);
  change.set(CHANGE, 'yes');
  const heading = view.kind === 'answer' ? view.answer.heading : 'This checker is for contracts agreed in person';
  return page(
    200,
    `${heading} – ${TITLE}`,
    <CancelResult
      view={view}
      today={today}
      adviceLine={contactLine('citizens-advice')}
      changeHref={`${CANCEL_PATH}?${change.toString()}`}
    />,
  );
}

function page(status: 200 | 400, title: string, element: ReactElement): CancelPage {
  return { status, fill: { title, main: new SafeHtml(renderToStaticMarkup(element)) } };
}
