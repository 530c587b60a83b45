// Easy Read pages (content/easy-read/): a paragraph that starts {{picture:ID}} is one idea, shown as its
// picture on the left and its words on the right (src/styles/easy-read.css), on a phone too.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { isPictogramId, pictogramSvg } from '../lib/easy-read/pictograms.ts';
import { PICTURE_TOKEN } from '../lib/easy-read/rules.ts';

function idea(paragraph: Element): Element | null {
  const first = paragraph.children[0];
  if (first?.type !== 'text') return null;
  const match = PICTURE_TOKEN.exec(first.value);
  if (!match) return null;
  const id = match[1] ?? '';
  // An unknown picture fails the build, naming it, rather than showing "{{picture:x}}" to a reader.
  if (!isPictogramId(id)) throw new Error(`Unknown picture "${id}" in {{picture:${id}}}`);
  const picture = fromHtml(pictogramSvg(id), { fragment: true }).children as ElementContent[];
  const words: ElementContent[] = [
    { ...first, value: first.value.slice(match[0].length) },
    ...paragraph.children.slice(1),
  ];
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['idea'] },
    children: [
      { type: 'element', tagName: 'div', properties: { className: ['idea__picture'] }, children: picture },
      { type: 'element', tagName: 'p', properties: { className: ['idea__words'] }, children: words },
    ],
  };
}

export function rehypeEasyReadIdeas() {
  return (tree: Root) => {
    tree.children = tree.children.map((node) =>
      node.type === 'element' && node.tagName === 'p' ? (idea(node) ?? node) : node,
    );
  };
}
