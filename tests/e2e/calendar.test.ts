/**
 * The event calendar in headless Chromium, served with the host's headers:
 * the calendar page and an event page load cleanly and pass axe, the month
 * grid is walked with the keyboard in date order, and it works with
 * JavaScript turned off. Uses the one-off event fixture built for 10/05/2025,
 * plus the real site's calendar page.
 */
import { join } from 'node:path';
import { axeViolations } from '../support/axe.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage, type WatchedPage } from '../support/browser.ts';
import { buildSite, ROOT } from '../support/build-site.ts';
import { hostHeaders } from '../support/host-headers.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { parseCalendar } from '../support/icalendar.ts';

let fixture: RunningServer;
let real: RunningServer;
let browser: Browser;
beforeAll(async () => {
  const build = await buildSite({ key: 'event-calendar', contentDir: 'tests/fixtures/event-calendar', buildDate: '2025-05-10', env: { SITE_URL: 'https://lich.example.org' } });
  const headers = hostHeaders(join(ROOT, 'public/_headers'));
  fixture = await serveStatic(build.outDir, { headers });
  real = await serveStatic(inject('siteDir'), { headers });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await fixture?.close();
  await real?.close();
});

async function open(server: RunningServer, path: string, viewport?: { width: number; height: number }): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser, viewport ? { viewport } : {});
  const response = await watched.page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  return watched;
}

async function expectClean(watched: WatchedPage): Promise<void> {
  expect(await axeViolations(watched.page)).toEqual([]);
  expect(watched.errors).toEqual([]);
  expect(watched.failedRequests).toEqual([]);
}

/** What has the keyboard focus: a link's href, else its role. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.getAttribute('role') ?? '');

describe('the calendar page', () => {
  it('on the real site: loads with its heading, the month grid, no console errors, no axe violations', async () => {
    const watched = await open(real, '/su-kien/');
    expect(await watched.page.locator('h1').innerText()).toBe('Lịch sự kiện');
    expect(await watched.page.locator('table.month-grid thead th').count()).toBe(7);
    await expectClean(watched);
    await watched.page.close();
  });

  it('on the fixture: upcoming events, this month and the archive, no console errors, no axe violations', async () => {
    const watched = await open(fixture, '/su-kien/');
    expect(await watched.page.locator('section[aria-labelledby="sap-dien-ra"] .card').count()).toBe(7);
    expect(await watched.page.locator('td[aria-current="date"] a').getAttribute('href')).toBe('/su-kien/kiem-dinh-luu-dong-cho-thuong/');
    await expectClean(watched);
    await watched.page.close();
  });

  it('at 320 px the month becomes an agenda list of its events in date order, and the page does not scroll sideways', async () => {
    const watched = await open(fixture, '/su-kien/thang/2025-05/', { width: 320, height: 640 });
    const { page } = watched;
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator('table.month-grid').isVisible()).toBe(false);
    const agenda = page.getByRole('list', { name: 'Sự kiện tháng 05/2025, theo ngày' });
    expect(await agenda.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/su-kien/kiem-dinh-luu-dong-cho-thuong/',
      '/su-kien/kiem-tra-cua-hang-xang-dau/',
      '/su-kien/ngay-do-luong-the-gioi/',
      '/su-kien/tap-huan-kiem-dinh-vien/',
      '/su-kien/kiem-tra-ban-dem/',
    ]);
    expect(await agenda.locator('li').nth(3).innerText()).toContain('Thứ Hai, 26/05/2025 – Thứ Tư, 28/05/2025');
    await expectClean(watched);
    await page.close();
  });
});

describe('the month grid with the keyboard', () => {
  it('Tab walks the month links, then the events in date order, and Enter opens one', async () => {
    const watched = await open(fixture, '/su-kien/thang/2025-05/');
    const { page } = watched;
    await page.locator('a[rel="prev"]').focus();
    const order: string[] = [await focused(page)];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order).toEqual([
      '/su-kien/thang/2025-04/',
      '/su-kien/thang/2025-06/',
      'region', // the table's scrolling wrapper, for narrow screens
      '/su-kien/kiem-dinh-luu-dong-cho-thuong/',
      '/su-kien/kiem-tra-cua-hang-xang-dau/',
      '/su-kien/ngay-do-luong-the-gioi/',
      '/su-kien/tap-huan-kiem-dinh-vien/',
      '/su-kien/kiem-tra-ban-dem/',
      '/su-kien/',
    ]);
    // The focused link is visibly marked.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('/su-kien/kiem-tra-ban-dem/');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('/su-kien/tap-huan-kiem-dinh-vien/');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${fixture.url}/su-kien/tap-huan-kiem-dinh-vien/`, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('h1').innerText()).toBe('Tập huấn kiểm định viên đo lường');
    expect(watched.errors).toEqual([]);
    await page.close();
  });

  it('works with JavaScript turned off: next month, then into an event', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fixture.url}/su-kien/thang/2025-05/`);
    await page.getByRole('link', { name: 'Tháng 06/2025 ›' }).click();
    await page.waitForURL(`${fixture.url}/su-kien/thang/2025-06/`);
    expect(await page.locator('table.month-grid caption').innerText()).toBe('Lịch sự kiện tháng 06/2025');
    await page.getByRole('link', { name: 'Kiểm tra cột đo xăng dầu ban đêm' }).click();
    await page.waitForURL(`${fixture.url}/su-kien/kiem-tra-ban-dem/`);
    expect(await page.locator('.event-facts').innerText()).toContain('Thứ Bảy, 31/05/2025, 23:30 – Chủ Nhật, 01/06/2025, 00:30');
    await context.close();
  });
});

describe('an event page', () => {
  it('shows when and where, the task, related news, and offers its .ics and a Google Calendar link; no console errors, no axe violations', async () => {
    const watched = await open(fixture, '/su-kien/hoi-nghi-do-luong-2025/');
    const { page } = watched;
    expect(await page.locator('.event-facts').innerText()).toContain('Thứ Năm, 20/11/2025, 08:00–11:30');
    expect(await page.getByRole('link', { name: /Nhiệm vụ I\.2/ }).getAttribute('href')).toBe('/ke-hoach/2022/#nv-I-2');
    expect(await page.getByRole('link', { name: 'Sở KH&CN chuẩn bị hội nghị về đo lường năm 2025' }).count()).toBe(1);
    const ics = await page.getByRole('link', { name: 'Tải tệp lịch (.ics)' }).getAttribute('href');
    const response = await page.request.get(`${fixture.url}${ics}`);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = parseCalendar(await response.text());
    expect(calendar.problems).toEqual([]);
    expect(calendar.events.map((e) => e.uid)).toEqual(['fixture-event-conference-q4']);
    expect(await page.getByRole('link', { name: 'Thêm vào Google Calendar' }).getAttribute('href')).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&/);
    await expectClean(watched);
    await page.close();
  });
});
