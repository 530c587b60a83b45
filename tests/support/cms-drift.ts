// Compares the editor's fields with a collection's zod schema, independently of the generator that made them
// (src/lib/cms/editor-config.ts): every schema key has one field, required as the schema says, every enum
// value offered, dates written as YYYY-MM-DD, lists as lists, and no field the schema does not know.
import type { z } from 'zod';
import { frontmatterJsonSchema, type EditorField } from '../../src/lib/cms/editor-config.ts';

type Json = Record<string, unknown>;

function optionValues(field: EditorField): string[] {
  return ((field.options ?? []) as { value: string }[]).map((o) => o.value);
}

function compare(where: string, field: EditorField, prop: Json, required: boolean): string[] {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${where}: ${what}`);
  if ((field.required ?? true) !== required)
    say(`required is ${String(field.required ?? true)}, the schema says ${String(required)}`);
  const items = prop.items as Json | undefined;
  const values = (prop.enum ?? items?.enum) as string[] | undefined;
  if (values) {
    if (field.widget !== 'select') say(`an enum shown as ${field.widget}, not a select`);
    const offered = new Set(optionValues(field));
    for (const v of values) if (!offered.has(v)) say(`the select lacks "${v}"`);
    for (const v of offered) if (!values.includes(v)) say(`the select offers "${v}", which the schema refuses`);
    if ((prop.type === 'array') !== (field.multiple === true)) say('multiple does not match the schema');
  } else if (prop.format === 'date') {
    if (field.widget !== 'datetime' || field.type !== 'date' || field.format !== 'YYYY-MM-DD')
      say('not a YYYY-MM-DD date field');
  } else if (prop.type === 'array' && items?.type === 'object') {
    if (field.widget !== 'list' || !Array.isArray(field.fields)) say('a list of objects without item fields');
    else problems.push(...fieldsDisagree(`${where}[]`, field.fields as EditorField[], items, false));
  } else if (prop.type === 'array') {
    if (!['list', 'relation'].includes(field.widget)) say(`a list shown as ${field.widget}`);
  } else {
    const widgets: Record<string, string[]> = { string: ['string', 'text'], boolean: ['boolean'], integer: ['number'] };
    const allowed = widgets[String(prop.type)] ?? [];
    if (!allowed.includes(field.widget)) say(`a ${String(prop.type)} shown as ${field.widget}`);
    if (typeof prop.maxLength === 'number' && field.maxlength !== prop.maxLength)
      say(`maxlength is not ${prop.maxLength}`);
  }
  return problems;
}

function fieldsDisagree(where: string, fields: EditorField[], schema: Json, withBody: boolean): string[] {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const problems: string[] = [];
  for (const [name, prop] of Object.entries(props)) {
    const field = byName.get(name);
    if (!field) problems.push(`${where}.${name}: in the schema, missing from the editor`);
    else problems.push(...compare(`${where}.${name}`, field, prop, required.has(name)));
  }
  for (const name of byName.keys()) {
    if (name in props) continue;
    if (withBody && name === 'body') continue;
    problems.push(`${where}.${name}: in the editor, not in the schema`);
  }
  if (withBody && byName.get('body')?.widget !== 'markdown') problems.push(`${where}.body: no markdown body field`);
  return problems;
}

/** Everything on which a collection's editor fields and its schema disagree; empty when they agree. */
export function configDisagreements(collection: string, fields: EditorField[], schema: z.ZodType): string[] {
  return fieldsDisagree(collection, fields, frontmatterJsonSchema(schema), true);
}
