/** /su-kien.ics: every published event, and every plan task's deadline, as one iCalendar feed to subscribe to. */
import type { APIRoute } from 'astro';
import { loadSite, siteUrl } from '../data/site.ts';
import { taskDeadlineItems } from '../lib/plan/deadlines.ts';
import { eventCalendar, feedName } from '../lib/events/icalendar.ts';
import { calendarResponse } from './_responses/http.ts';

export const GET: APIRoute = async () => {
  const { events, plans, settings, now } = await loadSite();
  const allDayItems = taskDeadlineItems(plans);
  return calendarResponse(eventCalendar(events, { site: siteUrl(), name: feedName(settings.siteName), generatedAt: now, allDayItems }));
};
