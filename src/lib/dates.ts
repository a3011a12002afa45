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
