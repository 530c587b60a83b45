import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server.edge';
import { ErrorSummary } from '../components/ui/ErrorSummary.tsx';
import { MemberResult, SearchResults } from '../components/traders/Results.tsx';
import { TraderForms } from '../components/traders/TraderForms.tsx';
import { summaryLinks } from '../lib/traders/form-fields.ts';
import type { ResultsView } from '../lib/traders/results-page.ts';
import { SafeHtml } from '../lib/web/html.ts';
import type { ShellFill } from '../lib/web/page-shell.ts';

/**
 * The trader check without JavaScript: the island's own components (results, member answer, forms, error
 * summary), without their handlers, rendered to static HTML (react-dom/server.edge runs in workerd and in
 * Node) for the Worker to put in the page shell. What to show is decided in src/lib/traders/results-page.ts.
 */

function Answer({ view }: { view: ResultsView }) {
  switch (view.kind) {
    case 'search':
      return (
        <>
          <h1>Check a trader</h1>
          <SearchResults answer={view.answer} />
          <h2>Search again</h2>
          <TraderForms values={view.values} errors={{}} />
        </>
      );
    case 'member':
      // The answer's heading is the page's h1 ("Membership number …"), not repeated above it.
      return (
        <>
          <MemberResult typed={view.typed} trader={view.trader} sample={view.sample} headingLevel={1} />
          <h2>Check again</h2>
          <TraderForms values={view.values} errors={{}} />
        </>
      );
    case 'problem':
      // Without JavaScript nothing could move focus to the summary, so the browser does (autofocus).
      return (
        <>
          <h1>Check a trader</h1>
          <ErrorSummary errors={summaryLinks(view.errors)} problem={view.problem} autoFocus />
          <TraderForms values={view.values} errors={view.errors} />
        </>
      );
  }
}

/** The page's title and main content for `view`. */
export function traderResultsFill(title: string, view: ResultsView): ShellFill {
  const element: ReactElement = <Answer view={view} />;
  return { title, main: new SafeHtml(renderToStaticMarkup(element)) };
}
