// A D1-shaped database over Node's built-in SQLite, in memory, with every migration applied. For measuring
// the handler's own cost: wrangler's platform proxy makes each D1 method call (prepare, bind, run) an IPC
// round trip to workerd, which is not what a deployed Worker pays. Same SQLite dialect, same statements.
import { readdirSync, readFileSync } from 'node:fs';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { D1Like, D1Statement } from '../src/lib/web/d1.ts';

const MIGRATIONS = new URL('../migrations/', import.meta.url).pathname;

/* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- mirrors D1's own generic signatures */
class Statement implements D1Statement {
  readonly db: DatabaseSync;
  readonly sql: string;
  readonly values: SQLInputValue[];
  constructor(db: DatabaseSync, sql: string, values: SQLInputValue[] = []) {
    this.db = db;
    this.sql = sql;
    this.values = values;
  }
  bind(...values: unknown[]): D1Statement {
    return new Statement(this.db, this.sql, values as SQLInputValue[]);
  }
  rows<T>(): T[] {
    return this.db.prepare(this.sql).all(...this.values) as T[];
  }
  first<T>(): Promise<T | null> {
    return Promise.resolve(this.rows<T>()[0] ?? null);
  }
  run(): Promise<unknown> {
    return Promise.resolve(this.db.prepare(this.sql).run(...this.values));
  }
  all<T>(): Promise<{ results: T[] }> {
    return Promise.resolve({ results: this.rows<T>() });
  }
}

export function sqliteD1(): D1Like & { close: () => void } {
  const db = new DatabaseSync(':memory:');
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    db.exec(readFileSync(MIGRATIONS + file, 'utf8'));
  }
  return {
    prepare: (sql) => new Statement(db, sql),
    batch<T>(statements: D1Statement[]): Promise<{ results: T[] }[]> {
      // Like D1: one transaction, all or nothing.
      db.exec('BEGIN');
      try {
        const results = statements.map((s) => {
          if (!(s instanceof Statement)) throw new Error('batch takes statements from this database');
          return { results: s.rows<T>() };
        });
        db.exec('COMMIT');
        return Promise.resolve(results);
      } catch (error) {
        db.exec('ROLLBACK');
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    close: () => {
      db.close();
    },
  };
}
