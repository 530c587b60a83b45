/**
 * The parts of Cloudflare's D1 binding the site uses, as structural types so src/lib stays free of
 * Cloudflare imports (the real D1Database satisfies them): the one place D1's shape is written down.
 */
/* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- mirrors D1's own generic signatures */
/** The part the trader register's reads use: prepare, bind and all (test doubles need no more). */
export interface D1ReadStatement {
  bind(...values: unknown[]): D1ReadStatement;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
}

export interface D1Reader {
  prepare(sql: string): D1ReadStatement;
}

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
