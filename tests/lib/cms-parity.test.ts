/**
 * The CMS and the content schemas cannot disagree: every collection of
 * src/content.config.ts has a CMS collection, every schema field a widget and
 * every widget a schema field, with the same required flags and select options.
 */
import { z } from 'astro/zod';
import type { CmsField } from 'decap-cms-core';
import { describe, expect, it, vi } from 'vitest';
import { definitions } from '../../admin/collections/index.ts';
import { cmsConfig } from '../../admin/config.ts';
import { buildCollection, type CollectionDefinition } from '../../admin/define.ts';
import { schemaFields, type FieldShape, type SchemaField } from '../../admin/schema-fields.ts';
import { CONTENT_FOLDERS } from '../../src/lib/content-folders.ts';

// content.config.ts runs inside Astro; outside it, defineCollection only needs to hand back its argument.
vi.mock('astro:content', () => ({ defineCollection: <T>(collection: T) => collection }));
const { collections } = await import('../../src/content.config.ts');

type AnySchema = z.ZodObject | ((context: { image: () => z.ZodType }) => z.ZodObject);
/** The schema of a collection; image() (astro:assets) stands in as a string, the path the CMS stores. */
const schemaOf = (collection: unknown): z.ZodObject => {
  const schema = (collection as { schema: AnySchema }).schema;
  return typeof schema === 'function' ? schema({ image: () => z.string() }) : schema;
};

const config = cmsConfig({}, { name: 'test' }).config;
const cmsFieldsOf = (name: string): CmsField[] => {
  const collection = config.collections.find((item) => item.name === name)!;
  return collection.fields ?? collection.files?.[0]?.fields ?? [];
};

type Field = CmsField & { fields?: Field[]; field?: Field; options?: { value: string }[]; required?: boolean; widget?: string };

/** Every disagreement between schema fields and Decap fields, as "path: what". An independent walk, not admin/define.ts. */
function compare(schema: SchemaField[], cms: Field[], path: string): string[] {
  const problems: string[] = [];
  for (const field of schema) {
    const widget = cms.find((item) => item.name === field.name);
    if (!widget) {
      problems.push(`${path}${field.name}: no widget`);
      continue;
    }
    if ((widget.required ?? true) !== field.required) problems.push(`${path}${field.name}: required ${String(widget.required ?? true)} in the CMS, ${String(field.required)} in the schema`);
    problems.push(...compareShape(field.shape, widget, `${path}${field.name}`));
  }
  for (const widget of cms) {
    if (!schema.some((field) => field.name === widget.name)) problems.push(`${path}${widget.name}: widget without a schema field`);
  }
  return problems;
}

function compareShape(shape: FieldShape, widget: Field, path: string): string[] {
  if (shape.kind === 'enum') {
    const values = (widget.options ?? []).map((option) => option.value);
    return JSON.stringify(values) === JSON.stringify(shape.options) ? [] : [`${path}: options ${values.join(', ')} in the CMS, ${shape.options.join(', ')} in the schema`];
  }
  if (shape.kind === 'object') return compare(shape.fields, widget.fields ?? [], `${path}.`);
  if (shape.kind === 'list' && shape.item.kind === 'object' && widget.widget === 'list') return compare(shape.item.fields, widget.fields ?? [], `${path}[].`);
  if (shape.kind === 'list' && widget.widget === 'list') return widget.field ? compareShape(shape.item, widget.field, `${path}[]`) : [`${path}: list without an item widget`];
  return [];
}

describe.each(Object.entries(collections))('collection %s', (name, collection) => {
  const definition = definitions.find((item) => item.name === name);

  it('has a CMS definition in admin/collections/', () => {
    expect(definition, `collection "${name}" of src/content.config.ts has no CMS definition: add admin/collections/<name>.ts and list it in admin/collections/index.ts`).toBeDefined();
  });

  it('is edited with the schema of src/content.config.ts', () => {
    expect(schemaFields(definition!.schema)).toEqual(schemaFields(schemaOf(collection)));
  });

  it('labels every schema field, and labels nothing else (admin/define.ts)', () => {
    expect(buildCollection(definition!).problems).toEqual([]);
  });

  it('has a widget for every field and a field for every widget, with the same required flags and options', () => {
    const widgets = cmsFieldsOf(name).filter((field) => !(field.name === 'body' && definition!.body));
    expect(compare(schemaFields(schemaOf(collection)), widgets as Field[], `${name}.`)).toEqual([]);
  });

  it('edits the files the collection loads', () => {
    const folder = (definition!.collection as { folder?: string }).folder ?? definition!.file?.file;
    expect(`${folder}/`.startsWith(`content/${CONTENT_FOLDERS[name as keyof typeof CONTENT_FOLDERS]}/`)).toBe(true);
  });
});

describe('the CMS', () => {
  it('has no collection that is not in src/content.config.ts', () => {
    expect(definitions.map((item) => item.name).filter((item) => !(item in collections))).toEqual([]);
  });

  it('uses Vietnamese labels: no field is labelled with its own name', () => {
    const unlabelled = (fields: Field[], path: string): string[] =>
      fields.flatMap((field) => [...(field.label === field.name ? [`${path}${field.name}`] : []), ...unlabelled(field.fields ?? [], `${path}${field.name}.`)]);
    expect(config.collections.flatMap((collection) => unlabelled(cmsFieldsOf(collection.name) as Field[], `${collection.name}.`))).toEqual([]);
  });
});

describe('a definition out of step with its schema is reported', () => {
  const schema = z.object({
    title: z.string().min(1),
    kind: z.enum(['a', 'b']),
    note: z.string().optional(),
  });
  const base: CollectionDefinition = {
    name: 'sample',
    source: 'admin/collections/sample.ts',
    schema,
    collection: { label: 'Mẫu', folder: 'content/mau' },
    fields: { title: { label: 'Tiêu đề' }, kind: { label: 'Loại', optionLabels: { a: 'A', b: 'B' } }, note: { label: 'Ghi chú' } },
  };

  it('in parity: no problem, required and options from the schema', () => {
    const built = buildCollection(base);
    expect(built.problems).toEqual([]);
    expect(built.collection.fields).toMatchObject([
      { name: 'title', required: true, widget: 'string' },
      { name: 'kind', required: true, widget: 'select', options: [{ label: 'A', value: 'a' }, { label: 'B', value: 'b' }] },
      { name: 'note', required: false },
    ]);
  });

  it('a schema field without a widget', () => {
    const { note: _note, ...fields } = base.fields;
    expect(buildCollection({ ...base, fields }).problems).toEqual(['admin/collections/sample.ts: sample.note: schema field has no CMS widget; add a label (and hint) for it']);
  });

  it('a widget without a schema field', () => {
    expect(buildCollection({ ...base, fields: { ...base.fields, extra: { label: 'Thêm' } } }).problems).toEqual([
      'admin/collections/sample.ts: sample.extra: has a CMS widget but no field in the schema; remove it or add the field to the schema',
    ]);
  });

  it('option labels that differ from the enum', () => {
    expect(buildCollection({ ...base, fields: { ...base.fields, kind: { label: 'Loại', optionLabels: { a: 'A', c: 'C' } } } }).problems).toEqual([
      'admin/collections/sample.ts: sample.kind: option labels for values the schema does not allow: c',
      'admin/collections/sample.ts: sample.kind: no option label for schema values: b',
    ]);
  });

  it('a definition may not override required-ness or options', () => {
    const built = buildCollection({ ...base, fields: { ...base.fields, title: { label: 'Tiêu đề', required: false, options: [] } } });
    expect(built.collection.fields?.[0]).toMatchObject({ name: 'title', required: true });
    expect(built.collection.fields?.[0]).not.toHaveProperty('options');
  });

  it('the independent walk sees a required flag that differs', () => {
    const fields = buildCollection(base).collection.fields as Field[];
    const tampered = fields.map((field) => (field.name === 'note' ? { ...field, required: true } : field));
    expect(compare(schemaFields(schema), tampered, 'sample.')).toEqual(['sample.note: required true in the CMS, false in the schema']);
  });
});
