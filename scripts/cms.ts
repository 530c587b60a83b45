// `npm run cms`: the editor against this working tree, for developers. Builds and serves the site as
// `npm start` does; the editor's local mode then reads and writes the files in this folder directly (no
// GitHub, no sign-in), through the browser's File System Access API (Chrome or Edge).
import { run } from './run.ts';

const root = new URL('..', import.meta.url).pathname;
const port = process.argv.includes('--port') ? process.argv[process.argv.indexOf('--port') + 1] : '8788';

try {
  await run('node', ['scripts/build.ts']);
  console.log(`
  Editor: http://127.0.0.1:${port}/admin/ (Chrome or Edge)
  Choose "Work with Local Repository", then pick this folder: ${root}
  Saves change the files in content/ at once; run npm run content:check, then stop and start this again
  to see them on the site.
`);
  await run('node', ['scripts/serve.ts', ...process.argv.slice(2)]);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
