import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { adviceSchema } from '../../src/lib/advice/schema.ts';
import { alertSchema } from '../../src/lib/alerts/schema.ts';
import {
  collectionFields,
  editorConfig,
  MANAGED_COLLECTIONS,
  type EditorCollection,
  type EditorField,
} from '../../src/lib/cms/editor-config.ts';
import { ADVICE_WORDING } from '../../src/lib/cms/editor-wording.ts';
import { configDisagreements } from '../support/cms-drift.ts';

const options = { repo: 'herts-ts/site', siteUrl: 'https://example.org/some/path' };
const config = editorConfig(options) as { collections: EditorCollection[]; backend: Record<string, unknown> } & Record<
  string,
  unknown
>;
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (c: string, name: string) => collection(c).fields.find((f) => f.name === name)!;
const SCHEMAS = { advice: adviceSchema, alerts: alertSchema } as const;

describe('the editor config, generated from the zod schemas', () => {
  it('agrees with each schema, field by field', () => {
    for (const c of config.collections) {
      expect(configDisagreements(c.name, c.fields, SCHEMAS[c.name as keyof typeof SCHEMAS])).toEqual([]);
    }
    expect(config.collections.map((c) => [c.name, c.folder])).toEqual([
      ['advice', 'content/advice'],
      ['alerts', 'content/alerts'],
    ]);
  });

  it('saves every edit as a pull request, signs in through our Worker and writes no blank optional field', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'herts-ts/site',
      branch: 'main',
      base_url: 'https://example.org',
      auth_endpoint: 'api/cms/auth',
    });
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });

  it('shows enums as selects, dates as YYYY-MM-DD, sources as title and url, related as a relation', () => {
    expect(field('advice', 'category')).toMatchObject({ widget: 'select', required: true });
    expect(field('alerts', 'areas')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(field('alerts', 'updated')).toMatchObject({
      widget: 'datetime',
      type: 'date',
      format: 'YYYY-MM-DD',
      required: false,
    });
    const sources = field('advice', 'sources');
    expect((sources.fields as EditorField[]).map((f) => [f.name, f.required])).toEqual([
      ['title', true],
      ['url', true],
    ]);
    expect(field('alerts', 'sources')).toMatchObject({ min: 1 });
    expect(field('advice', 'related')).toMatchObject({ widget: 'relation', collection: 'advice', multiple: true });
    expect(field('advice', 'summary')).toMatchObject({ widget: 'text', maxlength: 160 });
    expect(field('advice', 'body')).toMatchObject({ widget: 'markdown', editor_components: ['tel'] });
  });

  it('starts a new alert with the sections every alert needs', () => {
    const body = String(field('alerts', 'body').default);
    for (const heading of ['## How to spot it', '## What to do now', '## Where to report it'])
      expect(body).toContain(heading);
    expect(body).toMatch(/\{\{tel:[a-z-]+\}\}/);
  });

  it('is what the build wrote to dist/admin/config.yml, when there is a build', () => {
    const built = new URL('../../dist/admin/config.yml', import.meta.url).pathname;
    if (!existsSync(built)) return; // unit tests run before `npm test` builds; the e2e test reads the served file
    const file = parse(readFileSync(built, 'utf8')) as { collections: EditorCollection[] };
    for (const c of file.collections) {
      expect(configDisagreements(c.name, c.fields, SCHEMAS[c.name as keyof typeof SCHEMAS])).toEqual([]);
    }
  });
});

describe('drift between the schema and the editor fails', () => {
  const advice = MANAGED_COLLECTIONS.find((c) => c.name === 'advice')!;

  it('refuses to build an editor for a schema field it has no wording for', () => {
    const grown = { ...advice, schema: adviceSchema.extend({ audience: z.enum(['residents', 'carers']) }) };
    expect(() => collectionFields(grown)).toThrow(/"audience" has no editor wording/);
  });

  it('refuses an enum value the editor cannot name', () => {
    const wording = { ...ADVICE_WORDING, category: { label: 'Section', options: { doorstep: 'Doorstep callers' } } };
    expect(() => collectionFields({ ...advice, wording })).toThrow(/"your-rights" of "category" has no name/);
  });

  it('refuses wording for a field the schema no longer has', () => {
    const shrunk = { ...advice, schema: adviceSchema.omit({ printable: true }) };
    expect(() => collectionFields(shrunk)).toThrow(/wording for "printable", which the schema does not have/);
  });

  it('reports a config that lacks a field, an enum value, or says a required field is optional', () => {
    const fields = structuredClone(collection('advice').fields);
    const category = fields.find((f) => f.name === 'category')!;
    category.options = (category.options as { value: string }[]).filter((o) => o.value !== 'scams');
    fields.find((f) => f.name === 'summary')!.required = false;
    const withoutKeywords = fields.filter((f) => f.name !== 'keywords');
    expect(configDisagreements('advice', withoutKeywords, adviceSchema)).toEqual([
      'advice.summary: required is false, the schema says true',
      'advice.category: the select lacks "scams"',
      'advice.keywords: in the schema, missing from the editor',
    ]);
  });

  it('reports a field added to zod that the config lacks', () => {
    const grown = adviceSchema.extend({ reviewer: z.string().min(2) });
    expect(configDisagreements('advice', collection('advice').fields, grown)).toEqual([
      'advice.reviewer: in the schema, missing from the editor',
    ]);
  });
});
