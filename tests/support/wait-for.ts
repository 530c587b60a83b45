// Waiting on a condition, never on a guess of how long something takes: resolves as soon as `condition`
// holds, checking often; the timeout is only a backstop so a broken test ends with a clear message.

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Still waiting after ${timeoutMs / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
