// The site's markdown plugins, in one place: Astro renders pages with them (astro.config.mjs), and the
// build renders alert bodies for the Worker's feeds with the same (support/build-alerts-data.ts).
import { rehypeEasyReadIdeas } from './rehype-easy-read-ideas.ts';
import { rehypeSections } from './rehype-sections.ts';
import { remarkContactTokens } from './remark-contact-tokens.ts';

export const MARKDOWN_PLUGINS = {
  remarkPlugins: [remarkContactTokens],
  rehypePlugins: [rehypeEasyReadIdeas, rehypeSections],
};
