/**
 * The part of Cloudflare's D1 binding this feature uses, as a structural type so src/lib stays free of
 * Cloudflare imports (the real D1Database satisfies it).
 */
/* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- mirrors D1's own generic signatures */
export interface D1Statement {
  bind(...values: unknown[]): D1Statement;
  first<T = Record<string, unknown>>(): Promise<T | null>;
  run(): Promise<unknown>;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
}

export interface D1Like {
  prepare(sql: string): D1Statement;
  /** Runs the statements in order in one transaction and one round trip; all or nothing. */
  batch<T = Record<string, unknown>>(statements: D1Statement[]): Promise<{ results: T[] }[]>;
}
