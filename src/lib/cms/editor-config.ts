import { z } from 'zod';
import { adviceSchema } from '../advice/schema.ts';
import { alertSchema } from '../alerts/schema.ts';
import { ADVICE_WORDING, ALERT_TEMPLATE, ALERT_WORDING, type FieldWording } from './editor-wording.ts';

/**
 * The CMS's config (/admin/config.yml, contract: DESIGN.md "CMS sign-in"), generated from the zod schemas so
 * they stay the one source of truth: each frontmatter key becomes one field, with its type, whether it is
 * required, its limits and its enum values from the schema, and only its wording from editor-wording.ts.
 * A schema field this cannot map, or one without wording, throws: the build stops rather than ship an
 * editor that would drop or mangle a field.
 */

type Json = { [key: string]: unknown };
export type EditorField = Json & { name: string; widget: string; required?: boolean };

export interface EditorCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  fields: EditorField[];
  [key: string]: unknown;
}

export interface EditorConfigOptions {
  /** The GitHub repository the content lives in, "owner/name". */
  repo: string;
  /** The site's public origin: the sign-in popup opens `${siteUrl}/api/cms/auth`. */
  siteUrl: string;
}

/** A content collection the editor manages: its folder, schema, wording and the body a new file starts with. */
export interface ManagedCollection {
  name: string;
  label: string;
  labelSingular: string;
  folder: string;
  schema: z.ZodType;
  wording: Readonly<Record<string, FieldWording>>;
  bodyLabel: string;
  bodyHint: string;
  bodyTemplate?: string;
}

export const MANAGED_COLLECTIONS: readonly ManagedCollection[] = [
  {
    name: 'advice',
    label: 'Advice pages',
    labelSingular: 'Advice page',
    folder: 'content/advice',
    schema: adviceSchema,
    wording: ADVICE_WORDING,
    bodyLabel: 'Page text',
    bodyHint: 'Short sentences, the action first. Put phone numbers in with Insert → Phone number.',
  },
  {
    name: 'alerts',
    label: 'Scam alerts',
    labelSingular: 'Scam alert',
    folder: 'content/alerts',
    schema: alertSchema,
    wording: ALERT_WORDING,
    bodyLabel: 'Alert text',
    bodyHint: 'Keep the three headings. Put phone numbers in with Insert → Phone number.',
    bodyTemplate: ALERT_TEMPLATE,
  },
];

/** The JSON Schema of a collection's frontmatter as the editor must write it (dates as YYYY-MM-DD strings). */
export function frontmatterJsonSchema(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  });
}

class EditorConfigError extends Error {}

function fail(where: string, what: string): never {
  throw new EditorConfigError(`${where}: ${what} (src/lib/cms/editor-config.ts, editor-wording.ts)`);
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Maps one property of the JSON Schema to an editor field. */
function fieldFor(
  where: string,
  name: string,
  prop: Json,
  required: boolean,
  wording: FieldWording | undefined,
): EditorField {
  if (!wording) fail(where, `the schema's field "${name}" has no editor wording`);
  const base: EditorField = { name, label: wording.label, widget: 'string', required };
  if (wording.hint) base.hint = wording.hint;
  if (prop.default !== undefined) base.default = prop.default;
  const items = prop.items as Json | undefined;
  const enumValues = (prop.enum ?? items?.enum) as string[] | undefined;

  if (enumValues) {
    const options = enumValues.map((value) => {
      const label = wording.options?.[value];
      if (!label) fail(where, `the value "${value}" of "${name}" has no name in the editor`);
      return { label, value };
    });
    const multiple = prop.type === 'array';
    return {
      ...base,
      widget: 'select',
      options,
      ...(multiple ? { multiple: true, ...(typeof prop.minItems === 'number' ? { min: prop.minItems } : {}) } : {}),
    };
  }
  if (prop.type === 'string' && prop.format === 'date') {
    return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  }
  if (prop.type === 'string') {
    return {
      ...base,
      widget: wording.multiline ? 'text' : 'string',
      ...(typeof prop.minLength === 'number' ? { minlength: prop.minLength } : {}),
      ...(typeof prop.maxLength === 'number' ? { maxlength: prop.maxLength } : {}),
      ...(prop.format === 'uri' ? { type: 'url', pattern: ['^https://', 'Must start with https://'] } : {}),
    };
  }
  if (prop.type === 'boolean') return { ...base, widget: 'boolean' };
  if (prop.type === 'integer') {
    const limits = {
      ...(typeof prop.minimum === 'number' && prop.minimum > -MAX_SAFE ? { min: prop.minimum } : {}),
      ...(typeof prop.maximum === 'number' && prop.maximum < MAX_SAFE ? { max: prop.maximum } : {}),
    };
    return { ...base, widget: 'number', value_type: 'int', ...limits };
  }
  if (prop.type === 'array' && items?.type === 'string') {
    const min = typeof prop.minItems === 'number' ? { min: prop.minItems } : {};
    if (wording.relation) {
      return {
        ...base,
        widget: 'relation',
        collection: wording.relation.collection,
        value_field: '{{slug}}',
        search_fields: ['title'],
        display_fields: ['title'],
        multiple: true,
        ...min,
      };
    }
    return { ...base, widget: 'list', ...min };
  }
  if (prop.type === 'array' && items?.type === 'object') {
    const itemProps = (items.properties ?? {}) as Record<string, Json>;
    const itemRequired = new Set((items.required ?? []) as string[]);
    const fields = Object.entries(itemProps).map(([key, p]) =>
      fieldFor(`${where}.${name}`, key, p, itemRequired.has(key), wording.item?.[key]),
    );
    return {
      ...base,
      widget: 'list',
      fields,
      ...(typeof prop.minItems === 'number' ? { min: prop.minItems } : {}),
    };
  }
  return fail(where, `the schema's field "${name}" has a type the editor cannot show (${JSON.stringify(prop)})`);
}

export function collectionFields(collection: ManagedCollection): EditorField[] {
  const schema = frontmatterJsonSchema(collection.schema);
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  for (const name of Object.keys(collection.wording)) {
    if (!(name in props)) fail(collection.name, `the editor has wording for "${name}", which the schema does not have`);
  }
  const fields = Object.entries(props).map(([name, prop]) =>
    fieldFor(collection.name, name, prop, required.has(name), collection.wording[name]),
  );
  const body: EditorField = {
    name: 'body',
    label: collection.bodyLabel,
    hint: collection.bodyHint,
    widget: 'markdown',
    required: true,
    editor_components: ['tel'],
    ...(collection.bodyTemplate ? { default: collection.bodyTemplate } : {}),
  };
  return [...fields, body];
}

export function editorConfig(options: EditorConfigOptions): Json {
  const origin = new URL(options.siteUrl).origin;
  return {
    backend: {
      name: 'github',
      repo: options.repo,
      branch: 'main',
      base_url: origin,
      auth_endpoint: 'api/cms/auth',
      commit_messages: {
        create: 'Add {{collection}} "{{slug}}"',
        update: 'Edit {{collection}} "{{slug}}"',
        delete: 'Delete {{collection}} "{{slug}}"',
      },
    },
    // Every save is a branch and a pull request: `npm test` checks it before anyone can merge it.
    publish_mode: 'editorial_workflow',
    site_url: origin,
    display_url: origin,
    // The editor insists on a media folder. No field takes a picture and the text offers no image insert
    // (editor_components), so nothing is uploaded in practice; a picture would be reviewed in its pull request.
    media_folder: 'public/images/uploads',
    public_folder: '/images/uploads',
    // Blank optional fields are left out, not written as "" (which the schemas refuse).
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'ascii', clean_accents: true },
    collections: MANAGED_COLLECTIONS.map((c) => ({
      name: c.name,
      label: c.label,
      label_singular: c.labelSingular,
      folder: c.folder,
      extension: 'md',
      format: 'frontmatter',
      create: true,
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['title'],
      fields: collectionFields(c),
    })),
  };
}
