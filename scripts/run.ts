// Runs a command from the project root with node_modules/.bin (and so the pinned Node) first on PATH.
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const bin = `${root}node_modules/.bin`;

export function withLocalBin(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, PATH: `${bin}:${env['PATH'] ?? ''}` };
}

/** Runs a command to completion, streaming its output; rejects with its exit code. */
export function run(cmd: string, args: string[], env: Record<string, string> = {}, base = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: withLocalBin({ ...base, ...env }) });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      // Stopped with Ctrl-C (the whole process group gets SIGINT): a clean stop, not a failure.
      if (code === 0 || signal === 'SIGINT' || code === 130) resolve();
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${String(code)}`})`));
    });
  });
}
