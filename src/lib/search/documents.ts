import { adviceUrl } from '../advice/listing.ts';
import { contactTokensToText } from '../contacts/tokens.ts';
import { headingsAndBody } from '../advice/plain-text.ts';

/** An advice page as it arrives from the content files: slug, the frontmatter fields search reads, body. */
export interface AdviceSource {
  slug: string;
  frontmatter: { title: string; summary: string; keywords: readonly string[] };
  /** The markdown body, with {{tel:ID}} and {{name:ID}} tokens still in it. */
  body: string;
}

/** The text of one page, split into the fields the index weighs differently. */
export interface SearchDocument {
  url: string;
  title: string;
  summary: string;
  /** The page's own words for its topic: frontmatter keywords, space-separated. */
  keywords: string;
  /** Every ## to ###### heading, one a line. */
  headings: string;
  /** The rest of the page as a reader hears it: no markup, tokens expanded, headings left out. */
  body: string;
}

/** Splits an advice page into search fields. Throws on an unknown contact token, like the page build. */
export function adviceToSearchDocument(page: AdviceSource): SearchDocument {
  const markdown = contactTokensToText(page.body);
  const { headings, body } = headingsAndBody(markdown);
  return {
    url: adviceUrl(page.slug),
    title: page.frontmatter.title,
    summary: page.frontmatter.summary,
    keywords: page.frontmatter.keywords.join(' '),
    headings: headings.join('\n'),
    body: body.replace(/\s+/g, ' '),
  };
}
