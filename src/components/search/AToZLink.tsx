/**
 * What a search that found nothing offers instead: every advice page. An element, not a component: it
 * never changes, and it keeps the search island's code as small as it was before the pages shared it.
 */
export const A_TO_Z_LINK = (
  <p>
    <a href="/advice/">See every advice page from A to Z</a>
  </p>
);
