// Turns {{tel:ID}} and {{name:ID}} in advice markdown into tel: links and service names from contacts.ts.
import type { Link, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { expandContactTokens } from '../lib/contacts/tokens.ts';

export function remarkContactTokens() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes('{{')) return;
      const replacement: RootContent[] = expandContactTokens(node.value).map((part): Text | Link =>
        part.kind === 'tel'
          ? { type: 'link', url: part.href, children: [{ type: 'text', value: part.text }] }
          : { type: 'text', value: part.text },
      );
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return index + replacement.length;
    });
  };
}
