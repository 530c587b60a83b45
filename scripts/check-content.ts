// Prints each advice page's plain-English figures and fails if any page breaks the content rules.
// A passed review date is a warning here (so an urgent fix can always ship); `npm run content:due` fails on it.
import { checkAdvicePage } from '../src/lib/advice/content-check.ts';
import { CONTACTS } from '../src/lib/contacts/contacts.ts';
import { contactProblems } from '../src/lib/advice/source-rules.ts';
import { readAdviceFiles } from '../support/advice-files.ts';

const today = new Date().toISOString().slice(0, 10);
const reports = readAdviceFiles().map((f) => checkAdvicePage(f.slug, f.frontmatter, f.body, today));
console.log('page'.padEnd(44), 'ease', ' avg', 'words', ' problems');
for (const r of reports) {
  console.log(
    r.slug.padEnd(44),
    r.fleschReadingEase.toFixed(1).padStart(5),
    r.averageSentenceLength.toFixed(1).padStart(4),
    String(r.words).padStart(5),
    r.problems.join('; '),
  );
}
const contacts = contactProblems(CONTACTS);
for (const p of contacts) console.log(p);
const failing = reports.filter((r) => r.problems.length > 0);
const overdue = reports.filter((r) => r.warnings.length > 0);
for (const r of overdue) console.warn(`warning: ${r.slug}: ${r.warnings.join('; ')} (run npm run content:due)`);
const lowest = reports.reduce((min, r) => Math.min(min, r.fleschReadingEase), Infinity);
console.log(
  `${reports.length} pages, lowest reading ease ${lowest}, ${failing.length} failing, ${overdue.length} due for review`,
);
process.exitCode = failing.length > 0 || contacts.length > 0 ? 1 : 0;
