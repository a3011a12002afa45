/** How the iCalendar endpoints answer: the media type of RFC 5545 §8.1, and the feed's name. */
const CALENDAR_MEDIA_TYPE = 'text/calendar; charset=utf-8';

export function calendarResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': CALENDAR_MEDIA_TYPE } });
}

/** The feed's name in calendar apps: "Sự kiện – Đo lường Bắc Giang". */
export const feedName = (siteName: string): string => `Sự kiện – ${siteName}`;
