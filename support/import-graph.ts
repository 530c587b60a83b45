/**
 * The project's import rules, on a plain graph (file → the files and packages it imports), so they can be
 * tested without reading the tree. scripts/check-imports.ts builds the graph and prints the problems.
 */

/** Each file's imports: project files as repo-relative paths, packages by name. */
export type ImportGraph = ReadonlyMap<string, { files: readonly string[]; packages: readonly string[] }>;

/** Strongly connected groups of more than one node (or a node importing itself): Tarjan's algorithm. */
export function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;

  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of edges.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(group.sort());
  };

  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/**
 * The folder a file belongs to for the folder rule: a domain of src/lib (src/lib/traders/x.ts →
 * src/lib/traders; a file directly in src/lib is its own), or the top folder elsewhere.
 */
export function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'src' && parts[1] === 'lib') {
    return parts.length > 3 ? parts.slice(0, 3).join('/') : file.replace(/\.tsx?$/, '');
  }
  if (parts[0] === 'src') return parts.slice(0, 2).join('/');
  return parts[0] ?? file;
}

function folderEdges(graph: ImportGraph): Map<string, string[]> {
  const edges = new Map<string, Set<string>>();
  for (const [file, { files }] of graph) {
    const from = folderOf(file);
    const set = edges.get(from) ?? new Set<string>();
    for (const to of files) if (folderOf(to) !== from) set.add(folderOf(to));
    edges.set(from, set);
  }
  return new Map([...edges].map(([from, set]) => [from, [...set].sort()]));
}

function fileEdges(graph: ImportGraph): Map<string, string[]> {
  return new Map([...graph].map(([file, { files }]) => [file, [...files]]));
}

/** Packages src/lib may not use, so it runs in Node, the browser and workerd alike. */
const FRAMEWORK = /^(react|react-dom|astro|@astrojs\/|@cloudflare\/|cloudflare:|wrangler)/;

/** Which folders a folder may not import from, and why (the message says what to do instead). */
const BOUNDARIES: { from: RegExp; to: RegExp; why: string }[] = [
  { from: /^src\/lib\//, to: /^src\/(components|render|pages|layouts)\//, why: 'src/lib is framework-free' },
  { from: /^scripts\//, to: /^tests\//, why: 'share code through support/' },
  { from: /^tests\//, to: /^scripts\//, why: 'share code through support/' },
  { from: /^support\//, to: /^(tests|scripts)\//, why: 'support/ is shared by scripts and tests' },
  { from: /^(src|functions)\//, to: /^(tests|scripts|support)\//, why: 'the site never imports tooling' },
];

export function importProblems(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const group of cycles(fileEdges(graph))) problems.push(`import cycle between files: ${group.join(' → ')}`);
  for (const group of cycles(folderEdges(graph))) problems.push(`import cycle between folders: ${group.join(' ↔ ')}`);
  for (const [file, { files, packages }] of graph) {
    for (const to of files) {
      const rule = BOUNDARIES.find((b) => b.from.test(file) && b.to.test(to));
      if (rule) problems.push(`${file} imports ${to}: ${rule.why}`);
    }
    if (file.startsWith('src/lib/')) {
      for (const name of packages) {
        if (FRAMEWORK.test(name)) problems.push(`${file} imports ${name}: src/lib is framework-free`);
      }
    }
  }
  return problems;
}
