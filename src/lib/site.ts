/** The site's name and the short phrases every page shares. */
export const SITE_NAME = "Not Sure? Don't Open the Door";
export const SITE_TAGLINE = 'Advice for Hertfordshire residents on doorstep crime, rogue traders and scams';

/** The full <title> of a page: its own title, then the site name. */
export function pageTitle(title: string): string {
  return title === SITE_NAME ? SITE_NAME : `${title} – ${SITE_NAME}`;
}

/** The public address when SITE_URL is not set (a build for development or tests). */
export const DEFAULT_SITE_URL = 'https://not-sure-dont-open-the-door.pages.dev';
