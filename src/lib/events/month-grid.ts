/**
 * The month calendar: which months the site publishes (a window around the
 * build date, so the pages move forward with the daily rebuild) and each
 * month laid out in weeks from Monday to Sunday, as Vietnamese calendars are.
 */
import { addDays, civilDate, lastDayOfMonth, parseCivilDate, type CivilDate } from '../dates.ts';
import { weekdayName } from '../format/date.ts';
import { occurrencesBetween, type Schedulable, type Scheduled } from './occurrence.ts';

/** A month, "YYYY-MM". */
export type YearMonth = `${number}-${number}`;

/** How many months before and after the build month get a calendar page. */
const CALENDAR_WINDOW = { before: 3, after: 12 } as const;

export function monthOf(date: CivilDate): YearMonth {
  return date.slice(0, 7) as YearMonth;
}

/** The month `count` months after (or before, when negative) `month`. */
export function shiftMonth(month: YearMonth, count: number): YearMonth {
  const { year, month: m } = parseCivilDate(`${month}-01`);
  const index = year * 12 + (m - 1) + count;
  return monthOf(civilDate(Math.floor(index / 12), (index % 12) + 1, 1));
}

/** The months that get a calendar page for a build on `today`, oldest first. */
export function calendarMonths(today: CivilDate, window: { before: number; after: number } = CALENDAR_WINDOW): YearMonth[] {
  const current = monthOf(today);
  return Array.from({ length: window.before + window.after + 1 }, (_, i) => shiftMonth(current, i - window.before));
}

/** Column headings, Monday first: the full name for screen readers, the short form for the eye. */
export const WEEK_DAYS: readonly { name: string; short: string }[] = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'].map((short, i) => ({
  // 2024-01-01 was a Monday.
  name: weekdayName(addDays('2024-01-01' as CivilDate, i)),
  short,
}));

export interface GridDay<T> {
  date: CivilDate;
  /** False for the days of the neighbouring months that fill the first and last week. */
  inMonth: boolean;
  /** What happens that day (a multi-day event appears on each of its days). */
  items: Scheduled<T>[];
}

export interface MonthGrid<T> {
  month: YearMonth;
  /** Weeks of seven days, Monday first. */
  weeks: GridDay<T>[][];
  /** Every occurrence that touches the month, in date order, once each. */
  items: Scheduled<T>[];
}

/** Monday = 0 … Sunday = 6. */
function weekdayIndex(date: CivilDate): number {
  const { year, month, day } = parseCivilDate(date);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

export function monthGrid<T extends { data: Schedulable }>(month: YearMonth, events: readonly T[]): MonthGrid<T> {
  const first = `${month}-01` as CivilDate;
  const { year, month: m } = parseCivilDate(first);
  const last = lastDayOfMonth(year, m);
  const items = occurrencesBetween(events, first, last);
  const gridStart = addDays(first, -weekdayIndex(first));
  const gridEnd = addDays(last, 6 - weekdayIndex(last));
  const weeks: GridDay<T>[][] = [];
  for (let date = gridStart; date <= gridEnd; date = addDays(date, 1)) {
    const inMonth = date >= first && date <= last;
    const day: GridDay<T> = {
      date,
      inMonth,
      items: inMonth ? items.filter(({ occurrence }) => occurrence.start <= date && occurrence.end >= date) : [],
    };
    if (weekdayIndex(date) === 0) weeks.push([]);
    weeks.at(-1)?.push(day);
  }
  return { month, weeks, items };
}
