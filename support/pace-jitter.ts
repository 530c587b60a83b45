// How much arrival jitter a send pace absorbs, read from when requests reached the provider. A provider that
// allows `limit` requests in any one second refuses the (limit+1)th if it arrives less than 1000 ms after
// the first of them. Sends paced `interval` apart span limit × interval over limit gaps, so the pace leaves
// limit × interval − 1000 ms of slack (about 1000 × margin); the squeeze is how much a window of limit gaps
// came out shorter than paced. A squeeze beyond the slack is a 429.

export interface PaceJitter {
  /** Windows of `limit` consecutive gaps measured. */
  windows: number;
  /** Slack the pace leaves in every window, ms. */
  slackMs: number;
  /** How much shorter than paced a window came out: median, 99th percentile and worst, ms. */
  squeezeMs: { p50: number; p99: number; max: number };
  /** Windows shorter than one second: each is a request the provider would refuse. */
  overLimit: number;
}

export function paceJitter(arrivals: readonly number[], limit: number, intervalMs: number): PaceJitter {
  const squeezes: number[] = [];
  let overLimit = 0;
  for (let i = 0; i + limit < arrivals.length; i++) {
    const span = arrivals[i + limit]! - arrivals[i]!;
    squeezes.push(limit * intervalMs - span);
    if (span < 1000) overLimit += 1;
  }
  squeezes.sort((a, b) => a - b);
  const at = (p: number) => squeezes[Math.min(squeezes.length - 1, Math.ceil(p * squeezes.length) - 1)] ?? NaN;
  return {
    windows: squeezes.length,
    slackMs: limit * intervalMs - 1000,
    squeezeMs: { p50: at(0.5), p99: at(0.99), max: squeezes.at(-1) ?? NaN },
    overLimit,
  };
}
