/**
 * Before a save: the values Decap leaves behind when an optional field is
 * touched and emptied ("", null, an object of blanks) are removed, because the
 * schemas read "" as a wrong date, number or image rather than as "not set".
 * A blank that was already in the file stays, so saving unchanged changes nothing.
 */

import { isBlank } from './blank.ts';

interface FieldLike {
  name: string;
  required?: boolean;
  fields?: FieldLike[];
}


const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `data` without blank optional values that `original` did not already hold. */
export function dropBlankOptionals(fields: readonly FieldLike[], data: Record<string, unknown>, original: Record<string, unknown> = {}): Record<string, unknown> {
  const result: Record<string, unknown> = { ...data };
  for (const field of fields) {
    const value = result[field.name];
    const before = original[field.name];
    if (field.required === false && isBlank(value, { lists: 'filled' }) && JSON.stringify(value) !== JSON.stringify(before)) {
      delete result[field.name];
    } else if (field.fields && isObject(value)) {
      result[field.name] = dropBlankOptionals(field.fields, value, isObject(before) ? before : {});
    } else if (field.fields && Array.isArray(value)) {
      result[field.name] = value.map((item: unknown, index) =>
        isObject(item) ? dropBlankOptionals(field.fields!, item, Array.isArray(before) && isObject(before[index]) ? before[index] : {}) : item,
      );
    }
  }
  return result;
}
