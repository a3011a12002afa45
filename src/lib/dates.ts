/**
 * Calendar dates as the people of Bắc Giang live them: in Asia/Ho_Chi_Minh
 * (UTC+7 all year, no daylight saving). A CivilDate is a day on that wall
 * calendar ("2025-05-20"), independent of the machine's time zone.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A day on the Vietnamese wall calendar, "YYYY-MM-DD". */
export type CivilDate = `${number}-${number}-${number}`;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const civilParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day an instant falls on in Vietnam. */
export function toCivilDate(instant: Date): CivilDate {
  return civilParts.format(instant) as CivilDate;
}

export function isCivilDate(text: string): text is CivilDate {
  const match = CIVIL_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

export function parseCivilDate(text: string): { year: number; month: number; day: number } {
  if (!isCivilDate(text)) throw new RangeError(`not a calendar date (YYYY-MM-DD): "${text}"`);
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function civilDate(year: number, month: number, day: number): CivilDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CivilDate;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  const a = parseCivilDate(from);
  const b = parseCivilDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const { year, month, day } = parseCivilDate(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return civilDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The last day of a month (month 1..12). */
export function lastDayOfMonth(year: number, month: number): CivilDate {
  return civilDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** The instant a wall-clock time in Vietnam denotes ("2025-05-20", "08:00"). */
export function vietnamInstant(date: CivilDate, time = '00:00'): Date {
  const { year, month, day } = parseCivilDate(date);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hours - 7, minutes));
}

/** A moment on the Vietnamese wall clock, as content stores it: a day and maybe a time "HH:mm". */
export interface WallClock {
  date: CivilDate;
  time?: string | undefined;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Minutes east of UTC of "Z", "+07:00", "+0700", "-05". */
function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

/** Why a date or time could not be read (the schemas word it: src/lib/validation/messages.ts). */
export type WallClockError =
  | { kind: 'format' }
  | { kind: 'noSuchDay'; date: string }
  | { kind: 'noSuchTime'; time: string }
  | { kind: 'seconds' }
  | { kind: 'offset'; offset: string };

/**
 * The one reader of every date and date-time content holds, taking the text
 * exactly as written (content YAML is read without timestamp types, so no
 * parser turns it into a UTC Date first: src/lib/content-data.ts). Accepted:
 * "2025-05-20", "2025-05-20T08:00" or with a space, optional ":00" seconds,
 * and a time with an offset or "Z" ("2027-05-21T01:00:00.000Z", what Decap's
 * stock datetime widget writes), which is converted to Vietnam's wall clock
 * (UTC+7 all year). Returns the wall-clock value or why not.
 */
export function readWallClock(text: string): WallClock | { error: WallClockError } {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return { error: { kind: 'format' } };
  const [, date = '', hours, minutes, seconds, fraction, offset] = match;
  if (!isCivilDate(date)) return { error: { kind: 'noSuchDay', date } };
  if (hours === undefined || minutes === undefined) return { date };
  if (Number(hours) > 23 || Number(minutes) > 59) return { error: { kind: 'noSuchTime', time: `${hours}:${minutes}` } };
  if (Number(seconds ?? 0) !== 0 || Number(fraction ?? 0) !== 0) return { error: { kind: 'seconds' } };
  if (offset === undefined) return { date, time: `${hours}:${minutes}` };
  const minutesEast = offsetMinutes(offset);
  if (Math.abs(minutesEast) > 14 * 60) return { error: { kind: 'offset', offset } };
  const { year, month, day } = parseCivilDate(date);
  // The instant, then Vietnam's wall clock at that instant (+07:00, no daylight saving).
  const vietnam = new Date(Date.UTC(year, month - 1, day, Number(hours), Number(minutes)) + (7 * 60 - minutesEast) * 60_000);
  const time = `${String(vietnam.getUTCHours()).padStart(2, '0')}:${String(vietnam.getUTCMinutes()).padStart(2, '0')}`;
  return { date: civilDate(vietnam.getUTCFullYear(), vietnam.getUTCMonth() + 1, vietnam.getUTCDate()), time };
}

/** "2025-05-20" or "2025-05-20T08:00": how a wall-clock value is stored and passed around. */
export function wallClockText(value: WallClock): string {
  return value.time === undefined ? value.date : `${value.date}T${value.time}`;
}

const minuteClock = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * An instant as Vietnam wall-clock time with its offset, to the minute:
 * "2026-11-29T21:40+07:00". Content dates are written to the minute
 * (readWallClock refuses seconds), so what the CMS writes must be too.
 */
export function vietnamTimestamp(instant: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => minuteClock.formatToParts(instant).find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}+07:00`;
}
