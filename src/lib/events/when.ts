/**
 * An event's date and time in words readers expect:
 * "Thứ Ba, 20/05/2025, 08:00–11:30", "Thứ Hai, 19/05/2025 – Thứ Tư, 21/05/2025".
 */
import { formatDateWithWeekday } from '../format/date.ts';
import { daysBetween } from '../dates.ts';
import type { Occurrence, Schedulable } from './occurrence.ts';

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

/** "còn 5 ngày", "hôm nay", "ngày mai" for the countdown to an occurrence. */
export function countdown(today: string, start: string): string {
  const days = daysBetween(today as Parameters<typeof daysBetween>[0], start as Parameters<typeof daysBetween>[0]);
  if (days <= 0) return 'hôm nay';
  if (days === 1) return 'ngày mai';
  return `còn ${days} ngày`;
}
