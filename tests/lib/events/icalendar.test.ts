/** iCalendar generation checked with ical.js; Google Calendar links; the month grid. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../../src/lib/dates.ts';
import { eventCalendar, type CalendarEntry } from '../../../src/lib/events/icalendar.ts';
import { googleCalendarLink } from '../../../src/lib/events/google-calendar.ts';
import { calendarMonths, monthGrid, shiftMonth, WEEK_DAYS } from '../../../src/lib/events/month-grid.ts';
import { occurrenceInYear, shownOccurrence } from '../../../src/lib/events/occurrence.ts';
import { describeRecurrence } from '../../../src/lib/events/when.ts';
import { icalJsOccurrences, parseCalendar, unfold } from '../../support/icalendar.ts';
import { readCalendarWithPython } from '../../support/python-icalendar.ts';

const SITE = 'https://example.org/';
const generatedAt = new Date('2025-05-10T05:00:00Z');
const day = (text: string) => text as CivilDate;

function event(id: string, data: Partial<CalendarEntry['data']> & Pick<CalendarEntry['data'], 'start'>): CalendarEntry {
  return {
    id,
    data: {
      uid: `uid-${id}`,
      title: `Sự kiện ${id}`,
      summary: 'Tóm tắt.',
      kind: 'khac',
      allDay: true,
      recurrence: 'none',
      status: 'confirmed',
      sequence: 0,
      ...data,
    },
  };
}

const observance = event('ngay-do-luong-the-gioi', { uid: '21604edb-858d-411d-821d-47a8ffa75dbe', title: 'Ngày Đo lường thế giới', kind: 'ngay-ky-niem', start: '2022-05-20', recurrence: 'yearly' });
const conference = event('hoi-nghi', {
  title: 'Hội nghị về đo lường năm 2025; tổng kết, triển khai',
  summary: 'Hội nghị tổng kết công tác đo lường, kết hợp tuyên truyền Đề án 996 cho các sở, ngành, doanh nghiệp và người tiêu dùng trên địa bàn tỉnh Bắc Giang.',
  kind: 'hoi-nghi',
  allDay: false,
  start: '2025-11-20T08:00',
  end: '2025-11-20T11:30',
  location: 'Hội trường Sở KH&CN, số 2 đường X; TP. Bắc Giang\\Việt Nam',
  updatedAt: new Date('2025-10-01T09:15:00+07:00'),
  sequence: 2,
});
const training = event('tap-huan', { kind: 'tap-huan', start: '2025-06-09', end: '2025-06-11' });
const noEnd = event('khong-gio-ket-thuc', { allDay: false, start: '2025-05-15T14:00' });
const night = event('qua-dem', { allDay: false, start: '2025-05-20T23:30', end: '2025-05-21T00:30' });
const leapDay = event('ngay-nhuan', { start: '2024-02-29', recurrence: 'yearly' });
const all = [observance, conference, training, noEnd, night, leapDay];

describe('the iCalendar feed', () => {
  const text = eventCalendar(all, { site: SITE, name: 'Sự kiện – Đo lường Bắc Giang', generatedAt });
  const parsed = parseCalendar(text);
  const byUid = new Map(parsed.events.map((e) => [e.uid, e]));

  it('parses with ical.js with no problem: CRLF, lines of at most 75 octets, exact round trip', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(parsed.calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(parsed.events).toHaveLength(all.length);
  });

  it('uses each event’s uid field as its UID', () => {
    expect(parsed.events.map((e) => e.uid).sort()).toEqual(all.map((e) => e.data.uid).sort());
  });

  it('a yearly observance: all-day, RRULE:FREQ=YEARLY with its month and day, DTEND the next day', () => {
    const ev = byUid.get(observance.data.uid)!;
    expect(ev).toMatchObject({ allDay: true, start: '2022-05-20', end: '2022-05-21', rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=20', summary: 'Ngày Đo lường thế giới', categories: ['Ngày kỷ niệm'] });
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=20');
    expect(text).toContain('DTSTART;VALUE=DATE:20220520');
    expect(byUid.get(leapDay.data.uid)).toMatchObject({ start: '2024-02-29', end: '2024-03-01', rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29' });
  });

  it('a 29 February observance falls in leap years only for ical.js, python icalendar + dateutil and the site alike', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'leap-')), 'lich.ics');
    writeFileSync(file, text);
    const site = Array.from({ length: 2104 - 2024 + 1 }, (_, i) => occurrenceInYear(leapDay.data, 2024 + i)?.start).filter(Boolean);
    expect(site.slice(0, 3)).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
    expect(site).not.toContain('2100-02-29');
    expect(icalJsOccurrences(parsed.calendar, leapDay.data.uid, 2104)).toEqual(site);
    expect(readCalendarWithPython(file, 2104).find((e) => e.uid === leapDay.data.uid)?.occurrences).toEqual(site);
    // And an ordinary observance every year, for both parsers.
    expect(icalJsOccurrences(parsed.calendar, observance.data.uid, 2025)).toEqual(['2022-05-20', '2023-05-20', '2024-05-20', '2025-05-20']);
    expect(describeRecurrence(leapDay.data)).toBe('Các năm nhuận, ngày 29/02');
  });

  it('a timed event: TZID Asia/Ho_Chi_Minh with its VTIMEZONE, the right instant', () => {
    const ev = byUid.get(conference.data.uid)!;
    expect(parsed.timezones).toEqual(['Asia/Ho_Chi_Minh']);
    expect(text).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20251120T080000');
    expect(ev).toMatchObject({ allDay: false, zone: 'Asia/Ho_Chi_Minh', start: '2025-11-20T08:00:00', end: '2025-11-20T11:30:00', startInstant: '2025-11-20T01:00:00.000Z', rrule: null });
  });

  it('an event around midnight keeps its wall-clock times and dates', () => {
    expect(byUid.get(night.data.uid)).toMatchObject({ start: '2025-05-20T23:30:00', end: '2025-05-21T00:30:00', startInstant: '2025-05-20T16:30:00.000Z' });
  });

  it('a multi-day all-day event ends (exclusive) the day after its last day; an event with no end has no DTEND', () => {
    expect(byUid.get(training.data.uid)).toMatchObject({ allDay: true, start: '2025-06-09', end: '2025-06-12' });
    expect(byUid.get(noEnd.data.uid)).toMatchObject({ start: '2025-05-15T14:00:00', end: null });
  });

  it('Vietnamese text, commas, semicolons and backslashes come back exactly (escaped and folded per RFC 5545)', () => {
    const ev = byUid.get(conference.data.uid)!;
    expect(ev.summary).toBe(conference.data.title);
    expect(ev.location).toBe(conference.data.location);
    expect(ev.description).toBe(`${conference.data.summary}\n\nChi tiết: https://example.org/su-kien/hoi-nghi/`);
    expect(text).toMatch(/\r\n [^\r\n]/); // long lines were folded
    expect(unfold(text)).toContain('LOCATION:Hội trường Sở KH&CN\\, số 2 đường X\\; TP. Bắc Giang\\\\Việt Nam');
  });

  it('links back to the event page (absolute URL)', () => {
    expect(byUid.get(conference.data.uid)?.url).toBe('https://example.org/su-kien/hoi-nghi/');
    expect(byUid.get(observance.data.uid)?.url).toBe('https://example.org/su-kien/ngay-do-luong-the-gioi/');
  });

  it('an edited event carries SEQUENCE and LAST-MODIFIED; DTSTAMP is its last change, else the build', () => {
    expect(byUid.get(conference.data.uid)).toMatchObject({ sequence: 2, lastModified: '2025-10-01T02:15:00.000Z', dtstamp: '2025-10-01T02:15:00Z' });
    expect(byUid.get(training.data.uid)).toMatchObject({ sequence: 0, lastModified: null, dtstamp: '2025-05-10T05:00:00Z' });
  });

  it('keeps the UID when the event is renamed, moved to another file or rescheduled', () => {
    const edited = { ...conference, id: 'hoi-nghi-doi-ten', data: { ...conference.data, title: 'Tên mới', start: '2025-11-21T08:00', end: '2025-11-21T11:00', sequence: 3 } };
    const again = parseCalendar(eventCalendar([edited], { site: SITE, name: 'x', generatedAt })).events[0]!;
    expect(again.uid).toBe(conference.data.uid);
    expect(again.sequence).toBe(3);
  });

  it('writes each event’s STATUS, so a cancelled event shows as cancelled in subscribed calendars', () => {
    const statusOf = (status: CalendarEntry['data']['status']) =>
      parseCalendar(eventCalendar([{ ...conference, data: { ...conference.data, status } }], { site: SITE, name: 'x', generatedAt })).calendar
        .getFirstSubcomponent('vevent')
        ?.getFirstPropertyValue('status');
    expect(statusOf('confirmed')).toBe('CONFIRMED');
    expect(statusOf('tentative')).toBe('TENTATIVE');
    expect(statusOf('cancelled')).toBe('CANCELLED');
  });

  it('escapes the calendar name', () => {
    const named = parseCalendar(eventCalendar([conference], { site: SITE, name: 'Lịch; sự kiện, Bắc Giang', generatedAt }));
    expect(named.problems).toEqual([]);
    expect(named.calendar.getFirstPropertyValue('name')).toBe('Lịch; sự kiện, Bắc Giang');
  });

  it('writes the same wall-clock times whatever the build machine’s time zone', () => {
    const saved = process.env.TZ;
    const outputs = ['America/New_York', 'Asia/Tokyo', 'UTC'].map((zone) => {
      process.env.TZ = zone;
      return eventCalendar(all, { site: SITE, name: 'x', generatedAt });
    });
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
    expect(outputs[0]).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20250520T233000');
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });
});

describe('the Google Calendar link', () => {
  const params = (url: string) => Object.fromEntries(new URL(url).searchParams);
  it('an all-day yearly observance: its next date, exclusive end, yearly recurrence', () => {
    const link = googleCalendarLink(observance, shownOccurrence(observance.data, day('2025-06-01')), SITE);
    expect(link.startsWith('https://calendar.google.com/calendar/render?')).toBe(true);
    expect(params(link)).toMatchObject({ action: 'TEMPLATE', text: 'Ngày Đo lường thế giới', dates: '20260520/20260521', recur: 'RRULE:FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=20', ctz: 'Asia/Ho_Chi_Minh' });
  });
  it('a timed event: wall-clock times in Vietnam, place and a link back', () => {
    const p = params(googleCalendarLink(conference, shownOccurrence(conference.data, day('2025-06-01')), SITE));
    expect(p).toMatchObject({ dates: '20251120T080000/20251120T113000', location: conference.data.location, ctz: 'Asia/Ho_Chi_Minh' });
    expect(p.details).toContain('https://example.org/su-kien/hoi-nghi/');
    expect(p.recur).toBeUndefined();
    expect(params(googleCalendarLink(noEnd, shownOccurrence(noEnd.data, day('2025-05-01')), SITE)).dates).toBe('20250515T140000/20250515T140000');
    expect(params(googleCalendarLink(training, shownOccurrence(training.data, day('2025-05-01')), SITE)).dates).toBe('20250609/20250612');
  });
});

describe('the month grid', () => {
  it('publishes a window of months around the build date, across year ends', () => {
    const months = calendarMonths(day('2025-11-24'));
    expect(months[0]).toBe('2025-08');
    expect(months).toContain('2026-01');
    expect(months.at(-1)).toBe('2026-11');
    expect(months).toHaveLength(16);
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
  });

  it('lays a month out in full weeks from Monday, with each day’s events', () => {
    const grid = monthGrid('2025-06', all);
    expect(WEEK_DAYS.map((d) => d.name)).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    expect(grid.weeks[0]?.[0]).toMatchObject({ date: '2025-05-26', inMonth: false, items: [] });
    expect(grid.weeks.at(-1)?.at(-1)).toMatchObject({ date: '2025-07-06', inMonth: false });
    const days = grid.weeks.flat().filter((d) => d.items.length > 0).map((d) => d.date);
    expect(days).toEqual(['2025-06-09', '2025-06-10', '2025-06-11']);
    expect(grid.items.map(({ event }) => event.id)).toEqual(['tap-huan']);
  });

  it('shows yearly observances in every year and an overnight event on both days', () => {
    const may = monthGrid('2026-05', all);
    expect(may.items.map(({ event }) => event.id)).toEqual(['ngay-do-luong-the-gioi']);
    const may2025 = monthGrid('2025-05', all).weeks.flat();
    expect(may2025.find((d) => d.date === '2025-05-21')?.items.map(({ event }) => event.id)).toEqual(['qua-dem']);
    expect(monthGrid('2025-02', all).items).toEqual([]);
    expect(monthGrid('2028-02', all).items.map(({ event }) => event.id)).toEqual(['ngay-nhuan']);
  });
});
