/**
 * Field types shared by several content types. Every field is declared once,
 * here or in its collection's schema, with a comment saying what it holds.
 */
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';
import { isCivilDate, readWallClock, vietnamInstant, type WallClock, type WallClockError } from '../lib/dates.ts';
import { creditName } from '../lib/format/credit.ts';

/*
 * Dates and times arrive as the text the file holds: content YAML is read
 * without timestamp types (src/lib/content-data.ts), and every date-time goes
 * through one reader, readWallClock (src/lib/dates.ts).
 */

/** A day on the Vietnamese calendar, "YYYY-MM-DD". */
export const civilDateField = z.string().refine(isCivilDate, MESSAGES.civilDate);

/** A month, "YYYY-MM" (a plan period, a document known only to the month). */
export const yearMonthField = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, MESSAGES.month);

/** A document date known to the day ("2022-02-15") or only to the month ("2022-02"). */
export const partialDateField = z.union([yearMonthField, z.string().refine(isCivilDate, MESSAGES.dateOrMonth)]);

/** What a date or time that readWallClock refused is told. */
export function wallClockMessage(error: WallClockError): string {
  switch (error.kind) {
    case 'format':
      return MESSAGES.dateTime;
    case 'noSuchDay':
      return MESSAGES.noSuchDay(error.date);
    case 'noSuchTime':
      return MESSAGES.noSuchTime(error.time);
    case 'seconds':
      return MESSAGES.toTheMinute;
    case 'offset':
      return MESSAGES.noSuchOffset(error.offset);
  }
}

/** readWallClock in a zod check: the value, or an issue with its message. */
function wallClock(text: string, context: z.core.$RefinementCtx): WallClock | typeof z.NEVER {
  const read = readWallClock(text);
  if (!('error' in read)) return read;
  context.addIssue({ code: 'custom', message: wallClockMessage(read.error), input: text });
  return z.NEVER;
}

/**
 * A moment on the Vietnamese wall clock, "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm";
 * a value written with an offset or "Z" is converted to Vietnam time.
 */
export const wallClockField = z.string({ error: MESSAGES.dateTime }).transform((text, context): WallClock => wallClock(text, context));

/**
 * A publication instant: a date (midnight in Vietnam), a date and a Vietnam
 * time, or a time with an offset. (A preprocess into z.date(), so the CMS
 * derives a date widget from it: admin/schema-fields.ts.)
 */
export const publishedAtField = z.preprocess((value, context) => {
  if (typeof value !== 'string') return value;
  const read = wallClock(value, context);
  return read === z.NEVER ? read : vietnamInstant(read.date, read.time);
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

/**
 * Public change history (lịch sử thay đổi), as GOV.UK shows it: one note per
 * material change, newest last as editors add them. Minor fixes (a typo) are
 * not recorded: the CMS asks, when a published item is edited, for a note or
 * for the change to be marked minor (admin/app/widgets.ts).
 */
export const changesField = z
  .array(
    z.object({
      /** When the change was published: a date or an ISO date-time. */
      date: publishedAtField,
      /** What changed, in a sentence readers understand. */
      note: z.string().trim().min(1, MESSAGES.notEmpty),
    }),
  )
  .default([]);
export type ChangeNote = z.infer<typeof changesField>[number];
