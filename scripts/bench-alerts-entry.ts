// What `npm run bench:alerts` times, bundled with esbuild (Node can't strip types from the React files):
// the Worker's own alert handlers, and the pure pieces they are made of, for registers of any size.
export { onRequestGet as alertsPage } from '../functions/alerts/index.ts';
export { onRequestGet as alertPage } from '../functions/alerts/[slug].ts';
export { onRequestGet as atomFeed } from '../functions/alerts/feed-xml.ts';
export { onRequestGet as homePage } from '../functions/index.ts';
export { ALERTS } from '../functions/alerts/alerts-data.ts';
export { alertLists } from '../src/lib/alerts/listing.ts';
export { alertsPageFill } from '../src/render/alerts-page.tsx';
export { fillShell } from '../src/lib/web/page-shell.ts';
