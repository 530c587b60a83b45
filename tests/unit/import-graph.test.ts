import { describe, expect, it } from 'vitest';
import { cycles, folderOf, importProblems, type ImportGraph } from '../../support/import-graph.ts';

const graph = (entries: Record<string, string[] | { files?: string[]; packages?: string[] }>): ImportGraph =>
  new Map(
    Object.entries(entries).map(([file, v]) => [
      file,
      Array.isArray(v) ? { files: v, packages: [] } : { files: v.files ?? [], packages: v.packages ?? [] },
    ]),
  );

describe('cycles', () => {
  it('finds a loop of three and a file importing itself, and nothing in a tree', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(cycles(edges)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      cycles(
        new Map([
          ['x', ['y']],
          ['y', []],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('folderOf', () => {
  it('names the src/lib domain, and treats a domain file beside its folder as the domain', () => {
    expect(folderOf('src/lib/traders/api.ts')).toBe('src/lib/traders');
    expect(folderOf('src/lib/referral/delivery/cron.ts')).toBe('src/lib/referral');
    expect(folderOf('src/lib/cancellation.ts')).toBe('src/lib/cancellation');
    expect(folderOf('src/components/ui/Button.tsx')).toBe('src/components');
    expect(folderOf('tests/unit/x.test.ts')).toBe('tests');
  });
});

describe('importProblems', () => {
  it('passes a project that keeps every rule', () => {
    const ok = graph({
      'src/lib/traders/api.ts': ['src/lib/web/http.ts', 'src/lib/calendar-date.ts'],
      'src/lib/web/http.ts': [],
      'src/lib/calendar-date.ts': [],
      'src/render/page.tsx': { files: ['src/lib/traders/api.ts'], packages: ['react'] },
      'scripts/build.ts': ['support/fake.ts'],
      'tests/unit/a.test.ts': ['support/fake.ts', 'src/lib/traders/api.ts'],
      'support/fake.ts': [],
    });
    expect(importProblems(ok)).toEqual([]);
  });

  it('fails a cycle between folders even when no file cycle exists', () => {
    const problems = importProblems(
      graph({
        'src/lib/traders/a.ts': ['src/lib/referral/b.ts'],
        'src/lib/referral/b.ts': [],
        'src/lib/referral/c.ts': ['src/lib/traders/d.ts'],
        'src/lib/traders/d.ts': [],
      }),
    );
    expect(problems).toEqual(['import cycle between folders: src/lib/referral ↔ src/lib/traders']);
  });

  it('fails a file cycle, a framework import in src/lib, and tests and scripts importing each other', () => {
    const problems = importProblems(
      graph({
        'src/lib/x/a.ts': ['src/lib/x/b.ts'],
        'src/lib/x/b.ts': { files: ['src/lib/x/a.ts'], packages: ['react'] },
        'src/lib/x/c.ts': ['src/components/ui/Button.tsx'],
        'src/components/ui/Button.tsx': [],
        'tests/unit/t.test.ts': ['scripts/run.ts'],
        'scripts/run.ts': ['tests/support/s.ts'],
        'tests/support/s.ts': [],
      }),
    );
    expect(problems).toContain('import cycle between files: src/lib/x/a.ts → src/lib/x/b.ts');
    expect(problems).toContain('src/lib/x/b.ts imports react: src/lib is framework-free');
    expect(problems).toContain('src/lib/x/c.ts imports src/components/ui/Button.tsx: src/lib is framework-free');
    expect(problems).toContain('tests/unit/t.test.ts imports scripts/run.ts: share code through support/');
    expect(problems).toContain('scripts/run.ts imports tests/support/s.ts: share code through support/');
  });
});
