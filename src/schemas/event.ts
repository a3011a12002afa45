/**
 * Events (sự kiện): the yearly observances and one-off events (conference,
 * trainings, mobile verification days). Times are wall-clock times in Vietnam.
 */
import { z } from 'astro/zod';
import { MESSAGES } from '../lib/validation/messages.ts';
import { wallClockText } from '../lib/dates.ts';
import { changesField, labelledEnum, publishedAtField, taskRefField, uidField, wallClockField } from './shared.ts';

/** Kinds of event: id → label. */
export const EVENT_KINDS = {
  'ngay-ky-niem': 'Ngày kỷ niệm',
  'hoi-nghi': 'Hội nghị',
  'tap-huan': 'Tập huấn, đào tạo',
  'kiem-dinh-luu-dong': 'Kiểm định lưu động',
  'kiem-tra': 'Kiểm tra',
  khac: 'Sự kiện khác',
} as const;
export type EventKind = keyof typeof EVENT_KINDS;

/** Whether the event goes ahead (iCalendar STATUS, RFC 5545 §3.8.1.11): id → label. */
export const EVENT_STATUSES = {
  confirmed: 'Diễn ra theo kế hoạch',
  tentative: 'Dự kiến, chưa chốt',
  cancelled: 'Đã hủy',
} as const;
export type EventStatus = keyof typeof EVENT_STATUSES;

/**
 * "2025-05-20" or "2025-05-20T08:00", in Asia/Ho_Chi_Minh (also with a space or
 * ":00" seconds; a time with an offset or "Z" is converted to Vietnam time).
 */
export const localDateTimeField = wallClockField.transform(wallClockText);

export const eventSchema = z.object({
  /** Stable id for calendars (iCalendar UID) and feeds; never changes after creation. */
  uid: uidField,
  title: z.string().trim().min(1, MESSAGES.notEmpty),
  /** One or two sentences for lists, feeds and the meta description. */
  summary: z.string().trim().min(1, MESSAGES.notEmpty).max(300, MESSAGES.tooLong(300)),
  kind: labelledEnum(EVENT_KINDS),
  /** Start: a date, or a date and time, in Vietnam. For a yearly observance: its first date. */
  start: localDateTimeField,
  /** End (optional): same forms as start, not before it. */
  end: localDateTimeField.optional(),
  /** A whole-day event has no time of day. */
  allDay: z.boolean().default(true),
  /** Yearly observances recur every year on the same day and month. */
  recurrence: z.enum(['none', 'yearly']).default('none'),
  /** Where it takes place (optional: observances have no single place). */
  location: z.string().optional(),
  /** Whether it goes ahead; a cancelled event stays listed (and in calendars) as cancelled. */
  status: labelledEnum(EVENT_STATUSES).default('confirmed'),
  /** Plan tasks this event serves. */
  relatedTasks: z.array(taskRefField).default([]),
  /**
   * When the published event last changed (optional): a date or an ISO date-time.
   * Calendars show it as LAST-MODIFIED. The CMS sets it on every save that
   * changes a published event (src/lib/events/revision.ts); never edited by hand.
   */
  updatedAt: publishedAtField.optional(),
  /** When the event was first published on this site (optional: unknown for the seeded observances). */
  publishedAt: publishedAtField.optional(),
  /** Change notes shown on the page (minor fixes are not recorded). */
  changes: changesField,
  /**
   * Revision number (iCalendar SEQUENCE, RFC 5545 §3.8.7.4): 0 when created, raised
   * by one by the CMS each time a published event's date, time, recurrence, place
   * or status changes (src/lib/events/revision.ts), so that calendars which
   * already imported the event replace it with the new version.
   */
  sequence: z.number().int(MESSAGES.wholeNumber).nonnegative(MESSAGES.notNegative).default(0),
  /** A draft is never published anywhere. */
  draft: z.boolean().default(false),
});
export type EventData = z.infer<typeof eventSchema>;
