/**
 * Text is normalised at the door: before a save, every string the entry holds
 * goes through the same text boundary as every output (src/lib/text.ts: NFC,
 * characters no output can carry removed), and every date or time field is
 * stored as Vietnam wall-clock time through the one reader the build uses
 * (readWallClock, src/lib/dates.ts): a value with "Z" or another zone's
 * offset (Decap's stock datetime widget, a hand edit) is converted. A value it cannot read is
 * left as it is, for validation (validate.ts) to refuse with its message at
 * the field: never shifted silently.
 */
import { readWallClock, wallClockText } from '../../src/lib/dates.ts';
import { carriableData } from '../../src/lib/text.ts';

interface FieldLike {
  name: string;
  widget?: string;
  fields?: FieldLike[];
}

/** Widgets whose value is a day or a wall-clock time. */
const TIME_WIDGETS = new Set(['datetime', 'local-datetime']);

/**
 * A time written with Vietnam's own offset is Vietnam wall-clock time already,
 * and is kept as written: the CMS's own bookkeeping writes change dates that
 * way (vietnamTimestamp, src/lib/dates.ts), and readers of the file see the offset.
 */
const IN_VIETNAM_TIME = /\+07(?::?00)?\s*$/;

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

function wallClockFields(fields: readonly FieldLike[], data: Data): Data {
  const result: Data = { ...data };
  for (const field of fields) {
    const value = result[field.name];
    if (field.widget && TIME_WIDGETS.has(field.widget) && typeof value === 'string' && value !== '') {
      const read = readWallClock(value);
      if (!('error' in read) && !IN_VIETNAM_TIME.test(value)) result[field.name] = wallClockText(read);
    } else if (field.fields && isObject(value)) {
      result[field.name] = wallClockFields(field.fields, value);
    } else if (field.fields && Array.isArray(value)) {
      result[field.name] = value.map((item: unknown) => (isObject(item) ? wallClockFields(field.fields!, item) : item));
    }
  }
  return result;
}

/** The entry's data as it will be stored. */
export function normaliseEntry(fields: readonly FieldLike[], data: Data): Data {
  return wallClockFields(fields, carriableData(data).data as Data);
}
