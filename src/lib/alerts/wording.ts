import { areaName, type AreaId } from './areas.ts';
import { channelName, type ChannelId } from './channels.ts';

/** The page's name for the alerts: what residents are looking for. */
export const ALERTS_TITLE = 'Scams going round now';

/** Where an alert applies, in words: "Watford and St Albans", "All of Hertfordshire", "All of the UK". */
export function areasText(areas: readonly AreaId[]): string {
  if (areas.includes('national')) return areaName('national');
  const districts = areas.filter((a) => a !== 'hertfordshire');
  if (districts.length === 0) return areaName('hertfordshire');
  const names = districts.map(areaName);
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** How it comes, in words: "Phone call, At the door" → "phone call or at the door". */
export function channelsText(channels: readonly ChannelId[]): string {
  const names = channels.map((c) => channelName(c).toLowerCase());
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}
