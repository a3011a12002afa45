/**
 * Calendars update without bookkeeping (issue 11): on the real local stack
 * (astro dev and decap-server on a temporary copy, Chromium driving /admin/),
 * changing the place of a published event raises its SEQUENCE and sets
 * LAST-MODIFIED in /su-kien.ics, as read by ical.js; changing only its wording
 * sets LAST-MODIFIED and keeps SEQUENCE.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../admin/formats/preserving.ts';
import { launchBrowser } from '../support/browser.ts';
import { openCms, openCmsRoute, publishCmsEntry, startCmsStack, until, type CmsStack } from '../support/cms-stack.ts';
import { parseCalendar } from '../support/icalendar.ts';

const UID = '21604edb-858d-411d-821d-47a8ffa75dbe';
let stack: CmsStack;
let browser: Browser;
let page: Page;
let file: string;

beforeAll(async () => {
  stack = await startCmsStack();
  browser = await launchBrowser();
  page = await openCms(browser, stack);
  file = join(stack.dir, 'content/su-kien/ngay-do-luong-the-gioi.md');
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The event as /su-kien.ics on the dev server says it, once `done` holds (the dev server picks up content writes by itself). */
async function calendarEvent(done: (event: ReturnType<typeof parseCalendar>['events'][number]) => boolean) {
  return until(
    async () => {
      const response = await fetch(`${stack.siteUrl}/su-kien.ics`);
      const parsed = parseCalendar(await response.text());
      expect(parsed.problems).toEqual([]);
      return parsed.events.find((event) => event.uid === UID)!;
    },
    (event) => event !== undefined && done(event),
    60_000,
    () => stack.log().slice(-2000),
  );
}

describe('a published event edited in the CMS', () => {
  it('starts with SEQUENCE 0 and no LAST-MODIFIED', async () => {
    const event = await calendarEvent(() => true);
    expect(event).toMatchObject({ sequence: 0, lastModified: null, location: null });
  });

  it('changing its place raises SEQUENCE and sets LAST-MODIFIED, with nobody typing them', async () => {
    await openCmsRoute(page, stack, 'events/entries/ngay-do-luong-the-gioi');
    expect(await page.getByLabel('Số lần đổi lịch').count()).toBe(0);
    expect(await page.getByLabel('Mã định danh').count()).toBe(0);
    const before = readFileSync(file, 'utf8');
    const savedAt = Date.now();
    await page.getByLabel(/^Địa điểm/).fill('Hội trường Sở Khoa học và Công nghệ');
    await publishCmsEntry(page);
    const written = await until(() => readFileSync(file, 'utf8'), (text) => text !== before, 30_000, () => stack.log().slice(-2000));
    expect(parseFrontMatter(written)).toMatchObject({ uid: UID, location: 'Hội trường Sở Khoa học và Công nghệ', sequence: 1 });
    const event = await calendarEvent((item) => item.sequence === 1);
    expect(event.location).toBe('Hội trường Sở Khoa học và Công nghệ');
    expect(Date.parse(event.lastModified!)).toBeGreaterThanOrEqual(Math.floor(savedAt / 1000) * 1000);
  });

  it('changing only its wording sets LAST-MODIFIED again and keeps SEQUENCE', async () => {
    const first = await calendarEvent((item) => item.sequence === 1);
    await openCmsRoute(page, stack, 'events/entries/ngay-do-luong-the-gioi');
    const before = readFileSync(file, 'utf8');
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Ngày Đo lường thế giới 20/5 hằng năm.');
    await publishCmsEntry(page);
    await until(() => readFileSync(file, 'utf8'), (text) => text !== before, 30_000, () => stack.log().slice(-2000));
    const event = await calendarEvent((item) => item.description?.startsWith('Ngày Đo lường thế giới 20/5 hằng năm.') ?? false);
    expect(event.sequence).toBe(1);
    expect(Date.parse(event.lastModified!)).toBeGreaterThanOrEqual(Date.parse(first.lastModified!));
  });
});
