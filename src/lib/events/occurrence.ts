/**
 * When an event happens: its next occurrence from a given day, the occurrences
 * inside a span of days (the month grid), and the events already over (the
 * archive). Yearly observances recur on the same day and month; a 29 February
 * observance occurs only in leap years, as its iCalendar rule says (yearlyRule in icalendar.ts)
 * (RFC 5545 §3.3.10: invalid dates are ignored). Days are Vietnamese wall
 * calendar days: an event from 23:30 to 00:30 occupies two days.
 */
import { addDays, civilDate, daysBetween, isCivilDate, parseCivilDate, type CivilDate } from '../dates.ts';

export interface Schedulable {
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm", Vietnam time. */
  start: string;
  end?: string | undefined;
  recurrence: 'none' | 'yearly';
}

export interface Occurrence {
  /** First day of this occurrence. */
  start: CivilDate;
  /** Last day (same as start for a one-day event). */
  end: CivilDate;
}

/** An event together with one of its occurrences. */
export interface Scheduled<T> {
  event: T;
  occurrence: Occurrence;
}

const dayOf = (dateTime: string): CivilDate => dateTime.slice(0, 10) as CivilDate;

/** The event's own (first) occurrence. */
export function firstOccurrence(event: Schedulable): Occurrence {
  const start = dayOf(event.start);
  return { start, end: event.end ? dayOf(event.end) : start };
}

/** The occurrence of a yearly event in a given year, or undefined (29/02 in a common year, a year before the first). */
export function occurrenceInYear(event: Schedulable, year: number): Occurrence | undefined {
  const first = firstOccurrence(event);
  const { year: firstYear, month, day } = parseCivilDate(first.start);
  const start = civilDate(year, month, day);
  if (year < firstYear || !isCivilDate(start)) return undefined;
  return { start, end: addDays(start, daysBetween(first.start, first.end)) };
}

/**
 * "Đã diễn ra": an occurrence has taken place once its last day is over, so
 * on its own day it is still "today", not past. The one meaning the calendar,
 * the plan (events counted and listed as "đã diễn ra") and the home page use.
 */
export function hasTakenPlace(occurrence: Occurrence, today: CivilDate): boolean {
  return occurrence.end < today;
}

/**
 * The occurrence that has not taken place by `today` (one still running
 * counts), or undefined for a one-off event that is over.
 */
export function nextOccurrence(event: Schedulable, today: CivilDate): Occurrence | undefined {
  if (event.recurrence === 'none') {
    const only = firstOccurrence(event);
    return hasTakenPlace(only, today) ? undefined : only;
  }
  const { year } = parseCivilDate(today);
  // From last year (a multi-day occurrence may still run into this one); eight
  // years ahead always reaches the next 29 February.
  for (let candidate = year - 1; candidate <= year + 8; candidate++) {
    const occurrence = occurrenceInYear(event, candidate);
    if (occurrence && !hasTakenPlace(occurrence, today)) return occurrence;
  }
  return undefined;
}

/** The occurrence to show for an event: the next one, or the last one for an event that is over. */
export function shownOccurrence(event: Schedulable, today: CivilDate): Occurrence {
  return nextOccurrence(event, today) ?? firstOccurrence(event);
}

/** Whether an event is over: a one-off event whose last day is before `today`. Yearly observances never are. */
export function isOver(event: Schedulable, today: CivilDate): boolean {
  return event.recurrence === 'none' && hasTakenPlace(firstOccurrence(event), today);
}

const byDate = <T extends { data: Schedulable }>(a: Scheduled<T>, b: Scheduled<T>): number =>
  a.occurrence.start.localeCompare(b.occurrence.start) || a.event.data.start.localeCompare(b.event.data.start);

/** Upcoming events in date order, each with its next occurrence. */
export function upcoming<T extends { data: Schedulable }>(events: readonly T[], today: CivilDate): Scheduled<T>[] {
  return events
    .flatMap((event) => {
      const occurrence = nextOccurrence(event.data, today);
      return occurrence ? [{ event, occurrence }] : [];
    })
    .sort(byDate);
}

/** Every occurrence that touches at least one day from `from` to `to` (inclusive), in date order. */
export function occurrencesBetween<T extends { data: Schedulable }>(events: readonly T[], from: CivilDate, to: CivilDate): Scheduled<T>[] {
  const overlaps = (occurrence: Occurrence) => occurrence.start <= to && occurrence.end >= from;
  const firstYear = parseCivilDate(from).year - 1;
  const lastYear = parseCivilDate(to).year;
  return events
    .flatMap((event) => {
      if (event.data.recurrence === 'none') {
        const only = firstOccurrence(event.data);
        return overlaps(only) ? [{ event, occurrence: only }] : [];
      }
      const found: Scheduled<T>[] = [];
      for (let year = firstYear; year <= lastYear; year++) {
        const occurrence = occurrenceInYear(event.data, year);
        if (occurrence && overlaps(occurrence)) found.push({ event, occurrence });
      }
      return found;
    })
    .sort(byDate);
}

/** A year of the archive: the occurrences that ended that year and have taken place. */
export interface ArchiveYear<T> {
  year: number;
  items: Scheduled<T>[];
}

/** Occurrences that have taken place (one-off events and each past year of an observance), by the year they ended, newest first. */
export function archiveByYear<T extends { data: Schedulable }>(events: readonly T[], today: CivilDate): ArchiveYear<T>[] {
  if (events.length === 0) return [];
  const firstYear = Math.min(...events.map((event) => parseCivilDate(firstOccurrence(event.data).start).year));
  const past = occurrencesBetween(events, civilDate(firstYear, 1, 1), addDays(today, -1)).filter(({ occurrence }) => hasTakenPlace(occurrence, today));
  const years = new Map<number, Scheduled<T>[]>();
  for (const item of past) {
    const { year } = parseCivilDate(item.occurrence.end);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return [...years].sort(([a], [b]) => b - a).map(([year, items]) => ({ year, items: items.reverse() }));
}

/** What the home page shows: the next yearly observance (with its countdown), then the next `count` other events. */
export function eventHighlights<T extends { data: Schedulable }>(events: readonly T[], today: CivilDate, count = 3): { observance?: Scheduled<T>; next: Scheduled<T>[] } {
  const all = upcoming(events, today);
  const observance = all.find(({ event }) => event.data.recurrence === 'yearly');
  return { ...(observance ? { observance } : {}), next: all.filter((item) => item !== observance).slice(0, count) };
}
