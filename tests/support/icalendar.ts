/**
 * Reads iCalendar text with ical.js (Mozilla's parser, not ours) and checks
 * the RFC 5545 rules a parser forgives: CRLF line breaks, lines of at most 75
 * octets (§3.1), and text that survives a parse and re-serialisation intact.
 * ical.js throws on errors and has no warnings channel, so anything it prints
 * to the console while parsing is reported as a warning.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  /** "2025-05-20" for all-day, "2025-05-20T08:00:00" (wall clock) for timed events. */
  start: string;
  end: string | null;
  allDay: boolean;
  /** TZID of DTSTART, "floating" for dates. */
  zone: string;
  /** DTSTART as an instant (timed events). */
  startInstant: string;
  /** RRULE as text ("FREQ=YEARLY"), or null. */
  rrule: string | null;
  sequence: number;
  lastModified: string | null;
  dtstamp: string;
  categories: string[];
}

export interface ParsedCalendar {
  calendar: ICAL.Component;
  events: ParsedEvent[];
  /** Time zones defined by VTIMEZONE components. */
  timezones: string[];
  /** Problems found: over-long lines, bare LF, console output while parsing, lossy round trip. */
  problems: string[];
}

// RFC 7986 NAME and the older X-WR-CALNAME are TEXT: tell ical.js, which
// predates them, so that it unescapes their values.
const properties = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
properties.name ??= { defaultType: 'text' };
properties['x-wr-calname'] ??= { defaultType: 'text' };

/** Joins folded lines back (RFC 5545 §3.1). */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

export function parseCalendar(text: string): ParsedCalendar {
  const problems: string[] = [];
  const lines = text.split('\r\n');
  if (/[^\r]\n/.test(text)) problems.push('a line ends in LF without CR');
  lines.forEach((line, index) => {
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) problems.push(`line ${index + 1} has ${octets} octets: ${line.slice(0, 40)}…`);
  });

  const printed: string[] = [];
  const original = { warn: console.warn, error: console.error, log: console.log };
  console.warn = (...args: unknown[]) => printed.push(args.join(' '));
  console.error = console.warn;
  console.log = console.warn;
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } finally {
    Object.assign(console, original);
  }
  problems.push(...printed.map((message) => `parser printed: ${message}`));

  // Every unfolded content line comes back the same from ical.js's own
  // serialiser (which writes a component's properties before its
  // subcomponents, hence sorted): escaping and values were understood exactly.
  const again = unfold(calendar.toString()).split('\r\n').filter(Boolean).sort();
  // ical.js leaves out a VALUE parameter that restates the default type (URL is a URI).
  const before = unfold(text).replace(/^URL;VALUE=URI:/gm, 'URL:').split('\r\n').filter(Boolean).sort();
  const lost = before.filter((line) => !again.includes(line));
  if (lost.length > 0 || again.length !== before.length) problems.push(`round trip through ical.js changed: ${lost.join(' | ') || 'the number of lines'}`);

  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    const rrule = component.getFirstPropertyValue('rrule');
    const lastModified = component.getFirstPropertyValue('last-modified');
    const dtstamp = component.getFirstPropertyValue('dtstamp');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location || null,
      url: (component.getFirstPropertyValue('url') as string | null) ?? null,
      start: event.startDate.toString(),
      end: component.hasProperty('dtend') ? event.endDate.toString() : null,
      allDay: event.startDate.isDate,
      zone: event.startDate.zone?.tzid ?? 'floating',
      startInstant: event.startDate.toJSDate().toISOString(),
      rrule: rrule ? rrule.toString() : null,
      sequence: event.sequence,
      lastModified: lastModified ? (lastModified as ICAL.Time).toJSDate().toISOString() : null,
      dtstamp: (dtstamp as ICAL.Time).toString(),
      categories: component.getAllProperties('categories').flatMap((property) => property.getValues() as string[]),
    };
  });
  const timezones = calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid')));
  return { calendar, events, timezones, problems };
}

/** Days (YYYY-MM-DD) a recurring event falls on according to ical.js, from its start to 31/12 of `until`. */
export function icalJsOccurrences(calendar: ICAL.Component, uid: string, until: number): string[] {
  const component = calendar.getAllSubcomponents('vevent').find((candidate) => candidate.getFirstPropertyValue('uid') === uid);
  if (!component) throw new Error(`no event ${uid}`);
  const iterator = new ICAL.Event(component).iterator();
  const days: string[] = [];
  for (let next = iterator.next(); next && next.year <= until; next = iterator.next()) days.push(next.toString().slice(0, 10));
  return days;
}
