// Helpers for starting the site locally on loopback: a free port, and waiting until it answers.
import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that nothing is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no free port'));
      });
    });
  });
}

/** True once `url` answers 2xx; false if it has not by `timeoutMs` or `gaveUp()` says to stop. */
export async function answersWithin(
  url: string,
  timeoutMs: number,
  gaveUp: () => boolean = () => false,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gaveUp()) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/** Waits until `url` answers, or throws saying what did not start. */
export async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  if (!(await answersWithin(url, timeoutMs))) {
    throw new Error(`Nothing answered at ${url} within ${timeoutMs / 1000} s`);
  }
}
