/**
 * A day and an optional time of day in Vietnam as the CMS stores them
 * ("YYYY-MM-DD" or "YYYY-MM-DDTHH:mm", src/schemas/event.ts), and as editors
 * read them: dd/mm/yyyy from src/lib/format/date.ts, like the site.
 */
import { isCivilDate, readWallClock } from '../../src/lib/dates.ts';
import { formatDate } from '../../src/lib/format/date.ts';

/**
 * "2025-05-20T08:00" → { date: "2025-05-20", time: "08:00" }, read as the build
 * reads it (readWallClock): a space works as the separator too, and a time
 * written with an offset or "Z" shows as its Vietnam time, never as the UTC
 * digits. Text that is no date is split as it is, for the editor to fix.
 */
export function splitLocalDateTime(value: unknown): { date: string; time: string } {
  const text = typeof value === 'string' ? value.trim() : '';
  const read = readWallClock(text);
  if (!('error' in read)) return { date: read.date, time: read.time ?? '' };
  const [date = '', time = ''] = text.replace(' ', 'T').split('T');
  return { date, time: time.slice(0, 5) };
}

export function joinLocalDateTime(date: string, time: string): string {
  if (!date) return '';
  return time ? `${date}T${time}` : date;
}

/** "2026-11-21T08:00" → "21/11/2026 lúc 08:00"; "" for anything that is not a day. */
export function localDateTimeText(value: unknown): string {
  const { date, time } = splitLocalDateTime(value);
  if (!isCivilDate(date)) return '';
  return `${formatDate(date)}${time ? ` lúc ${time}` : ''}`;
}
