// Loaded by /admin/ after the editor: the writing help the editor does not have by itself.
// - Insert → "Phone number" picks a number from contacts.ts and writes its {{tel:id}} token.
// - The preview renders the text with the site's own markdown pipeline (tokens resolved, "What to do
//   now" boxed) inside the site's own stylesheets.
import { CONTACTS, type ContactId } from '../lib/contacts/contacts.ts';
import { numberWithHoursText } from '../lib/contacts/tokens.ts';
import { previewHtml } from './preview-html.ts';

interface ImmutableLike {
  getIn(path: string[]): unknown;
}
interface PreviewProps {
  entry: ImmutableLike;
}
interface CmsApi {
  registerEditorComponent(definition: Record<string, unknown>): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerPreviewStyle(url: string): void;
}
declare global {
  interface Window {
    CMS: CmsApi;
    h: (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
  }
}

const ids = Object.keys(CONTACTS) as ContactId[];

window.CMS.registerEditorComponent({
  id: 'tel',
  label: 'Phone number',
  icon: 'call',
  mode: 'dialog',
  summary: '{{id}}',
  fields: [
    {
      name: 'id',
      label: 'Which number',
      widget: 'select',
      options: ids.map((id) => ({ value: id, label: `${CONTACTS[id].name}: ${CONTACTS[id].display}` })),
    },
  ],
  // A number on a line of its own: one inside a sentence stays as text, which is what it is.
  pattern: /^\{\{tel:(?<id>[a-z0-9-]+)\}\}$/,
  // While the officer is still choosing, there is no id yet: write nothing a page could trip on.
  toBlock: ({ id }: { id?: string }) => (id ? `{{tel:${id}}}` : ''),
  toPreview: ({ id }: { id: ContactId }) => (id in CONTACTS ? numberWithHoursText(id) : `Unknown number "${id}"`),
});

function preview({ entry }: PreviewProps) {
  const data = (key: string) => entry.getIn(['data', key]);
  const text = (key: string) => {
    const value = data(key);
    return typeof value === 'string' ? value : '';
  };
  const sources = (data('sources') as { toJS?: () => { title: string; url: string }[] } | undefined)?.toJS?.() ?? [];
  return window.h('div', { className: 'width-container' }, [
    window.h('article', { key: 'a', className: 'prose' }, [
      window.h('h1', { key: 'h' }, text('title')),
      window.h('p', { key: 's', className: 'lead' }, text('summary')),
      window.h('div', { key: 'b', dangerouslySetInnerHTML: { __html: previewHtml(text('body')) } }),
      sources.length > 0 &&
        window.h('section', { key: 'src', className: 'sources' }, [
          window.h('h2', { key: 'h' }, 'Sources'),
          window.h(
            'ul',
            { key: 'l' },
            sources.map((s, i) => window.h('li', { key: i }, window.h('a', { href: s.url }, s.title))),
          ),
        ]),
    ]),
  ]);
}

window.CMS.registerPreviewTemplate('advice', preview);
window.CMS.registerPreviewTemplate('alerts', preview);
const styles = document.querySelector('meta[name="site-stylesheets"]')?.getAttribute('content') ?? '';
for (const href of styles.split(' ').filter(Boolean)) window.CMS.registerPreviewStyle(href);
