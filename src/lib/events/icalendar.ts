/**
 * Events as iCalendar (RFC 5545), generated with ical-generator: the feed
 * /su-kien.ics and one file per event. Yearly observances are all-day events
 * with RRULE:FREQ=YEARLY; timed events carry TZID=Asia/Ho_Chi_Minh and the
 * calendar its VTIMEZONE (from @touch4it/ical-timezones). Wall-clock times go
 * in as Temporal values so the output never depends on the build machine's
 * time zone. Escaping and line folding are ical-generator's.
 *
 * Yearly rules name their month and day (yearlyRule): a bare FREQ=YEARLY
 * from 29 February is right by RFC 5545 (§3.3.10: an invalid date is
 * skipped, so leap years only) but ical.js, inside Thunderbird and
 * Nextcloud, moves it to 1 March in the other years. With BYMONTH and
 * BYMONTHDAY every reader we checked agrees on leap years only (2096, then
 * 2104): ical.js 2.2, python-dateutil's rrule (2.9, what python icalendar
 * expands with), and Google Calendar's template link takes the same text.
 */
import { ICalCalendar, ICalEventRepeatingFreq, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { Temporal } from 'temporal-polyfill';
import { addDays, TIME_ZONE } from '../dates.ts';
import { EVENT_KINDS, type EventData } from '../../schemas/event.ts';
import { urls } from '../urls.ts';
import { firstOccurrence } from './occurrence.ts';
import type { AllDayItem } from '../plan/deadlines.ts';

/** What the calendar needs of an event entry (a content collection entry fits). */
export interface CalendarEntry {
  /** File name: the event page's slug. */
  id: string;
  data: Pick<EventData, 'uid' | 'title' | 'summary' | 'kind' | 'start' | 'end' | 'allDay' | 'recurrence' | 'location' | 'status' | 'updatedAt' | 'sequence'>;
}

export interface CalendarOptions {
  /** The site's absolute base URL (Astro `site`): event URLs are built on it. */
  site: URL | string;
  /** Calendar name shown by calendar apps. */
  name: string;
  /** DTSTAMP of events never edited: the moment of the build. */
  generatedAt: Date;
  /** All-day items that are not events (the plans' task deadlines), each linking to its page. */
  allDayItems?: readonly AllDayItem[];
}

/** The feed's name in calendar apps: "Sự kiện – Đo lường Bắc Giang". */
export const feedName = (siteName: string): string => `Sự kiện – ${siteName}`;

/** Product identifier of our calendars: PRODID:-//do-luong-bac-giang//su-kien//VI (RFC 5545 §3.7.3). */
const CALENDAR_PRODUCT_ID = { company: 'do-luong-bac-giang', product: 'su-kien', language: 'VI' };

/**
 * The iCalendar UID of an event: its `uid` field, set once when the event is
 * created, so a calendar keeps recognising the event after edits and renames
 * (the title and the file name play no part).
 */
const calendarUid = (entry: CalendarEntry): string => entry.data.uid;

/** Absolute URL of an event's page. */
const eventPageUrl = (entry: Pick<CalendarEntry, 'id'>, site: URL | string): string => new URL(urls.event(entry.id), site).href;

/** DESCRIPTION: the summary, then where to read more (some apps do not show URL). */
export const calendarDescription = (entry: CalendarEntry, site: URL | string): string => `${entry.data.summary}\n\nChi tiết: ${eventPageUrl(entry, site)}`;

/**
 * RFC 5545 §3.3.11 TEXT escaping for the calendar's NAME, which ical-generator
 * 10 writes as given (it escapes event properties itself).
 */
/** STATUS (RFC 5545 §3.8.1.11) of each of our statuses. */
const CALENDAR_STATUS: Record<EventData['status'], ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

const escapeText = (text: string): string => text.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r?\n/g, '\\n');

/** The yearly rule of an observance that first falls on `start` ("2024-02-29…"): its month and day spelt out. */
export function yearlyRule(start: string): { byMonth: number; byMonthDay: number; text: string } {
  const [, month = 1, day = 1] = start.slice(0, 10).split('-').map(Number);
  return { byMonth: month, byMonthDay: day, text: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}` };
}

function yearlyRepeating(start: string) {
  const { byMonth, byMonthDay } = yearlyRule(start);
  return { freq: ICalEventRepeatingFreq.YEARLY, byMonth: [byMonth], byMonthDay: [byMonthDay] };
}

export function eventCalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    prodId: CALENDAR_PRODUCT_ID,
    name: escapeText(options.name),
    // The site is rebuilt daily: ask subscribers to refresh once a day.
    ttl: 24 * 60 * 60,
  });
  // No calendar-wide time zone name: ical-generator would then write DTSTAMP
  // and LAST-MODIFIED in local time, which RFC 5545 requires in UTC. The
  // generator still adds a VTIMEZONE for every TZID the events use.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });

  for (const entry of entries) {
    const { data } = entry;
    const occurrence = firstOccurrence(data);
    const common = {
      id: calendarUid(entry),
      sequence: data.sequence,
      status: CALENDAR_STATUS[data.status],
      stamp: data.updatedAt ?? options.generatedAt,
      ...(data.updatedAt ? { lastModified: data.updatedAt } : {}),
      summary: data.title,
      description: calendarDescription(entry, options.site),
      location: data.location ?? null,
      url: eventPageUrl(entry, options.site),
      categories: [{ name: EVENT_KINDS[data.kind] }],
      repeating: data.recurrence === 'yearly' ? yearlyRepeating(data.start) : null,
    };
    if (data.allDay) {
      // All-day: DTSTART;VALUE=DATE and the exclusive DTEND (the day after the last day).
      calendar.createEvent({
        ...common,
        allDay: true,
        start: Temporal.PlainDate.from(occurrence.start),
        end: Temporal.PlainDate.from(addDays(occurrence.end, 1)),
      });
    } else {
      // Timed: wall-clock times in Vietnam; no DTEND when the event gives no end (RFC 5545 §3.6.1).
      calendar.createEvent({
        ...common,
        timezone: TIME_ZONE,
        start: Temporal.PlainDateTime.from(data.start),
        end: data.end ? Temporal.PlainDateTime.from(data.end) : null,
      });
    }
  }
  for (const item of options.allDayItems ?? []) {
    const url = new URL(item.path, options.site).href;
    calendar.createEvent({
      id: item.uid,
      stamp: options.generatedAt,
      summary: item.title,
      description: `${item.description}\n\nChi tiết: ${url}`,
      url,
      allDay: true,
      start: Temporal.PlainDate.from(item.day),
      end: Temporal.PlainDate.from(addDays(item.day, 1)),
    });
  }
  return calendar.toString();
}
