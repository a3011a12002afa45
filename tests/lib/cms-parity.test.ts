/**
 * The CMS and the content schemas cannot disagree. The expectation is asked
 * of zod itself, not read through admin/schema-fields.ts (which builds the
 * CMS): for a real entry of each collection, a field is required when the
 * schema rejects the entry without it, and a select's options are the values
 * zod lists when the field is given one outside them. The generated Decap
 * config (admin/config.ts) must match on every field, naming it when not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { CmsField } from 'decap-cms-core';
import { describe, expect, it, vi } from 'vitest';
import { definitions } from '../../admin/collections/index.ts';
import { cmsConfig } from '../../admin/config.ts';
import { buildCollection, type CollectionDefinition } from '../../admin/define.ts';
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
const cmsFieldsOf = (name: string): Field[] => {
  const collection = config.collections.find((item) => item.name === name)!;
  return (collection.fields ?? collection.files?.[0]?.fields ?? []) as Field[];
};

type Field = CmsField & { fields?: Field[]; field?: Field; options?: { value: string }[]; required?: boolean; widget?: string };
type Entry = Record<string, unknown>;
type Path = (string | number)[];

/** Where entries of a collection are found: the real content, then every fixture site. */
function entryFiles(folder: string): string[] {
  const roots = ['content', ...readdirSync('tests/fixtures').map((name) => join('tests/fixtures', name))];
  return roots.flatMap((root) => {
    try {
      return readdirSync(join(root, folder))
        .filter((name) => /\.(ya?ml|mdx?)$/.test(name))
        .map((name) => join(root, folder, name));
    } catch {
      return [];
    }
  });
}

/** An entry's data as Astro reads it: YAML (js-yaml, as Astro), or a Markdown file's front matter. */
function entryData(file: string): Entry | undefined {
  const text = readFileSync(file, 'utf8');
  const source = /\.mdx?$/.test(file) ? /^---\n([\s\S]*?)\n---/.exec(text)?.[1] : text;
  try {
    const data = source === undefined ? undefined : yaml.load(source);
    return data && typeof data === 'object' ? (data as Entry) : undefined;
  } catch {
    return undefined;
  }
}

/** The richest entry the schema accepts: the one that fills the most fields, so that nested fields are asked about too. */
function sampleEntry(schema: z.ZodObject, folder: string): { file: string; data: Entry } | undefined {
  const valid = entryFiles(folder).flatMap((file) => {
    const data = entryData(file);
    return data && schema.safeParse(data).success ? [{ file, data }] : [];
  });
  return valid.sort((a, b) => JSON.stringify(b.data).length - JSON.stringify(a.data).length)[0];
}

/** When no entry passes: the fields the schema rejects in every entry, e.g. a new required field that no entry (and no CMS form) has yet. */
function unacceptedFields(schema: z.ZodObject, folder: string): string[] {
  const files = entryFiles(folder);
  if (files.length === 0) return ['(no entry in content/ or tests/fixtures/ to ask about)'];
  const rejected = files.map((file) => {
    const result = schema.safeParse(entryData(file));
    return new Map(result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
  });
  return [...rejected[0]!].filter(([path]) => rejected.every((issues) => issues.has(path))).map(([path, message]) => `${path}: ${message}, in every entry (${files.length} files)`);
}

const clone = (entry: Entry): Entry => structuredClone(entry);
const samePath = (a: readonly PropertyKey[], b: Path) => a.length === b.length && b.every((key, i) => a[i] === key);
const startsWith = (a: readonly PropertyKey[], b: Path) => b.every((key, i) => a[i] === key);

function setAt(entry: Entry, path: Path, value: unknown): Entry {
  const copy = clone(entry);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Required: the schema rejects the entry once the field is taken out. */
function requiredByZod(schema: z.ZodObject, entry: Entry, path: Path): boolean {
  const result = schema.safeParse(setAt(entry, path, undefined));
  return !result.success && result.error.issues.some((issue) => startsWith(issue.path, path));
}

const NOT_AN_OPTION = 'không-phải-lựa-chọn';

/** The values zod allows at a path, when it is an enum: what it lists on being given one outside them. */
function optionsByZod(schema: z.ZodObject, entry: Entry, path: Path): string[] | undefined {
  const result = schema.safeParse(setAt(entry, path, NOT_AN_OPTION));
  if (result.success) return undefined;
  const issue = result.error.issues.find((candidate) => samePath(candidate.path, path) && candidate.code === 'invalid_value');
  return issue && 'values' in issue ? issue.values.map(String) : undefined;
}

/** Every disagreement between what zod says of the entry's fields and the Decap fields, as "path: what". */
function disagreements(schema: z.ZodObject, entry: Entry, path: Path, names: readonly string[], widgets: readonly Field[]): string[] {
  const problems: string[] = [];
  const label = (key: string | number) => [...path, key].join('.').replace(/\.(\d+)/g, '[$1]');
  const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], entry) as Entry;
  for (const name of names) {
    const widget = widgets.find((item) => item.name === name);
    const at = [...path, name];
    if (!widget) {
      problems.push(`${label(name)}: in the schema, but the CMS has no widget for it`);
      continue;
    }
    const required = requiredByZod(schema, entry, at);
    if ((widget.required ?? true) !== required) problems.push(`${label(name)}: ${required ? 'required' : 'optional'} in the schema, ${required ? 'optional' : 'required'} in the CMS`);
    const zodOptions = optionsByZod(schema, entry, at);
    const cmsOptions = widget.widget === 'select' ? (widget.options ?? []).map((option) => option.value) : undefined;
    if (JSON.stringify(zodOptions) !== JSON.stringify(cmsOptions)) problems.push(`${label(name)}: options ${cmsOptions?.join(', ') ?? '(none)'} in the CMS, ${zodOptions?.join(', ') ?? '(none)'} in the schema`);
    const child = value[name];
    const items = Array.isArray(child) ? child : [];
    if (child && typeof child === 'object' && !Array.isArray(child)) {
      problems.push(...disagreements(schema, entry, at, Object.keys(child), widget.fields ?? []));
    } else if (items[0] && typeof items[0] === 'object') {
      problems.push(...disagreements(schema, entry, [...at, 0], Object.keys(items[0] as Entry), widget.fields ?? []));
    } else if (typeof items[0] === 'string' && widget.field) {
      const itemOptions = optionsByZod(schema, entry, [...at, 0]);
      const cmsItemOptions = widget.field.widget === 'select' ? (widget.field.options ?? []).map((option) => option.value) : undefined;
      if (JSON.stringify(itemOptions) !== JSON.stringify(cmsItemOptions)) problems.push(`${label(name)}[]: options ${cmsItemOptions?.join(', ') ?? '(none)'} in the CMS, ${itemOptions?.join(', ') ?? '(none)'} in the schema`);
    }
  }
  if (path.length === 0) {
    for (const widget of widgets) if (!names.includes(widget.name)) problems.push(`${widget.name}: has a CMS widget but is not in the schema`);
  }
  return problems;
}

describe.each(Object.entries(collections))('collection %s', (name, collection) => {
  const definition = definitions.find((item) => item.name === name);

  it('has a CMS definition in admin/collections/', () => {
    expect(definition, `collection "${name}" of src/content.config.ts has no CMS definition: add admin/collections/<name>.ts and list it in admin/collections/index.ts`).toBeDefined();
  });

  it('is edited with the schema of src/content.config.ts', () => {
    expect(Object.keys(definition!.schema.shape)).toEqual(Object.keys(schemaOf(collection).shape));
  });

  it('labels every schema field, and labels nothing else (admin/define.ts)', () => {
    expect(buildCollection(definition!).problems).toEqual([]);
  });

  it('requires what zod requires and offers the options zod allows, field by field', () => {
    const schema = schemaOf(collection);
    const widgets = cmsFieldsOf(name).filter((field) => !(field.name === 'body' && definition!.body));
    const sample = sampleEntry(schema, CONTENT_FOLDERS[name as keyof typeof CONTENT_FOLDERS]);
    // Without an entry to ask about (a new required field no entry has yet), the schema's own field list still names what the CMS lacks.
    const problems = sample
      ? disagreements(schema, sample.data, [], Object.keys(schema.shape), widgets).map((problem) => `${name}.${problem} (asked of ${sample.file})`)
      : [
          ...Object.keys(schema.shape).flatMap((field) => (widgets.some((widget) => widget.name === field) ? [] : [`${name}.${field}: in the schema, but the CMS has no widget for it`])),
          ...unacceptedFields(schema, CONTENT_FOLDERS[name as keyof typeof CONTENT_FOLDERS]).map((problem) => `${name}.${problem}`),
        ];
    expect(problems).toEqual([]);
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

  it('the zod walk names a field the CMS makes required though the schema has a default, and a schema field with no widget', () => {
    const withDefault = z.object({ title: z.string(), draft: z.boolean().default(false), kind: z.enum(['a', 'b']), extra: z.string() });
    const widgets = [
      { name: 'title', label: 'Tiêu đề', widget: 'string' },
      { name: 'draft', label: 'Bản nháp', widget: 'boolean', required: true },
      { name: 'kind', label: 'Loại', widget: 'select', options: [{ label: 'A', value: 'a' }] },
    ] as Field[];
    expect(disagreements(withDefault, { title: 'x', draft: true, kind: 'a', extra: 'y' }, [], Object.keys(withDefault.shape), widgets)).toEqual([
      'draft: optional in the schema, required in the CMS',
      'kind: options a in the CMS, a, b in the schema',
      'extra: in the schema, but the CMS has no widget for it',
    ]);
  });
});
