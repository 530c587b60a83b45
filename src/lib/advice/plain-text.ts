import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Markdown as a reader hears it, from remark's syntax tree (the parser Astro builds the pages with), not
 * from regular expressions: link text without its address, no code blocks, images or HTML, and each
 * heading and list item a sentence of its own even without a full stop.
 */

const parser = unified().use(remarkParse).use(remarkGfm);
const ENDS_SENTENCE = /[.!?:;]$/;

/** The words of inline content: text, inline code and link text; images and HTML say nothing. */
function words(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'html' || node.type === 'code') return '';
  return 'children' in node ? node.children.map(words).join('') : '';
}

const sentence = (text: string) => {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return trimmed === '' || ENDS_SENTENCE.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** Each block's text, in order. */
function blocks(nodes: readonly RootContent[], inList = false): string[] {
  return nodes.flatMap((node): string[] => {
    switch (node.type) {
      case 'heading':
        return [sentence(words(node))];
      case 'paragraph':
        return [inList ? sentence(words(node)) : words(node).trim()];
      case 'list':
        return node.children.flatMap((item) => blocks(item.children, true));
      case 'blockquote':
        return blocks(node.children, inList);
      case 'table':
        return node.children.flatMap((row) => row.children.map((cell) => sentence(words(cell))));
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return [];
      default:
        return 'children' in node ? [words(node)] : [];
    }
  });
}

const parse = (markdown: string): Root => parser.parse(markdown);
const joined = (parts: string[]) => parts.filter((p) => p !== '').join('\n');

export function markdownToPlainText(markdown: string): string {
  return joined(blocks(parse(markdown).children));
}

/** For search: the ## to ###### headings apart (one a line, no full stop added), and the rest as text. */
export function headingsAndBody(markdown: string): { headings: string[]; body: string } {
  const { children } = parse(markdown);
  const isSubheading = (n: RootContent) => n.type === 'heading' && n.depth >= 2;
  return {
    headings: children.filter(isSubheading).map((h) => words(h).replace(/\s+/g, ' ').trim()),
    body: joined(blocks(children.filter((n) => !isSubheading(n)))),
  };
}
