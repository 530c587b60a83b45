import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server.edge';
import { TriagePlan } from '../components/triage/TriagePlan.tsx';
import { questionTitle, TriageQuestion } from '../components/triage/TriageQuestion.tsx';
import searchIndex from '../generated/search-index.json';
import { TRIAGE_TITLE, type PageTitles } from '../lib/triage/links.ts';
import type { TriageState } from '../lib/triage/parse.ts';
import { PLAN_HEADING, planFor } from '../lib/triage/plan.ts';
import { SafeHtml } from '../lib/web/html.ts';
import type { ShellFill } from '../lib/web/page-shell.ts';

/**
 * Every page's title by address, from the search index's table of pages (support/build-search-index.ts
 * reads each page's frontmatter): the site's one generated list of titles, already in the Worker.
 */
const PAGE_TITLES: PageTitles = new Map(searchIndex.docs.map((doc) => [doc.url, doc.title]));

/**
 * "What do I do now?" as pages: the question or the plan for a state, rendered from the React components
 * (built from src/components/ui) to static HTML, with no JavaScript sent. The one rendering: the Worker
 * fills its shell with it (src/lib/triage/page.ts) and Astro builds the first question with it.
 */
export function triageFill(state: TriageState): ShellFill {
  if (state.kind === 'plan') {
    return fill(
      `${PLAN_HEADING} – ${TRIAGE_TITLE}`,
      <TriagePlan plan={planFor({ ...state.told, ...state.answers })} answers={state.answers} titles={PAGE_TITLES} />,
    );
  }
  return fill(`${questionTitle(state)} – ${TRIAGE_TITLE}`, <TriageQuestion {...state} />);
}

function fill(title: string, element: ReactElement): ShellFill {
  return { title, main: new SafeHtml(renderToStaticMarkup(element)) };
}
