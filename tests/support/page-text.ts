/** The words a reader meets on a page: each block (heading, paragraph, item, label, link) is a sentence. */
export function pageText(markup: string): string {
  return markup
    .replace(/<\/(p|li|h1|h2|h3|dt|dd|label|legend|a|span)>/g, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|’/g, "'")
    .replace(/&quot;|[“”]/g, '"')
    .replace(/&amp;/g, '&');
}
