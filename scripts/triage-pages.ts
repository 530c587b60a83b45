// Every "What do I do now?" page a visitor can reach, rendered as the function renders it, for the checks
// that read built pages (links). The function builds these at request time, so they are not in dist/.
import { runnerImport } from 'vite';
import type { BuiltPage } from '../src/lib/web/link-check.ts';
import { allCompleteAnswers } from '../src/lib/triage/all-answers.ts';
import { TRIAGE_PATH, triageUrl } from '../src/lib/triage/links.ts';
import { parseTriage } from '../src/lib/triage/parse.ts';

type TriageRender = typeof import('../src/render/triage-page.tsx');

export async function triagePages(): Promise<BuiltPage[]> {
  // The pages are React components (.tsx), which Node cannot load itself: Vite transforms them, as it does
  // for Astro's build, so these are the very pages the Worker answers with.
  const render = new URL('../src/render/triage-page.tsx', import.meta.url).pathname;
  const { triageFill } = (await runnerImport<TriageRender>(render, { configFile: false, logLevel: 'error' })).module;
  const urls = new Set<string>();
  for (const answers of allCompleteAnswers()) {
    const asked: Record<string, string> = {};
    for (const [id, value] of Object.entries(answers)) {
      urls.add(triageUrl(asked));
      asked[id] = value;
    }
    urls.add(triageUrl(answers));
  }
  // The first question (no answers) is a built page already, in dist/.
  urls.delete(TRIAGE_PATH);
  return [...urls].map((url) => ({
    path: url,
    html: triageFill(parseTriage(new URL(url, 'http://site').searchParams)).main.value,
  }));
}
