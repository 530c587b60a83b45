/** How a scam reaches people. The ids are the contract's (DESIGN.md "Scam alerts"). */
export const CHANNELS = [
  { id: 'doorstep', name: 'At the door' },
  { id: 'phone', name: 'Phone call' },
  { id: 'text', name: 'Text message' },
  { id: 'email', name: 'Email' },
  { id: 'post', name: 'Post' },
  { id: 'online', name: 'Online' },
  { id: 'social', name: 'Social media' },
] as const;

export type ChannelId = (typeof CHANNELS)[number]['id'];

export const CHANNEL_IDS = CHANNELS.map((c) => c.id) as [ChannelId, ...ChannelId[]];

const NAMES = new Map<string, string>(CHANNELS.map((c) => [c.id, c.name]));

export function isChannelId(value: string): value is ChannelId {
  return NAMES.has(value);
}

export function channelName(id: ChannelId): string {
  return NAMES.get(id) ?? id;
}
