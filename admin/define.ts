/**
 * Turns one collection's CMS definition (admin/collections/*.ts: labels,
 * hints, widgets in Vietnamese) and its zod schema into a Decap collection.
 * Field list, required flags, select options and defaults come from the
 * schema; the definition only adds what a person reads. Whatever does not
 * line up (a schema field with no label, a label for a field the schema does
 * not have, option labels that differ from the enum) is reported as a problem
 * naming the file and the field; the parity test fails on any problem.
 */
import type { CmsCollection, CmsField } from 'decap-cms-core';
import type { z } from 'astro/zod';
import { schemaFields, type FieldShape, type SchemaField } from './schema-fields.ts';

/** What a collection file may say about a field or a list item. Other keys are Decap widget options, passed through. */
export interface FieldUiOptions {
  /** One line of help under the widget, in Vietnamese. */
  hint?: string;
  /** Overrides the widget derived from the schema (e.g. "text", "markdown", "image", "relation", "uuid"). */
  widget?: string;
  /** For an enum: the label of each value (value → label). Must list exactly the schema's values. */
  optionLabels?: Readonly<Record<string, string>>;
  /** For an object, or a list of objects: its members. */
  fields?: Readonly<Record<string, FieldUi>>;
  /** For a field the schema checks with a regular expression: what to tell the editor when it does not match. */
  patternMessage?: string;
  /** For a list of plain values: how one value is edited. */
  item?: FieldUiItem;
  [decapOption: string]: unknown;
}

/** What a collection file says about one schema field. */
export interface FieldUi extends FieldUiOptions {
  /** Vietnamese label shown above the widget. */
  label: string;
}

export interface FieldUiItem extends FieldUiOptions {
  label?: string;
}

export interface CollectionDefinition {
  /** Name of the collection in src/content.config.ts. */
  name: string;
  /** The file that holds this definition, for problem messages. */
  source: string;
  /** The zod object schema of one entry (for image() schemas: built with a string stand-in). */
  schema: z.ZodObject;
  /** Decap collection options: label, folder, summary, sorting, filters… (not fields). */
  collection: Omit<CmsCollection, 'name' | 'fields' | 'files'>;
  /** For a collection of one file (site settings): that file; its fields are the schema's. */
  file?: { name: string; label: string; file: string };
  fields: Readonly<Record<string, FieldUi>>;
  /** The Markdown body of a frontmatter collection (not part of the schema). */
  body?: FieldUi;
}

export interface BuiltCollection {
  collection: CmsCollection;
  /** Disagreements between the schema and the definition; empty when in parity. */
  problems: string[];
}

/** A day in Vietnam: the schemas read "YYYY-MM-DD" as that day in Asia/Ho_Chi_Minh, so no time zone is stored. */
export const DAY_WIDGET = { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD' } as const;

/** Options a definition may not set because the schema decides them. */
const SCHEMA_OWNED = ['name', 'required', 'options', 'optionLabels', 'fields', 'item', 'field', 'pattern', 'patternMessage'] as const;

function widgetFor(shape: FieldShape, required: boolean): Record<string, unknown> {
  switch (shape.kind) {
    case 'string':
      return { widget: 'string' };
    case 'number':
      return { widget: 'number', value_type: shape.integer ? 'int' : 'float', ...(shape.integer ? { step: 1 } : {}) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      return { ...DAY_WIDGET };
    case 'enum':
      return { widget: 'select' };
    case 'object':
      // Decap validates the members of an empty optional object as if it were
      // required (decaporg/decap-cms#7748); "optional-object" (admin/app/widgets.ts)
      // validates members only once the editor fills one in.
      return { widget: required ? 'object' : 'optional-object' };
    case 'list':
      return { widget: 'list' };
  }
}

function passThrough(ui: FieldUiOptions): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...ui };
  for (const key of SCHEMA_OWNED) delete rest[key];
  return rest;
}

function selectOptions(shape: { options: string[] }, ui: FieldUiOptions, path: string, problems: string[]) {
  const labels = ui.optionLabels ?? {};
  const extra = Object.keys(labels).filter((value) => !shape.options.includes(value));
  if (extra.length > 0) problems.push(`${path}: option labels for values the schema does not allow: ${extra.join(', ')}`);
  if (ui.optionLabels) {
    const missing = shape.options.filter((value) => !(value in labels));
    if (missing.length > 0) problems.push(`${path}: no option label for schema values: ${missing.join(', ')}`);
  }
  return shape.options.map((value) => ({ label: labels[value] ?? value, value }));
}

function buildFields(schemaList: SchemaField[], uis: Readonly<Record<string, FieldUi>>, path: string, problems: string[]): CmsField[] {
  const names = new Set(schemaList.map((field) => field.name));
  for (const name of Object.keys(uis)) {
    if (!names.has(name)) problems.push(`${path}${name}: has a CMS widget but no field in the schema; remove it or add the field to the schema`);
  }
  return schemaList.map((field) => {
    const ui = uis[field.name];
    if (!ui) {
      problems.push(`${path}${field.name}: schema field has no CMS widget; add a label (and hint) for it`);
      return buildField(field, { label: field.name }, `${path}${field.name}`, problems);
    }
    return buildField(field, ui, `${path}${field.name}`, problems);
  });
}

function buildShape(shape: FieldShape, required: boolean, ui: FieldUiOptions, path: string, problems: string[]): Record<string, unknown> {
  const built: Record<string, unknown> = { ...widgetFor(shape, required), ...passThrough(ui) };
  if (shape.kind === 'string' && shape.pattern) built.pattern = [shape.pattern, ui.patternMessage ?? 'Sai định dạng'];
  if (shape.kind === 'enum') built.options = selectOptions(shape, ui, path, problems);
  else if (ui.optionLabels) problems.push(`${path}: option labels on a field that is not an enum`);
  if (shape.kind === 'object') built.fields = buildFields(shape.fields, ui.fields ?? {}, `${path}.`, problems);
  // A list of objects carries its members whichever widget edits it (Decap's list, or one that edits the whole list, e.g. plan-task).
  if (shape.kind === 'list' && shape.item.kind === 'object') {
    built.fields = buildFields(shape.item.fields, ui.fields ?? {}, `${path}[].`, problems);
  } else if (shape.kind === 'list' && built.widget === 'list') {
    const item: FieldUiItem = ui.item ?? {};
    built.field = { name: 'item', label: item.label ?? '', ...buildShape(shape.item, true, item, `${path}[]`, problems) };
  } else if (ui.fields && shape.kind !== 'object') {
    problems.push(`${path}: member widgets on a field that has no members`);
  }
  return built;
}

function buildField(field: SchemaField, ui: FieldUi, path: string, problems: string[]): CmsField {
  const built: Record<string, unknown> = { name: field.name, label: ui.label, ...buildShape(field.shape, field.required, ui, path, problems), required: field.required };
  if (!('default' in ui) && field.default !== undefined && typeof field.default !== 'object') built.default = field.default;
  return built as unknown as CmsField;
}

/** The Decap collection of a definition, and every way it disagrees with its schema. */
export function buildCollection(definition: CollectionDefinition): BuiltCollection {
  const problems: string[] = [];
  const fields = buildFields(schemaFields(definition.schema), definition.fields, '', problems);
  if (definition.body) fields.push({ name: 'body', ...definition.body, widget: definition.body.widget ?? 'markdown' } as CmsField);
  const placed = definition.file ? { files: [{ ...definition.file, fields }] } : { fields };
  return {
    collection: { name: definition.name, ...definition.collection, ...placed } as CmsCollection,
    problems: problems.map((problem) => `${definition.source}: ${definition.name}.${problem}`),
  };
}
