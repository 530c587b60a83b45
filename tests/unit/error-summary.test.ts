import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../../src/components/ui/ErrorSummary.tsx';

const render = (props: Parameters<typeof ErrorSummary>[0]) => renderToStaticMarkup(createElement(ErrorSummary, props));

// govuk-frontend's error summary: the focusable outer element, role="alert" on a child, a link per error.
describe('the error summary', () => {
  it('links each error to its field, inside the alert, under a focusable outer element', () => {
    const markup = render({ errors: [{ href: '#price', message: 'Enter how much you agreed to pay' }] });
    expect(markup).toBe(
      '<div class="error-summary" tabindex="-1"><div role="alert"><h2 id="error-summary-title">There is a problem</h2>' +
        '<ul><li><a href="#price">Enter how much you agreed to pay</a></li></ul></div></div>',
    );
  });

  it('shows a problem with no field, focused on load without JavaScript, with what it says escaped', () => {
    const markup = render({ errors: [{ href: '#q', message: 'Check <Sons>' }], problem: 'A & B', autoFocus: true });
    expect(markup).toContain('<div class="error-summary" tabindex="-1" autofocus="">');
    expect(markup).toContain('<p>A &amp; B</p>');
    expect(markup).toContain('<a href="#q">Check &lt;Sons&gt;</a>');
  });

  it('renders nothing when there is nothing wrong', () => {
    expect(render({ errors: [] })).toBe('');
  });
});
