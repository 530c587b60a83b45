// Imports a module that Node can't run as it is (React's .tsx, JSON imports) by bundling it with esbuild
// first, for command-line tools that need the site's own rendering: the page budget and the benchmarks.
import { build } from 'esbuild';

const ROOT = new URL('..', import.meta.url).pathname;

export async function importBundled<T>(entry: string): Promise<T> {
  const result = await build({
    entryPoints: [`${ROOT}${entry}`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as T;
}
