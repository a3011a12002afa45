/**
 * Reads a zod schema (src/schemas/) as the list of fields an editor fills in:
 * each field's kind, whether it is required, its options and its default.
 * The CMS configuration is built from this, so the CMS cannot drift from the
 * schemas: a field added to a schema appears here at once.
 */
import type { z } from 'astro/zod';

export type FieldShape =
  | { kind: 'boolean' | 'date' }
  /** pattern: the schema's regular expression, when it has one. */
  | { kind: 'string'; pattern?: string }
  | { kind: 'number'; integer: boolean }
  | { kind: 'enum'; options: string[] }
  | { kind: 'object'; fields: SchemaField[] }
  | { kind: 'list'; item: FieldShape };

export interface SchemaField {
  name: string;
  shape: FieldShape;
  /** The schema rejects the entry when the field is missing (no default, not optional). */
  required: boolean;
  /** The schema's default, when it has a plain one. */
  default?: unknown;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
  default?: unknown;
}

/** Peels optional, default and pipes (preprocess, transform) off a schema. */
function unwrap(schema: z.ZodType): Unwrapped {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'readonly':
      return { ...unwrap(def.innerType!), optional: true };
    case 'default':
    case 'prefault':
      return { ...unwrap(def.innerType!), optional: true, default: def.defaultValue };
    case 'pipe': {
      // z.preprocess(fn, schema) is pipe(transform, schema); schema.transform(fn) is pipe(schema, transform).
      const side = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
      return unwrap(side);
    }
    default:
      return { schema, optional: false };
  }
}

/** The shape of a schema (without its optional/default wrappers); `path` names it in errors. */
export function shapeOf(schema: z.ZodType, path: string): FieldShape {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const regex = (def.checks ?? []).find(({ _zod }) => _zod.def.format === 'regex')?._zod.def.pattern;
      return regex ? { kind: 'string', pattern: regex.source } : { kind: 'string' };
    }
    case 'number': {
      const integer = (def.checks ?? []).some(({ _zod }) => _zod.def.check === 'number_format' && /int/.test(_zod.def.format ?? ''));
      return { kind: 'number', integer };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'date':
      return { kind: 'date' };
    case 'enum':
      return { kind: 'enum', options: Object.values(def.entries!) };
    case 'literal':
      if (def.values!.every((value) => typeof value === 'string')) return { kind: 'enum', options: def.values as string[] };
      break;
    case 'object':
      return { kind: 'object', fields: schemaFields(schema as z.ZodObject) };
    case 'array':
      return { kind: 'list', item: shapeOf(unwrap(def.element!).schema, `${path}[]`) };
    case 'union': {
      // "" or an email, a month or a day: all strings to an editor. The empty
      // literal only makes the field optional, which the caller reads from the default.
      const shapes = def.options!.map((option) => shapeOf(unwrap(option).schema, path));
      const strings = shapes.every((shape) => shape.kind === 'string' || (shape.kind === 'enum' && shape.options.every((o) => o === '')));
      if (strings) return { kind: 'string' };
      break;
    }
  }
  throw new Error(`${path}: the CMS cannot edit a zod "${def.type}" field; add its case to admin/schema-fields.ts`);
}

/** The fields of an object schema, in declaration order. */
export function schemaFields(schema: z.ZodObject): SchemaField[] {
  return Object.entries(defOf(schema).shape!).map(([name, field]) => {
    const unwrapped = unwrap(field);
    const result: SchemaField = { name, shape: shapeOf(unwrapped.schema, name), required: !unwrapped.optional };
    if (unwrapped.default !== undefined) result.default = unwrapped.default;
    return result;
  });
}
