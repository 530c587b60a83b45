// `npm start`: build the whole site, then serve it with its functions on http://127.0.0.1:8788.
import { run } from './run.ts';

try {
  await run('node', ['scripts/build.ts']);
  await run('node', ['scripts/serve.ts', ...process.argv.slice(2)]);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
