import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeSections } from '../markdown/rehype-sections.ts';
import { remarkContactTokens } from '../markdown/remark-contact-tokens.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkContactTokens)
  .use(remarkRehype)
  .use(rehypeSections)
  .use(rehypeStringify);

/**
 * The body as the site renders it: the same remark and rehype plugins Astro uses (src/markdown/pipeline.ts),
 * without raw HTML. An unknown {{tel:…}} token is shown as a message, as the build would refuse it.
 */
export function previewHtml(markdown: string): string {
  try {
    return String(processor.processSync(markdown));
  } catch (error) {
    const message = (error as Error).message.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    return `<p class="error-message"><strong>This will not publish:</strong> ${message}</p>`;
  }
}
