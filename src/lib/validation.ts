/**
 * The site's schemas, for the browser and the server alike: a small validator with the part of zod/mini's
 * API the site uses (same names, same rules: pipes stop at the first failing step, every check of a
 * schema runs and reports in order, objects drop unknown keys). Import it as `import * as z from …`.
 *
 * Why not zod itself: zod/mini put about 9 KB gzipped on each page whose island checks answers, and an
 * island page's budget (React's runtime is about 69 KB of it) has no room for that. Nothing here uses
 * eval or `new Function`, so the Content Security Policy has nothing to block.
 */

export interface Issue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export class ValidationError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues[0]?.message ?? 'Invalid input');
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

type Outcome<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };
type Path = readonly (string | number)[];

export type SafeParseResult<T> =
  { success: true; data: T; error?: undefined } | { success: false; data?: undefined; error: ValidationError };

/** A rule a parsed value must keep; it reports `message` when `test` is false. */
export interface Check<in T> {
  readonly test: (value: T) => boolean;
  readonly message: string;
  /** Where the issue belongs, under the value's own path (an object-wide rule about one field). */
  readonly path?: Path | undefined;
}

export interface Schema<T> {
  /** The parsed type, for `z.infer`; never set at run time. */
  readonly '~output'?: T;
  readonly run: (value: unknown, path: Path) => Outcome<T>;
  safeParse(value: unknown): SafeParseResult<T>;
  parse(value: unknown): T;
  check(...checks: Check<T>[]): Schema<T>;
}

type Output<S> = S extends Schema<infer T> ? T : never;
export type { Output as infer, Output as output };

/** `{ error: '…' }` or the message alone, as zod takes them. */
type Params = string | { error?: string; message?: string; path?: Path } | undefined;
const messageOf = (params: Params, fallback = 'Invalid input'): string =>
  typeof params === 'string' ? params : (params?.error ?? params?.message ?? fallback);

function schema<T>(run: (value: unknown, path: Path) => Outcome<T>): Schema<T> {
  const self: Schema<T> = {
    run,
    safeParse(value) {
      const outcome = run(value, []);
      return outcome.ok
        ? { success: true, data: outcome.value }
        : { success: false, error: new ValidationError(outcome.issues) };
    },
    parse(value) {
      const result = self.safeParse(value);
      if (!result.success) throw result.error;
      return result.data;
    },
    check(...checks) {
      return schema((value, path) => {
        const outcome = run(value, path);
        if (!outcome.ok) return outcome;
        const issues = checks
          .filter((c) => !c.test(outcome.value))
          .map((c) => ({ path: [...path, ...(c.path ?? [])], message: c.message }));
        return issues.length > 0 ? { ok: false, issues } : outcome;
      });
    },
  };
  return self;
}

const fail = (path: Path, message: string): { ok: false; issues: Issue[] } => ({
  ok: false,
  issues: [{ path, message }],
});
const typed = <T>(is: (v: unknown) => v is T, params: Params) =>
  schema<T>((v, path) => (is(v) ? { ok: true, value: v } : fail(path, messageOf(params))));

export const string = (params?: Params) => typed((v): v is string => typeof v === 'string', params);
export const number = (params?: Params) =>
  typed((v): v is number => typeof v === 'number' && Number.isFinite(v), params);
export const int = (params?: Params) => typed((v): v is number => Number.isSafeInteger(v), params);
export const boolean = (params?: Params) => typed((v): v is boolean => typeof v === 'boolean', params);

export const literal = <const T extends string | number | boolean | null>(value: T, params?: Params) =>
  typed((v): v is T => v === value, params);

function enumOf<const T extends readonly [string, ...string[]]>(values: T, params?: Params): Schema<T[number]> {
  return typed((v): v is T[number] => typeof v === 'string' && values.includes(v), params);
}
export { enumOf as enum };

// zod 4's own patterns, so the same answers pass on the server as passed before.
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const UUID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
export const email = (params?: Params) => typed((v): v is string => typeof v === 'string' && EMAIL.test(v), params);
export const uuid = (params?: Params) => typed((v): v is string => typeof v === 'string' && UUID.test(v), params);

export const optional = <T>(inner: Schema<T>) =>
  schema<T | undefined>((v, path) => (v === undefined ? { ok: true, value: undefined } : inner.run(v, path)));
export const nullable = <T>(inner: Schema<T>) =>
  schema<T | null>((v, path) => (v === null ? { ok: true, value: null } : inner.run(v, path)));
export const nullish = <T>(inner: Schema<T>) =>
  schema<T | null | undefined>((v, path) =>
    v === null || v === undefined ? { ok: true, value: v } : inner.run(v, path),
  );

/** Runs `first`, then `second` on what it gave; stops at the first that fails. */
export function pipe<A, B>(first: Schema<A>, second: Schema<B>): Schema<B> {
  return schema((v, path) => {
    const outcome = first.run(v, path);
    return outcome.ok ? second.run(outcome.value, path) : outcome;
  });
}

/**
 * Changes a value; meant as the second half of a pipe, whose first half gives what `change` takes (so the
 * value is passed on unchecked, and `change` names its own parameter's type).
 */
export const transform = <O>(change: (value: never) => O) =>
  schema<O>((v) => ({ ok: true, value: change(v as never) }));

export function array<T>(item: Schema<T>, params?: Params): Schema<T[]> {
  return schema((v, path) => {
    if (!Array.isArray(v)) return fail(path, messageOf(params));
    const values: T[] = [];
    const issues: Issue[] = [];
    v.forEach((entry: unknown, i) => {
      const outcome = item.run(entry, [...path, i]);
      if (outcome.ok) values.push(outcome.value);
      else issues.push(...outcome.issues);
    });
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: values };
  });
}

export function record<V>(key: Schema<string>, value: Schema<V>): Schema<Record<string, V>> {
  return schema((v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'Invalid input');
    const out: Record<string, V> = {};
    const issues: Issue[] = [];
    for (const [k, entry] of Object.entries(v)) {
      const keyOutcome = key.run(k, [...path, k]);
      const outcome = value.run(entry, [...path, k]);
      if (!keyOutcome.ok) issues.push(...keyOutcome.issues);
      else if (!outcome.ok) issues.push(...outcome.issues);
      else out[k] = outcome.value;
    }
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: out };
  });
}

type Shape = Record<string, Schema<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** A key whose schema allows undefined is optional, as in zod. */
type ObjectOutput<S extends Shape> = Simplify<
  { [K in keyof S as undefined extends Output<S[K]> ? never : K]: Output<S[K]> } & {
    [K in keyof S as undefined extends Output<S[K]> ? K : never]?: Output<S[K]>;
  }
>;

export interface ObjectSchema<S extends Shape> extends Schema<ObjectOutput<S>> {
  readonly shape: S;
}

export function object<S extends Shape>(shape: S, params?: Params): ObjectSchema<S> {
  const parsed = schema((v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, messageOf(params));
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const issues: Issue[] = [];
    for (const [key, field] of Object.entries(shape)) {
      const outcome = field.run(input[key], [...path, key]);
      if (!outcome.ok) issues.push(...outcome.issues);
      else if (outcome.value !== undefined || Object.hasOwn(input, key)) out[key] = outcome.value;
    }
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: out as ObjectOutput<S> };
  });
  return { ...parsed, shape };
}

export const extend = <S extends Shape, E extends Shape>(base: ObjectSchema<S>, more: E) =>
  object({ ...base.shape, ...more });

/** Checks, to pass to `.check(…)`. */
export const refine = <T>(test: (value: T) => boolean, params?: Params): Check<T> => ({
  test,
  message: messageOf(params),
  path: typeof params === 'object' ? params.path : undefined,
});
export const minLength = (min: number, params?: Params): Check<{ length: number }> =>
  refine((v) => v.length >= min, params);
export const maxLength = (max: number, params?: Params): Check<{ length: number }> =>
  refine((v) => v.length <= max, params);
export const regex = (pattern: RegExp, params?: Params): Check<string> => refine((v) => pattern.test(v), params);
export const minimum = (min: number, params?: Params): Check<number> => refine((v) => v >= min, params);
export const maximum = (max: number, params?: Params): Check<number> => refine((v) => v <= max, params);
