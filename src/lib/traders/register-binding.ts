/**
 * The part of D1 the register's queries use, described structurally (the real binding satisfies it) so
 * src/lib stays free of Cloudflare imports.
 */
/* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- mirrors D1's own generic signatures */
export interface RegisterStatement {
  bind(...values: unknown[]): RegisterStatement;
  all<T = Record<string, unknown>>(): Promise<{ results: T[] }>;
}
/* eslint-enable @typescript-eslint/no-unnecessary-type-parameters */
export interface RegisterDb {
  prepare(sql: string): RegisterStatement;
}
