import { AREAS, isAreaId } from './areas.ts';
import { CHANNELS, isChannelId } from './channels.ts';
import type { AlertFilter } from './listing.ts';
import type { AlertQueryError } from './page.ts';

/**
 * `?area=` and `?channel=` on /alerts/ and the feeds. Empty means "all" (the form's first choice); any other
 * value must be one of the ids, or the page says which it could not read and lists the choices (400).
 */
export type AlertQuery =
  { ok: true; filter: AlertFilter } | { ok: false; filter: AlertFilter; errors: AlertQueryError[] };

const QUERY_MESSAGES = {
  area: 'Choose an area from the list',
  channel: 'Choose how the scam came from the list',
} as const;

export function parseAlertQuery(params: URLSearchParams, fields: readonly ('area' | 'channel')[]): AlertQuery {
  const filter: AlertFilter = {};
  const errors: AlertQueryError[] = [];
  const area = fields.includes('area') ? (params.get('area') ?? '') : '';
  const channel = fields.includes('channel') ? (params.get('channel') ?? '') : '';
  if (area !== '') {
    if (isAreaId(area)) filter.area = area;
    else errors.push({ field: 'area', message: QUERY_MESSAGES.area });
  }
  if (channel !== '') {
    if (isChannelId(channel)) filter.channel = channel;
    else errors.push({ field: 'channel', message: QUERY_MESSAGES.channel });
  }
  return errors.length === 0 ? { ok: true, filter } : { ok: false, filter, errors };
}

/** The choices, as a plain list for an error answer that is not a page (the feeds). */
export function choicesText(field: 'area' | 'channel'): string {
  const ids = field === 'area' ? AREAS.map((a) => a.id) : CHANNELS.map((c) => c.id);
  return `${field} must be one of: ${ids.join(', ')}`;
}
