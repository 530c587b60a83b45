import { describe, expect, it } from 'vitest';
import * as z from '../../src/lib/validation.ts';

const messages = (result: z.SafeParseResult<unknown>) => result.error?.issues.map((i) => i.message) ?? [];

describe('the site validator', () => {
  it('reports every failing check of a schema, in order', () => {
    const name = z.string('Enter text').check(
      z.minLength(1, 'Enter a name'),
      z.refine((v: string) => /^\w*$/.test(v), 'Letters only'),
    );
    expect(messages(name.safeParse(''))).toEqual(['Enter a name']);
    expect(messages(name.safeParse('a b'))).toEqual(['Letters only']);
    expect(messages(name.safeParse(3))).toEqual(['Enter text']);
    expect(name.safeParse('ab')).toEqual({ success: true, data: 'ab' });
  });

  it('stops a pipe at the first step that fails, and transforms only good values', () => {
    let calls = 0;
    const upper = z.pipe(
      z.string({ error: 'Not text' }),
      z.transform((v: string) => {
        calls += 1;
        return v.toUpperCase();
      }),
    );
    expect(upper.parse('al10')).toBe('AL10');
    expect(messages(upper.safeParse(null))).toEqual(['Not text']);
    expect(calls).toBe(1);
    expect(() => upper.parse(null)).toThrow(z.ValidationError);
  });

  it('drops unknown keys, gives each issue its path, and leaves absent optional keys out', () => {
    const shape = z.object({
      name: z.string({ error: 'Enter your name' }),
      tags: z.array(z.enum(['a', 'b'], { error: 'Pick a or b' })),
      note: z.optional(z.string()),
      email: z.nullable(z.email({ error: 'Bad email' })),
    });
    expect(shape.parse({ name: 'Ann', tags: ['a'], email: null, extra: 1 })).toEqual({
      name: 'Ann',
      tags: ['a'],
      email: null,
    });
    const bad = shape.safeParse({ tags: ['a', 'c'], email: 'a@b' });
    expect(bad.error?.issues).toEqual([
      { path: ['name'], message: 'Enter your name' },
      { path: ['tags', 1], message: 'Pick a or b' },
      { path: ['email'], message: 'Bad email' },
    ]);
  });

  it('runs an object-wide check only on a good object, with the path it names', () => {
    const either = z
      .object({ q: z.nullable(z.string()), trade: z.nullable(z.string()) })
      .check(z.refine((s) => s.q !== null || s.trade !== null, { message: 'Enter something', path: ['q'] }));
    expect(either.safeParse({ q: null, trade: null }).error?.issues).toEqual([
      { path: ['q'], message: 'Enter something' },
    ]);
    expect(either.safeParse({ q: 'x', trade: null }).success).toBe(true);
  });

  it('accepts the emails and UUIDs zod accepted, and only those', () => {
    expect(z.email().safeParse('name@example.com').success).toBe(true);
    expect(z.email().safeParse('name@example').success).toBe(false);
    expect(z.email().safeParse('.name@example.com').success).toBe(false);
    expect(z.uuid().safeParse('0b6b9d9c-4c1a-4f8e-9a43-2f0c5d1e7a10').success).toBe(true);
    expect(z.uuid().safeParse('0b6b9d9c-4c1a-4f8e-7a43-2f0c5d1e7a10').success).toBe(false);
  });

  it('extends an object and checks numbers', () => {
    const base = z.object({ message: z.string() });
    const page = z.extend(base, { page: z.int().check(z.minimum(1, 'Too small'), z.maximum(9, 'Too big')) });
    expect(page.parse({ message: 'm', page: 3 })).toEqual({ message: 'm', page: 3 });
    expect(messages(page.safeParse({ message: 'm', page: 0 }))).toEqual(['Too small']);
    expect(page.safeParse({ message: 'm', page: 1.5 }).success).toBe(false);
    expect(z.record(z.string(), z.number()).safeParse({ a: 1, b: 'x' }).success).toBe(false);
  });
});
