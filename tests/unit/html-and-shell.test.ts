import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from '../../src/lib/web/html.ts';
import { fillShell, SHELL_MAIN } from '../../src/lib/web/page-shell.ts';

describe('html', () => {
  it('escapes every interpolated value', () => {
    const name = '<script>alert("x")</script>&\'';
    expect(html`<p>${name}</p>`.value).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>');
  });

  it('keeps SafeHtml and lists of it as they are', () => {
    const items = ['a', '<b>'].map((t) => html`<li>${t}</li>`);
    // prettier-ignore
    const list = html`<ul>${items}</ul>`;
    expect(list.value).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
  });

  it('renders nothing for null, undefined and false', () => {
    expect(html`${null}${undefined}${false}`.value).toBe('');
    expect(escapeHtml('plain')).toBe('plain');
    expect(new SafeHtml('<i>').toString()).toBe('<i>');
  });
});

describe('fillShell', () => {
  const shell = `<html><head><title>Results – Site</title></head><body><main>${SHELL_MAIN}</main></body></html>`;

  it('puts the answer in main and the title before the site name', () => {
    const page = fillShell(shell, { title: 'Error: <Check>', main: html`<h1>${'Hi & bye'}</h1>` });
    expect(page).toContain('<title>Error: &lt;Check&gt; – Site</title>');
    expect(page).toContain('<main><h1>Hi &amp; bye</h1></main>');
  });

  it('does not treat $ patterns in the answer as replacement codes', () => {
    expect(fillShell(shell, { title: 't', main: html`${"$& $' $`"}` })).toContain('<main>$&amp; $&#39; $`</main>');
  });

  it('refuses a shell without a slot', () => {
    expect(() => fillShell('<html></html>', { title: 't', main: html`` })).toThrow('no main slot');
  });
});
