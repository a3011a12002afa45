/** /su-kien.ics: every published event as one iCalendar feed to subscribe to. */
import type { APIRoute } from 'astro';
import { loadSite, siteUrl } from '../data/site.ts';
import { eventCalendar, feedName } from '../lib/events/icalendar.ts';
import { calendarResponse } from './_responses/http.ts';

export const GET: APIRoute = async () => {
  const { events, settings, now } = await loadSite();
  return calendarResponse(eventCalendar(events, { site: siteUrl(), name: feedName(settings.siteName), generatedAt: now }));
};
