import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../../src/components/ui/ErrorSummary.tsx';
import { errorSummaryHtml, type ErrorSummaryState } from '../../src/lib/web/error-summary-html.ts';

// The island's component and the no-JavaScript answers' twin must give the same markup for the same state.
const states: [string, ErrorSummaryState][] = [
  ['field errors', { errors: [{ href: '#price', message: 'Enter how much you agreed to pay' }] }],
  ['a problem with no field', { errors: [], problem: 'Sorry, this form is not working. Call Beacon.' }],
  [
    'both, focused on load, with characters to escape',
    { errors: [{ href: '#q', message: 'Check "O\'Neill & <Sons>"' }], problem: 'A & B', autoFocus: true },
  ],
];

/** React writes an apostrophe as &#x27;, src/lib/web/html.ts as &#39;: the same character. */
const sameEntities = (markup: string) => markup.replaceAll('&#x27;', '&#39;');

describe('the error summary', () => {
  for (const [name, state] of states) {
    it(`renders the same markup in the island and without JavaScript: ${name}`, () => {
      const island = sameEntities(renderToStaticMarkup(createElement(ErrorSummary, state)));
      expect(String(errorSummaryHtml(state))).toBe(island);
      expect(island).toContain('<div role="alert"><h2 id="error-summary-title">There is a problem</h2>');
    });
  }

  it('renders nothing when there is nothing wrong', () => {
    expect(renderToStaticMarkup(createElement(ErrorSummary, { errors: [] }))).toBe('');
    expect(errorSummaryHtml({ errors: [] })).toBe('');
  });
});
