/** /su-kien/<id>.ics: one event as an iCalendar file ("Thêm vào lịch"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, pathsOf, siteUrl, type EventEntry } from '../../data/site.ts';
import { eventCalendar } from '../../lib/events/icalendar.ts';
import { calendarResponse } from '../_responses/http.ts';

export const getStaticPaths = pathsOf(async () => {
  const { events } = await loadSite();
  return events.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: EventEntry }> = async ({ props }) => {
  const { now } = await loadSite();
  return calendarResponse(eventCalendar([props.entry], { site: siteUrl(), name: props.entry.data.title, generatedAt: now }));
};
