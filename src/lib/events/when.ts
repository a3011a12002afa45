/**
 * An event's date and time in words readers expect:
 * "Thứ Ba, 20/05/2025, 08:00–11:30", "Thứ Hai, 19/05/2025 – Thứ Tư, 21/05/2025",
 * and how far away it is ("còn 5 ngày").
 */
import { formatDateWithWeekday } from '../format/date.ts';
import { daysBetween, parseCivilDate, type CivilDate } from '../dates.ts';
import type { Occurrence, Schedulable } from './occurrence.ts';

/** "08:00" from "2025-05-20T08:00", undefined for a date without a time. */
const timeOf = (dateTime: string | undefined): string | undefined => dateTime?.split('T')[1];

export function describeWhen(event: Schedulable, occurrence: Occurrence): string {
  const startTime = timeOf(event.start);
  const endTime = timeOf(event.end);
  const days = daysBetween(occurrence.start, occurrence.end);
  if (days === 0) {
    const day = formatDateWithWeekday(occurrence.start);
    if (!startTime) return day;
    return endTime && endTime !== startTime ? `${day}, ${startTime}–${endTime}` : `${day}, ${startTime}`;
  }
  const from = `${formatDateWithWeekday(occurrence.start)}${startTime ? `, ${startTime}` : ''}`;
  const to = `${formatDateWithWeekday(occurrence.end)}${endTime ? `, ${endTime}` : ''}`;
  return `${from} – ${to}`;
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * How often a yearly observance comes, in a few words: "hằng năm", or for
 * 29/02 "các năm nhuận" (it is skipped in other years, as the calendar file
 * says: yearlyRule in icalendar.ts); undefined for a one-off event.
 */
export function recurrenceCadence(event: Schedulable): string | undefined {
  if (event.recurrence !== 'yearly') return undefined;
  return event.start.slice(5, 10) === '02-29' ? 'các năm nhuận' : 'hằng năm';
}

/** "Hằng năm, ngày 20/05" (or "Các năm nhuận, ngày 29/02") for a yearly observance; undefined for a one-off event. */
export function describeRecurrence(event: Schedulable): string | undefined {
  const cadence = recurrenceCadence(event);
  if (!cadence) return undefined;
  const { day, month } = parseCivilDate(event.start.slice(0, 10));
  return `${cadence[0]?.toUpperCase()}${cadence.slice(1)}, ngày ${two(day)}/${two(month)}`;
}

/** "còn 5 ngày", "ngày mai", "hôm nay", or "đang diễn ra" for a multi-day occurrence already under way. */
export function countdown(today: CivilDate, occurrence: Occurrence): string {
  const days = daysBetween(today, occurrence.start);
  if (days < 0) return occurrence.end >= today ? 'đang diễn ra' : 'đã diễn ra';
  if (days === 0) return 'hôm nay';
  if (days === 1) return 'ngày mai';
  return `còn ${days} ngày`;
}
