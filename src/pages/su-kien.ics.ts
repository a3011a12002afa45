/** /su-kien.ics: every published event as one iCalendar feed to subscribe to. */
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { eventCalendar } from '../lib/events/icalendar.ts';
import { calendarResponse, feedName } from '../lib/events/calendar-response.ts';

export const GET: APIRoute = async () => {
  const { events, settings, now } = await loadSite();
  return calendarResponse(eventCalendar(events, { site: import.meta.env.SITE, name: feedName(settings.siteName), generatedAt: now }));
};
