// For the content owner: lists the advice pages whose review date has passed, and fails if there are any.
// `npm test` only warns about them, so that a review falling due never stops an urgent fix from shipping.
import { isOverdue } from '../src/lib/advice/content-check.ts';
import { readAdviceFiles } from '../support/advice-files.ts';

const today = new Date().toISOString().slice(0, 10);
const pages = readAdviceFiles();
const due = pages.filter((f) => isOverdue(f.frontmatter, today));
for (const f of due) console.log(`${f.slug}: review was due ${f.frontmatter.reviewDue.toISOString().slice(0, 10)}`);
const soon = pages
  .map((f) => f.frontmatter.reviewDue.toISOString().slice(0, 10))
  .filter((d) => d >= today)
  .sort()[0];
console.log(
  due.length === 0
    ? `No pages are due for review (${pages.length} pages; the next is due ${soon ?? 'never'}).`
    : `${due.length} of ${pages.length} pages are due for review: check each against its sources, then set updated and reviewDue.`,
);
process.exitCode = due.length > 0 ? 1 : 0;
