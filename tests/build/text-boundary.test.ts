/**
 * The inputs of issue 12, each on a real build (tests/fixtures/hostile-text
 * over the real skeleton, built for 20/11/2026) and read back by parsers we
 * did not write: text Word pastes (U+000B, U+000C, a raw U+0008 in a body, an
 * unclosed right-to-left override), event times written with an offset or
 * Decap's "Z", a transparent PNG cover, a 29 February observance, a title that
 * looks like a date, and a hostile link whose warning must stay on one line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { listFiles, pageText, readPage } from '../support/dist.ts';
import { parseFeeds } from '../support/feedparser.ts';
import { fixtureContent } from '../support/fixture-content.ts';
import { icalJsOccurrences, parseCalendar, type ParsedCalendar } from '../support/icalendar.ts';
import { readCalendarWithPython, type PythonEvent } from '../support/python-icalendar.ts';

const KEY = 'hostile-text';
/** Every character issue 12 names as one no output can carry. */
const UNCARRIABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202E]/;

let dir: string;
let log: string;
let calendar: ParsedCalendar;
let python: Map<string, PythonEvent>;
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

beforeAll(async () => {
  const build = await buildSite({ key: KEY, contentDir: fixtureContent(KEY, 'tests/fixtures/hostile-text'), buildDate: '2026-11-20' });
  ({ outDir: dir, log } = build);
  calendar = parseCalendar(read('su-kien.ics'));
  python = new Map(readCalendarWithPython(join(dir, 'su-kien.ics'), 2104).map((event) => [event.uid, event]));
});

describe('text pasted from Word', () => {
  it('warns once per field, naming file and field, each warning on one line', () => {
    const lines = log.split('\n');
    const news = 'hostile-text-content/tin-tuc/tab-tu-word.md';
    expect(lines.some((line) => line.includes(`${news}: title had 2 character(s) no output can carry (U+000B): removed, or replaced by a space`))).toBe(true);
    expect(lines.some((line) => line.includes(`${news}: cover.credit had 1 character(s) no output can carry (U+202E)`))).toBe(true);
    expect(lines.some((line) => line.includes(`${news}: body had 1 character(s) no output can carry (U+0008)`))).toBe(true);
    expect(lines.some((line) => line.includes('su-kien/tap-huan-tu-word.md: location had 1 character(s)'))).toBe(true);
    // The sanitiser's warning quotes the hostile scheme escaped: the newline in it does not split the line.
    expect(lines.some((line) => line.includes(`${news}: removed unsafe HTML from the body: "java\\u000ascript": URL in <a href>`))).toBe(true);
  });

  it('leaves every feed well-formed for feedparser, with the title read back as written minus the control characters', () => {
    const [all, news] = parseFeeds([join(dir, 'rss.xml'), join(dir, 'tin-tuc/rss.xml')]);
    for (const feed of [all, news]) {
      expect(feed?.bozo, feed?.bozo_exception).toBe(false);
      const entry = feed?.entries.find((candidate) => candidate.id === 'hostile-news-vertical-tab');
      expect(entry?.title).toBe('Hội nghị đo lường 2026');
      expect(entry?.summary).toBe('Tóm tắt dán từ Word có ký tự lạ.');
      expect(entry?.content.join('')).toContain('Đoạn có ký tự lùi ở giữa');
    }
  });

  it('keeps control characters out of every output file', () => {
    for (const file of listFiles(dir).filter((name) => /\.(html|xml|json|ics)$/.test(name))) {
      expect(UNCARRIABLE.test(read(file)), file).toBe(false);
    }
  });

  it('gives calendars the event text without control characters, read the same by ical.js and python icalendar', () => {
    expect(calendar.problems).toEqual([]);
    const event = calendar.events.find((candidate) => candidate.uid === 'hostile-event-controls');
    expect(event).toMatchObject({ summary: 'Tập huấn kiểm định cân', location: 'Hội trường Sở KH&CN' });
    expect(event?.description.startsWith('Tóm tắt có tab dọc.')).toBe(true);
    const fromPython = python.get('hostile-event-controls');
    expect([fromPython?.summary, fromPython?.location, fromPython?.description]).toEqual([event?.summary, event?.location, event?.description]);
  });
});

describe('event times written with an offset', () => {
  it.each([
    ['hostile-event-offset', 'gio-co-mui-gio', '+07:00'],
    ['hostile-event-utc', 'gio-decap-utc', 'Z, as Decap writes it'],
  ])('%s (%s, %s) is at 08:00 Vietnam time in the calendar and on its page', (uid, page) => {
    const event = calendar.events.find((candidate) => candidate.uid === uid);
    expect(event).toMatchObject({ zone: 'Asia/Ho_Chi_Minh', start: '2027-05-21T08:00:00', startInstant: '2027-05-21T01:00:00.000Z' });
    expect(python.get(uid)?.start).toBe('2027-05-21T08:00:00+07:00');
    expect(pageText(readPage(dir, `su-kien/${page}/index.html`))).toMatch(/08:00/);
    expect(pageText(readPage(dir, `su-kien/${page}/index.html`))).not.toMatch(/01:00/);
  });
});

describe('a 29 February observance', () => {
  it('falls in leap years only for ical.js and python icalendar, and the page says so', () => {
    const leapYears = icalJsOccurrences(calendar.calendar, 'hostile-event-leap-day', 2104);
    expect(leapYears.slice(0, 3)).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
    expect(leapYears).not.toContain('2100-02-29');
    expect(leapYears.every((day) => day.endsWith('-02-29'))).toBe(true);
    expect(python.get('hostile-event-leap-day')?.occurrences).toEqual(leapYears);
    const text = pageText(readPage(dir, 'su-kien/ngay-nhuan/index.html'));
    expect(text).toContain('Các năm nhuận, ngày 29/02');
    expect(text).toContain('29/02/2028');
  });
});

describe('a transparent PNG cover', () => {
  it('gets JPEG fallbacks flattened onto the white page, not black', async () => {
    const jpegs = listFiles(dir).filter((name) => /logo-trong-suot.*\.jpe?g$/.test(name));
    expect(jpegs.length).toBeGreaterThan(0);
    for (const file of jpegs) {
      const { data } = await sharp(join(dir, file)).raw().toBuffer({ resolveWithObject: true });
      // The top-left corner is transparent in the source.
      expect([...data.subarray(0, 3)], file).toEqual([255, 255, 255]);
    }
  });
});

describe('a title that looks like a date', () => {
  it('stays the string "2025-05-20" in the API, the feed and the page; a summary "null" stays text', () => {
    const api = JSON.parse(read('api/v1/news.json')) as { items: { id: string; title: unknown; summary: unknown }[] };
    expect(api.items.find((item) => item.id === 'hostile-news-date-title')).toMatchObject({ title: '2025-05-20', summary: 'null' });
    expect(readPage(dir, 'tin-tuc/tieu-de-nhu-ngay/index.html').querySelector('h1')?.textContent).toBe('2025-05-20');
  });
});
