/**
 * Field types shared by several content types. Every field is declared once,
 * here or in its collection's schema, with a comment saying what it holds.
 */
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';
import { isCivilDate } from '../lib/dates.ts';
import { creditName } from '../lib/format/credit.ts';

/** A day on the Vietnamese calendar, "YYYY-MM-DD". YAML may hand us a Date already. */
export const civilDateField = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine(isCivilDate, MESSAGES.civilDate),
);

/** A month, "YYYY-MM" (a plan period, a document known only to the month). */
export const yearMonthField = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, MESSAGES.month);

/** A document date known to the day ("2022-02-15") or only to the month ("2022-02"). */
export const partialDateField = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.union([yearMonthField, z.string().refine(isCivilDate, MESSAGES.dateOrMonth)]),
);

/** A publication instant: a date (midnight in Vietnam) or a full ISO date-time. */
export const publishedAtField = z.preprocess((value) => {
  // YAML reads an unquoted 2025-05-20 as a Date at midnight UTC, which is 07:00
  // in Vietnam: an item would appear seven hours after its day began (a whole
  // day late for the rebuild just after midnight). A date is midnight in
  // Vietnam, whichever way it was written. (A full timestamp at exactly
  // 00:00:00Z cannot be told apart from a date and is read the same way.)
  if (value instanceof Date && !Number.isNaN(value.getTime()) && value.toISOString().endsWith('T00:00:00.000Z')) {
    return new Date(`${value.toISOString().slice(0, 10)}T00:00:00+07:00`);
  }
  if (typeof value !== 'string') return value;
  const text = value.trim();
  // Date.parse would roll "2025-02-30" over to 2 March: check the day exists first.
  if (!isCivilDate(text.slice(0, 10))) return new Date(Number.NaN);
  return text.length === 10 ? new Date(`${text}T00:00:00+07:00`) : new Date(text);
}, z.date());

/**
 * Stable identifier of an item, set once when it is created and never changed,
 * so that feeds, the API and calendars keep recognising it after a rename.
 */
export const uidField = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{5,63}$/, MESSAGES.uid);

/** A reference to one line of a plan's appendix: plan id (file name) and task code. */
export const taskRefField = z.object({
  /** Plan id: its file name in content/ke-hoach/, e.g. "2022". */
  plan: z.string().min(1),
  /** Code as in the appendix, e.g. "II.3.c". */
  task: z.string().min(1),
});
export type TaskRef = z.infer<typeof taskRefField>;

/** Cover image: the picture, its alt text (required) and credit. */
export function coverField<I extends z.ZodType>(image: () => I) {
  return z.object({
    /** The image file, stored in content/anh/ and optimised by astro:assets. */
    src: image(),
    /** What the image shows, for screen readers and when it fails to load. */
    alt: z.string().trim().min(1, MESSAGES.altText),
    /** Who took or owns the picture: the name alone; outputs print "Ảnh: …" (a typed "Ảnh:" is dropped). */
    credit: z.string().transform(creditName).optional(),
  });
}

/**
 * A field whose value is one key of an id → label map (categories, kinds,
 * statuses…): the map is what readers see, the keys what files store. A wrong
 * value is rejected with the list of allowed ids.
 */
export function labelledEnum<K extends string>(labels: Readonly<Record<K, string>>) {
  const ids = Object.keys(labels) as [K, ...K[]];
  return z.enum(ids);
}
