/**
 * When an event happens next. Yearly observances recur on the same day and
 * month; a 29 February observance occurs only in leap years, as an iCalendar
 * RRULE:FREQ=YEARLY does (RFC 5545 §3.3.10: invalid dates are ignored).
 */
import { civilDate, isCivilDate, parseCivilDate, type CivilDate } from '../dates.ts';

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

export const dayOf = (dateTime: string): CivilDate => dateTime.slice(0, 10) as CivilDate;

/** The event's own (first) occurrence. */
export function firstOccurrence(event: Schedulable): Occurrence {
  const start = dayOf(event.start);
  return { start, end: event.end ? dayOf(event.end) : start };
}

/** The occurrence of a yearly event in a given year, or undefined (29/02 in a common year). */
export function occurrenceInYear(event: Schedulable, year: number): Occurrence | undefined {
  const first = firstOccurrence(event);
  const { month, day } = parseCivilDate(first.start);
  const start = civilDate(year, month, day);
  if (!isCivilDate(start) || year < parseCivilDate(first.start).year) return undefined;
  const span = Math.round((Date.parse(first.end) - Date.parse(first.start)) / 86_400_000);
  const endDate = new Date(Date.UTC(year, month - 1, day + span));
  return { start, end: civilDate(endDate.getUTCFullYear(), endDate.getUTCMonth() + 1, endDate.getUTCDate()) };
}

/**
 * The occurrence that is on or after `today` (one still running counts), or
 * undefined for a one-off event that is over.
 */
export function nextOccurrence(event: Schedulable, today: CivilDate): Occurrence | undefined {
  if (event.recurrence === 'none') {
    const only = firstOccurrence(event);
    return only.end >= today ? only : undefined;
  }
  const { year } = parseCivilDate(today);
  for (let candidate = year - 1; candidate <= year + 8; candidate++) {
    const occurrence = occurrenceInYear(event, candidate);
    if (occurrence && occurrence.end >= today) return occurrence;
  }
  return undefined;
}

/** Upcoming events in date order, each with its next occurrence. */
export function upcoming<T extends { data: Schedulable }>(events: readonly T[], today: CivilDate): { event: T; occurrence: Occurrence }[] {
  return events
    .flatMap((event) => {
      const occurrence = nextOccurrence(event.data, today);
      return occurrence ? [{ event, occurrence }] : [];
    })
    .sort((a, b) => a.occurrence.start.localeCompare(b.occurrence.start) || a.event.data.start.localeCompare(b.event.data.start));
}
