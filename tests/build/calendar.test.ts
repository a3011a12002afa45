/**
 * The event calendar as built: the iCalendar feed and per-event files read by
 * ical.js, the calendar pages, event pages and home page. Once on the real
 * content (the five observances), once on a fixture of one-off events built
 * for a fixed day (BUILD_DATE 2025-05-10, a Saturday).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, outputExists, type BuildResult } from '../support/build-site.ts';
import { pageText, readPage } from '../support/dist.ts';
import { parseCalendar, type ParsedCalendar } from '../support/icalendar.ts';

/** uid and file name of every event file in a content folder, drafts included. */
function eventFiles(contentDir: string): { id: string; uid: string; draft: boolean }[] {
  const folder = join(contentDir, 'su-kien');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const front = parseYaml(readFileSync(join(folder, name), 'utf8').split('---')[1] ?? '') as { uid: string; draft?: boolean };
      return { id: name.replace(/\.md$/, ''), uid: front.uid, draft: front.draft === true };
    });
}

/** The plans' task deadlines share the feed with the events (see tests/build/plan.test.ts). */
const isDeadline = (event: { uid: string }) => event.uid.startsWith('han-nhiem-vu-');
const readCalendar = (dir: string, path: string): ParsedCalendar => parseCalendar(readFileSync(join(dir, path), 'utf8'));

describe('the real site', () => {
  let dir: string;
  let feed: ParsedCalendar;
  const events = eventFiles('content');
  beforeAll(() => {
    dir = inject('siteDir');
    feed = readCalendar(dir, 'su-kien.ics');
  });

  it('publishes /su-kien.ics that ical.js reads without a problem', () => {
    expect(feed.problems).toEqual([]);
    expect(feed.events.filter((event) => !isDeadline(event))).toHaveLength(events.length);
  });

  it('has the five observances as all-day events recurring yearly on their dates, with their uid as UID', () => {
    const byUid = new Map(feed.events.map((event) => [event.uid, event]));
    expect(events.map((event) => byUid.has(event.uid))).toEqual(events.map(() => true));
    const days = feed.events.filter((event) => !isDeadline(event)).map((event) => {
      expect(event.allDay, event.summary).toBe(true);
      expect(event.rrule, event.summary).toBe(`FREQ=YEARLY;BYMONTH=${Number(event.start.slice(5, 7))};BYMONTHDAY=${Number(event.start.slice(8, 10))}`);
      expect(event.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      return event.start.slice(5);
    });
    expect(days.sort()).toEqual(['01-20', '03-15', '05-18', '05-20', '10-19']);
  });

  it('links every event back to its page with an absolute URL', () => {
    for (const event of feed.events) {
      const url = new URL(event.url ?? '');
      expect(url.protocol).toMatch(/^https?:$/);
      expect(outputExists({ outDir: dir, log: '' }, join(url.pathname, 'index.html')), url.pathname).toBe(true);
    }
  });

  it('offers each event as its own .ics with the same UID, linked from the event page', () => {
    for (const { id, uid } of events) {
      const single = readCalendar(dir, `su-kien/${id}.ics`);
      expect(single.problems).toEqual([]);
      expect(single.events.map((event) => event.uid)).toEqual([uid]);
      const page = readPage(dir, `su-kien/${id}/index.html`);
      expect(page.querySelector(`a[href="/su-kien/${id}.ics"]`), id).not.toBeNull();
      expect(page.querySelector('a[href^="https://calendar.google.com/calendar/render?"]'), id).not.toBeNull();
    }
  });

  it('shows the next observance with its countdown on the home page, and the calendar on /su-kien/', () => {
    const home = pageText(readPage(dir, 'index.html'));
    expect(home).toMatch(/Ngày kỷ niệm sắp tới.+ · (còn \d+ ngày|ngày mai|hôm nay)/);
    const calendar = readPage(dir, 'su-kien/index.html');
    expect(calendar.querySelectorAll('#sap-dien-ra ~ ul .card, section[aria-labelledby="sap-dien-ra"] .card').length).toBe(5);
    expect(calendar.querySelector('table.month-grid caption')?.textContent).toMatch(/^Lịch sự kiện tháng \d{2}\/\d{4}$/);
    expect(calendar.querySelector('link[rel="alternate"][type="text/calendar"]')?.getAttribute('href')).toBe('/su-kien.ics');
  });
});

describe('a fixture of one-off events, built for 10/05/2025', () => {
  const CONTENT = 'tests/fixtures/event-calendar';
  const SITE = 'https://lich.example.org';
  let build: BuildResult;
  let feed: ParsedCalendar;
  const files = eventFiles(CONTENT);
  const text = (path: string) => pageText(readPage(build.outDir, path));
  beforeAll(async () => {
    build = await buildSite({ key: 'event-calendar', contentDir: CONTENT, buildDate: '2025-05-10', env: { SITE_URL: SITE } });
    feed = readCalendar(build.outDir, 'su-kien.ics');
  });
  const event = (uid: string) => feed.events.find((e) => e.uid === `fixture-${uid}`);

  it('puts every published event in the feed, and no draft', () => {
    expect(feed.problems).toEqual([]);
    expect(feed.events.filter((e) => !isDeadline(e)).map((e) => e.uid).sort()).toEqual(files.filter((f) => !f.draft).map((f) => f.uid).sort());
    expect(event('event-draft')).toBeUndefined();
    expect(outputExists(build, 'su-kien/su-kien-nhap/index.html')).toBe(false);
  });

  it('gives each event its dates: timed ones in Asia/Ho_Chi_Minh with a VTIMEZONE, all-day ones as dates', () => {
    expect(feed.timezones).toEqual(['Asia/Ho_Chi_Minh']);
    const dates = (uid: string) => {
      const e = event(uid);
      return [e?.start, e?.end, e?.allDay, e?.zone, e?.rrule];
    };
    expect(dates('event-conference-q4')).toEqual(['2025-11-20T08:00:00', '2025-11-20T11:30:00', false, 'Asia/Ho_Chi_Minh', null]);
    expect(dates('event-market-day')).toEqual(['2025-05-10T07:00:00', '2025-05-10T11:00:00', false, 'Asia/Ho_Chi_Minh', null]);
    expect(dates('event-no-end')).toEqual(['2025-05-15T14:00:00', null, false, 'Asia/Ho_Chi_Minh', null]);
    expect(dates('event-midnight')).toEqual(['2025-05-31T23:30:00', '2025-06-01T00:30:00', false, 'Asia/Ho_Chi_Minh', null]);
    expect(event('event-midnight')?.startInstant).toBe('2025-05-31T16:30:00.000Z');
    expect(dates('event-training')).toEqual(['2025-05-26', '2025-05-29', true, 'floating', null]);
    expect(dates('event-leap-day')).toEqual(['2024-02-29', '2024-03-01', true, 'floating', null]);
    expect(dates('obs-world-metrology-day')).toEqual(['2022-05-20', '2022-05-21', true, 'floating', 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=20']);
  });

  it('escapes Vietnamese text with commas and semicolons so it reads back exactly', () => {
    const conference = event('event-conference-q4');
    expect(conference?.summary).toBe('Hội nghị về đo lường năm 2025 – tổng kết, triển khai Đề án 996 cho sở, ngành và doanh nghiệp');
    expect(conference?.location).toBe('Hội trường tầng 3, Sở KH&CN, số 2 đường Hoàng Văn Thụ; TP. Bắc Giang');
  });

  it('carries SEQUENCE and LAST-MODIFIED for an edited event, and URLs on the configured site', () => {
    expect(event('event-conference-q4')).toMatchObject({ sequence: 1, lastModified: '2025-04-02T02:00:00.000Z', url: `${SITE}/su-kien/hoi-nghi-do-luong-2025/` });
    expect(event('event-market-day')).toMatchObject({ sequence: 0, lastModified: null });
  });

  it('writes the event page: date and time in Vietnamese, place, task, related news and articles, add to calendar', () => {
    expect(text('su-kien/kiem-dinh-luu-dong-cho-thuong/index.html')).toContain('Thứ Bảy, 10/05/2025, 07:00–11:00 (hôm nay)');
    const page = readPage(build.outDir, 'su-kien/hoi-nghi-do-luong-2025/index.html');
    const words = pageText(page);
    expect(words).toContain('Thứ Năm, 20/11/2025, 08:00–11:30 (còn 194 ngày)');
    expect(words).toContain('Hội trường tầng 3, Sở KH&CN');
    expect(page.querySelector('a[href="/ke-hoach/2022/#nv-I-2"]')?.textContent).toContain('Nhiệm vụ I.2');
    expect(page.querySelector('a[href="/tin-tuc/tin-hoi-nghi/"]')).not.toBeNull();
    expect(readPage(build.outDir, 'su-kien/kiem-dinh-luu-dong-cho-thuong/index.html').querySelector('a[href="/bai-viet/huong-dan-kiem-dinh-can/"]')).not.toBeNull();
    const google = new URL(page.querySelector('a[href^="https://calendar.google.com/"]')?.getAttribute('href') ?? '');
    expect(google.searchParams.get('dates')).toBe('20251120T080000/20251120T113000');
    expect(google.searchParams.get('ctz')).toBe('Asia/Ho_Chi_Minh');
    expect(page.querySelector('a[href="/su-kien/hoi-nghi-do-luong-2025.ics"]')).not.toBeNull();
    expect(readCalendar(build.outDir, 'su-kien/hoi-nghi-do-luong-2025.ics').events.map((e) => e.uid)).toEqual(['fixture-event-conference-q4']);
  });

  it('links news and articles to their events (the other way round)', () => {
    expect(readPage(build.outDir, 'tin-tuc/tin-hoi-nghi/index.html').querySelector('a[href="/su-kien/hoi-nghi-do-luong-2025/"]')).not.toBeNull();
    expect(readPage(build.outDir, 'bai-viet/huong-dan-kiem-dinh-can/index.html').querySelector('a[href="/su-kien/kiem-dinh-luu-dong-cho-thuong/"]')).not.toBeNull();
  });

  it('says a past event is over and offers no "add to calendar"', () => {
    const page = readPage(build.outDir, 'su-kien/toa-dam-29-thang-2/index.html');
    expect(pageText(page)).toContain('Thứ Năm, 29/02/2024 (đã diễn ra)');
    expect(page.querySelector('#them-vao-lich')).toBeNull();
  });

  it('lists what is coming in date order on /su-kien/, each yearly observance once, at its next date', () => {
    const cards = [...readPage(build.outDir, 'su-kien/index.html').querySelectorAll('section[aria-labelledby="sap-dien-ra"] .card h3')].map((h) => h.textContent?.trim());
    expect(cards).toEqual([
      'Kiểm định cân lưu động tại chợ Thương',
      'Kiểm tra đo lường tại cửa hàng xăng dầu',
      'Ngày Đo lường thế giới',
      'Tập huấn kiểm định viên đo lường',
      'Kiểm tra cột đo xăng dầu ban đêm',
      'Hội nghị về đo lường năm 2025 – tổng kết, triển khai Đề án 996 cho sở, ngành và doanh nghiệp',
      'Ngày Đo lường Việt Nam',
    ]);
    expect(text('su-kien/index.html')).toContain('Thứ Ba, 20/01/2026 (còn 255 ngày)');
  });

  it('builds month pages around the build date, each a table with weekday headers and the events as links', () => {
    for (const month of ['2025-02', '2025-05', '2025-12', '2026-05']) expect(outputExists(build, `su-kien/thang/${month}/index.html`), month).toBe(true);
    expect(outputExists(build, 'su-kien/thang/2025-01/index.html')).toBe(false);
    expect(outputExists(build, 'su-kien/thang/2026-06/index.html')).toBe(false);
    const page = readPage(build.outDir, 'su-kien/thang/2025-05/index.html');
    const headers = [...page.querySelectorAll('table.month-grid thead th[scope="col"]')].map((th) => th.textContent);
    expect(headers).toEqual(['T2Thứ Hai', 'T3Thứ Ba', 'T4Thứ Tư', 'T5Thứ Năm', 'T6Thứ Sáu', 'T7Thứ Bảy', 'CNChủ Nhật']);
    const today = page.querySelector('td[aria-current="date"]');
    expect(today?.querySelector('time')?.getAttribute('datetime')).toBe('2025-05-10');
    expect(today?.querySelector('a')?.getAttribute('href')).toBe('/su-kien/kiem-dinh-luu-dong-cho-thuong/');
    const links = [...page.querySelectorAll('table.month-grid a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/su-kien/kiem-dinh-luu-dong-cho-thuong/',
      '/su-kien/kiem-tra-cua-hang-xang-dau/',
      '/su-kien/ngay-do-luong-the-gioi/',
      '/su-kien/tap-huan-kiem-dinh-vien/',
      '/su-kien/kiem-tra-ban-dem/',
    ]);
    expect(pageText(page)).toContain('Tập huấn kiểm định viên đo lường (tiếp)');
    expect(page.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/su-kien/thang/2025-04/');
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/su-kien/thang/2025-06/');
    const june = readPage(build.outDir, 'su-kien/thang/2025-06/index.html');
    expect(june.querySelector('time[datetime="2025-06-01"] + ul a')?.getAttribute('href')).toBe('/su-kien/kiem-tra-ban-dem/');
    expect(readPage(build.outDir, 'su-kien/thang/2025-02/index.html').querySelector('a[rel="prev"]')).toBeNull();
  });

  it('keeps what has taken place in an archive by year: one-off events and each past year of an observance', () => {
    expect(text('su-kien/index.html')).toMatch(/Năm 2025\s*\(2 sự kiện\)\s*Năm 2024\s*\(3 sự kiện\)\s*Năm 2023\s*\(2 sự kiện\)\s*Năm 2022\s*\(2 sự kiện\)/);
    expect(text('su-kien/nam/2025/index.html')).toContain('Ngày Đo lường Việt Nam');
    expect(text('su-kien/nam/2025/index.html')).toContain('Hội thảo quyền lợi người tiêu dùng');
    expect(text('su-kien/nam/2025/index.html')).not.toContain('Tập huấn');
    expect(text('su-kien/nam/2024/index.html')).toContain('Thứ Năm, 29/02/2024');
  });

  it('shows the next observance with "còn N ngày" and the next three events on the home page', () => {
    const home = readPage(build.outDir, 'index.html');
    const observance = home.querySelector('section[aria-labelledby="ngay-ky-niem"]');
    expect(observance?.querySelector('a')?.getAttribute('href')).toBe('/su-kien/ngay-do-luong-the-gioi/');
    expect(observance?.textContent).toContain('Thứ Ba, 20/05/2025 · còn 10 ngày');
    const next = [...home.querySelectorAll('section[aria-labelledby="su-kien-toi"] .card h3')].map((h) => h.textContent?.trim());
    expect(next).toEqual(['Kiểm định cân lưu động tại chợ Thương', 'Kiểm tra đo lường tại cửa hàng xăng dầu', 'Tập huấn kiểm định viên đo lường']);
  });
});
