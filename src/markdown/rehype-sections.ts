// Wraps special sections of an advice page so they stand out on screen and in print:
// "What to do…" becomes a yellow action callout; "The sticker" becomes the printable door sticker;
// "Emergency card: …" becomes one half of the printable emergency card (the "my details" half has lines to write on).
import type { Element, ElementContent, Root } from 'hast';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

const isH2 = (n: ElementContent): n is Element => n.type === 'element' && n.tagName === 'h2';

/** The classes a section gets, by the words its heading starts with. */
const SECTION_CLASSES: [RegExp, string[]][] = [
  [/^what to do/i, ['callout', 'callout--action']],
  [/^the sticker/i, ['sticker']],
  [/^emergency card: my details/i, ['emergency-card', 'emergency-card--write']],
  [/^emergency card/i, ['emergency-card']],
];

export function rehypeSections() {
  return (tree: Root) => {
    const children = tree.children as ElementContent[];
    const out: ElementContent[] = [];
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      const classes = isH2(node) ? SECTION_CLASSES.find(([re]) => re.test(textOf(node).trim()))?.[1] : undefined;
      if (!isH2(node) || !classes) {
        out.push(node);
        continue;
      }
      const section: ElementContent[] = [node];
      while (i + 1 < children.length && !isH2(children[i + 1]!)) section.push(children[++i]!);
      out.push({
        type: 'element',
        tagName: 'section',
        properties: { className: classes, ariaLabelledBy: [String(node.properties['id'])] },
        children: section,
      });
    }
    tree.children = out;
  };
}
