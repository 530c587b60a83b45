/**
 * Where the Worker puts what depends on the day into pages Astro built: the home page's alerts panel and an
 * alert page's "is it current?" line. A built page holds only the empty slot, so a page served without the
 * Worker can never show a stale "current".
 */
export const HOME_ALERTS_SLOT = '<!--alerts:home-->';
export const ALERT_STATUS_SLOT = '<!--alert:status-->';

export function fillSlot(page: string, slot: string, content: { value: string }): string {
  if (!page.includes(slot)) throw new Error(`The built page has no ${slot} slot`);
  return page.replace(slot, () => content.value);
}
