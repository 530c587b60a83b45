// Alert records for unit tests: fictional, dated so the days either side of each boundary are easy to see.
import type { AlertRecord } from '../../src/lib/alerts/record.ts';

export function alertRecord(over: Partial<AlertRecord> & { slug: string }): AlertRecord {
  return {
    title: `Alert ${over.slug}`,
    summary: 'A fictional alert for tests, long enough to be a summary.',
    published: '2026-07-15',
    expires: '2026-10-15',
    withdrawn: false,
    areas: ['hertfordshire'],
    channels: ['phone'],
    sources: [{ title: 'A source', url: 'https://example.org/warning' }],
    related: [],
    html: '<p>What is happening.</p><section class="callout"><h2>What to do now</h2><p>Hang up.</p></section>',
    ...over,
  };
}
