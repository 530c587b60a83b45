// Prints each advice page's and alert's plain-English figures and fails if any breaks the content rules.
// A passed review date is a warning here (so an urgent fix can always ship); `npm run content:due` fails on it.
// `--root DIR` checks the content/ of another copy of the site (the editor's end-to-end test uses it).
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkAdvicePage } from '../src/lib/advice/content-check.ts';
import { CONTACTS } from '../src/lib/contacts/contacts.ts';
import { contactProblems } from '../src/lib/advice/source-rules.ts';
import { checkAlertPage } from '../src/lib/alerts/content-check.ts';
import { adviceUrl } from '../src/lib/advice/listing.ts';
import { MAX_QUESTIONS, MAX_STEPS, triageProblems } from '../src/lib/triage/limits.ts';
import { ukToday } from '../src/lib/calendar-date.ts';
import { readAdviceFiles } from '../support/advice-files.ts';
import { readAlertFiles } from '../support/alert-files.ts';
import { checkEasyReadPage } from '../src/lib/easy-read/content-check.ts';
import { readEasyReadFiles } from '../support/easy-read-files.ts';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
const content = values.root === undefined ? undefined : join(values.root, 'content');
const today = ukToday();
const advice = readAdviceFiles(content && join(content, 'advice'));
const adviceSlugs = new Set(advice.map((f) => f.slug));
const reports = [
  ...advice.map((f) => checkAdvicePage(f.slug, f.frontmatter, f.body, today)),
  ...readAlertFiles(content && join(content, 'alerts')).map((f) =>
    checkAlertPage(f.slug, f.frontmatter, f.body, adviceSlugs),
  ),
];
console.log('page'.padEnd(60), 'ease', ' avg', 'words', ' problems');
for (const r of reports) {
  console.log(
    r.slug.padEnd(60),
    r.fleschReadingEase.toFixed(1).padStart(5),
    r.averageSentenceLength.toFixed(1).padStart(4),
    String(r.words).padStart(5),
    r.problems.join('; '),
  );
}
const easyRead = readEasyReadFiles(content && join(content, 'easy-read')).map((f) =>
  checkEasyReadPage(f.slug, f.frontmatter, f.body, adviceSlugs),
);
console.log('\neasy read page'.padEnd(61), 'ease', 'longest', 'ideas', ' problems');
for (const r of easyRead) {
  console.log(
    `easy-read/${r.slug}`.padEnd(60),
    r.fleschReadingEase.toFixed(1).padStart(5),
    String(r.longestSentence).padStart(7),
    String(r.ideas).padStart(5),
    r.problems.join('; '),
  );
}
const contacts = contactProblems(CONTACTS);
for (const p of contacts) console.log(p);
// "What do I do now?": every path and plan within its limits, every plan link to a page with a title.
const triage = triageProblems(new Map(advice.map((f) => [adviceUrl(f.slug), f.frontmatter.title])));
for (const p of triage) console.log(`what-to-do-now: ${p}`);
if (triage.length === 0) {
  console.log(`what-to-do-now: at most ${MAX_QUESTIONS} questions on every path, ${MAX_STEPS} steps in every plan`);
}
const failing = [...reports, ...easyRead].filter((r) => r.problems.length > 0);
const overdue = reports.filter((r) => r.warnings.length > 0);
for (const r of overdue) console.warn(`warning: ${r.slug}: ${r.warnings.join('; ')} (run npm run content:due)`);
const lowest = reports.reduce((min, r) => Math.min(min, r.fleschReadingEase), Infinity);
console.log(
  `${reports.length} pages, lowest reading ease ${lowest}, ${failing.length} failing, ${overdue.length} due for review`,
);
process.exitCode = failing.length > 0 || contacts.length > 0 || triage.length > 0 ? 1 : 0;
