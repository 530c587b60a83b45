import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// "Due for review" is decided by the Worker on the day a page is asked for (src/lib/advice/review-notice.ts):
// the same built page says when its next check is due until that day, and that it is due for review after.
const page = 'rogue-traders';
const due = /reviewDue: (\d{4}-\d{2}-\d{2})/.exec(
  readFileSync(new URL(`../../content/advice/${page}.md`, import.meta.url), 'utf8'),
)?.[1];
const dayAfter = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

for (const version of [`/advice/${page}/`, `/advice/${page}/large-print/`]) {
  test(`${version} says it is due for review only once its review date has passed`, async ({ request }) => {
    expect(due).toBeDefined();
    const onTheDay = await (await request.get(`${version}?now=${due ?? ''}`)).text();
    expect(onTheDay).toContain('Next check due');
    expect(onTheDay).not.toContain('due for review');
    const after = await request.get(`${version}?now=${dayAfter(due ?? '')}`);
    expect(after.headers()['cache-control']).toBe('no-store');
    const text = await after.text();
    expect(text).toContain('This page is due for review');
    expect(text).not.toContain('Next check due');
  });
}
