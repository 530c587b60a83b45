// Wraps each "What to do…" section of an advice page in a callout, so the actions stand out and print boxed.
import type { Element, ElementContent, Root } from 'hast';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

const isH2 = (n: ElementContent): n is Element => n.type === 'element' && n.tagName === 'h2';

export function rehypeWhatToDo() {
  return (tree: Root) => {
    const children = tree.children as ElementContent[];
    const out: ElementContent[] = [];
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (!isH2(node) || !/^what to do/i.test(textOf(node).trim())) {
        out.push(node);
        continue;
      }
      const section: ElementContent[] = [node];
      while (i + 1 < children.length && !isH2(children[i + 1]!)) section.push(children[++i]!);
      out.push({
        type: 'element',
        tagName: 'section',
        properties: { className: ['callout', 'callout--action'], ariaLabelledBy: [String(node.properties['id'])] },
        children: section,
      });
    }
    tree.children = out;
  };
}
