/** The sections of the advice library, in the order residents see them. */
export const CATEGORIES = [
  {
    id: 'doorstep',
    title: 'Doorstep callers',
    description: 'Someone at your door: what to do, how to check who they are, and how rogue traders work.',
  },
  {
    id: 'your-rights',
    title: 'Your rights',
    description: 'Cancelling a contract you agreed at home, and getting your money back.',
  },
  {
    id: 'scams',
    title: 'Types of scam',
    description: 'Scams by post, phone, text, email, online and at the door: the signs and what to do.',
  },
  {
    id: 'stay-safe',
    title: 'Staying safe',
    description: 'Finding a trader you can trust, stopping cold callers, and looking out for someone you care about.',
  },
  {
    id: 'get-help',
    title: 'Get help',
    description: 'If it has happened to you: what to do now, where to report it, and free support from Beacon.',
  },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];

export const CATEGORY_IDS = CATEGORIES.map((c) => c.id) as [CategoryId, ...CategoryId[]];

export function categoryById(id: CategoryId) {
  const found = CATEGORIES.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown category: ${id}`);
  return found;
}
