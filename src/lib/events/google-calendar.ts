/**
 * "Thêm vào Google Calendar": a link to Google Calendar's event template
 * (calendar.google.com/calendar/render?action=TEMPLATE) filled with the
 * occurrence shown on the page. All-day dates end on the day after (exclusive,
 * as in iCalendar); times are wall-clock times read in Asia/Ho_Chi_Minh (ctz).
 */
import { addDays, TIME_ZONE } from '../dates.ts';
import type { Occurrence } from './occurrence.ts';
import type { CalendarEntry } from './icalendar.ts';
import { calendarDescription, yearlyRule } from './icalendar.ts';

const GOOGLE_TEMPLATE = 'https://calendar.google.com/calendar/render';

/** "20250520" or "20250520T080000" from "2025-05-20" / "2025-05-20T08:00". */
const compact = (dateTime: string): string => {
  const [day = '', time] = dateTime.split('T');
  return day.replace(/-/g, '') + (time ? `T${time.replace(':', '')}00` : '');
};

export function googleCalendarLink(entry: CalendarEntry, occurrence: Occurrence, site: URL | string): string {
  const { data } = entry;
  let dates: string;
  if (data.allDay) {
    dates = `${compact(occurrence.start)}/${compact(addDays(occurrence.end, 1))}`;
  } else {
    // Only one-off events have times (validation), so the occurrence is the event itself.
    dates = `${compact(data.start)}/${compact(data.end ?? data.start)}`;
  }
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: data.title,
    dates,
    details: calendarDescription(entry, site),
    ctz: TIME_ZONE,
  });
  if (data.location) params.set('location', data.location);
  if (data.recurrence === 'yearly') params.set('recur', `RRULE:${yearlyRule(data.start).text}`);
  return `${GOOGLE_TEMPLATE}?${params.toString()}`;
}
