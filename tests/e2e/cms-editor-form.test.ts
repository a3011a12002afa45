/**
 * The CMS form as an editor meets it, on the real local stack (astro dev and
 * decap-server on a temporary copy, Chromium driving /admin/):
 * - plain Vietnamese and dd/mm/yyyy in lists; no technical id or bookkeeping
 *   field in the form; no level-1 heading in bodies; every button named;
 * - the task picker finds tasks by code or words with or without marks, in
 *   Vietnamese, and shows a chosen task with its title;
 * - the plan preview is the appendix as the site prints it;
 * - calendars update without bookkeeping: changing the place of a published
 *   event raises its SEQUENCE and sets LAST-MODIFIED in /su-kien.ics (read by
 *   ical.js); changing only its wording sets LAST-MODIFIED and keeps SEQUENCE.
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

describe('the form', () => {
  it('lists entries with dd/mm/yyyy dates and a "Thêm tin" button', async () => {
    await page.goto(`${stack.siteUrl}/admin/#/collections/news`);
    const item = page.getByText(/^Đầu tư chuẩn đo lường và thiết bị kiểm định năm 2022 \(\d{2}\/\d{2}\/\d{4}\)$/);
    await item.waitFor({ timeout: 60_000 });
    expect(await page.getByText(/\(\d{4}-\d{2}-\d{2}\)/).count()).toBe(0);
    expect(await page.getByText('Thêm tin', { exact: true }).count()).toBe(1);
  });

  it('shows no id, offers only level 2 and 3 headings, and names every button', async () => {
    await openCmsRoute(page, stack, 'news/new');
    expect(await page.getByLabel('Mã định danh').count()).toBe(0);
    await page.getByRole('button', { name: 'Tiêu đề', exact: true }).click();
    const menu = await page.getByRole('menuitem').allTextContents();
    expect(menu).toEqual(['Tiêu đề cấp 2', 'Tiêu đề cấp 3']);
    await page.keyboard.press('Escape');
    await openCmsRoute(page, stack, 'plans/entries/2022');
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('button')].filter((button) => !button.getAttribute('aria-label') && !button.textContent?.trim() && !button.title).length,
    );
    expect(unnamed).toBe(0);
    expect(await page.getByRole('button', { name: 'Xoá mục này' }).count()).toBeGreaterThan(10);
  });

  it('previews a plan as the appendix the site prints, with its total in figures and words', async () => {
    await openCmsRoute(page, stack, 'plans/entries/2022');
    const preview = page.frameLocator('iframe').first();
    await preview.getByText('Tổng kinh phí: 1.977 triệu đồng').waitFor({ timeout: 30_000 });
    expect(await preview.getByRole('row').count()).toBeGreaterThan(20);
    expect(await preview.getByText('Một tỷ chín trăm bảy mươi bảy triệu đồng', { exact: false }).count()).toBe(1);
  });

  it('finds a task by words typed without marks, answers in Vietnamese when nothing matches, and shows the chosen task with its title', async () => {
    await openCmsRoute(page, stack, 'news/new');
    const input = page.getByLabel(/^Nhiệm vụ liên quan/);
    await input.click();
    await input.pressSequentially('chợ', { delay: 20 });
    await page.getByRole('option').first().waitFor();
    expect(await page.getByRole('option').first().textContent()).toMatch(/^II\.3\.c /);
    await input.fill('');
    await input.pressSequentially('kiem dinh can', { delay: 20 });
    const first = page.getByRole('option').first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/^II\.3\.c – Hỗ trợ kiểm định cân thông dụng tại các chợ/);
    await first.click();
    const chosen = page.locator('[class*="plan-task__multi-value__label"]');
    expect(await chosen.allTextContents()).toEqual([expect.stringMatching(/^II\.3\.c – Hỗ trợ kiểm định cân .* \(Kế hoạch năm 2022\)$/)]);
    await input.fill('');
    await input.pressSequentially('xyzzy', { delay: 20 });
    await page.getByText('Không có nhiệm vụ nào khớp', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
  });
});

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
    // The event is published: a change of place is news to readers, so the editor says what changed (admin/app/change-notes.ts).
    await page.getByLabel('Ghi chú thay đổi lần này').fill('Thêm địa điểm tổ chức.');
    await publishCmsEntry(page);
    const written = await until(() => readFileSync(file, 'utf8'), (text) => text !== before, 30_000, () => stack.log().slice(-2000));
    expect(parseFrontMatter(written)).toMatchObject({ uid: UID, location: 'Hội trường Sở Khoa học và Công nghệ', sequence: 1, changes: [{ note: 'Thêm địa điểm tổ chức.' }] });
    const event = await calendarEvent((item) => item.sequence === 1);
    expect(event.location).toBe('Hội trường Sở Khoa học và Công nghệ');
    // Content stores instants to the minute (src/lib/dates.ts vietnamTimestamp).
    expect(Date.parse(event.lastModified!)).toBeGreaterThanOrEqual(Math.floor(savedAt / 60_000) * 60_000);
  });

  it('changing only its wording sets LAST-MODIFIED again and keeps SEQUENCE', async () => {
    const first = await calendarEvent((item) => item.sequence === 1);
    await openCmsRoute(page, stack, 'events/entries/ngay-do-luong-the-gioi');
    const before = readFileSync(file, 'utf8');
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Ngày Đo lường thế giới 20/5 hằng năm.');
    // Only wording: the editor marks the change minor, so no note is recorded.
    await page.getByLabel(/Thay đổi nhỏ/).check();
    await publishCmsEntry(page);
    await until(() => readFileSync(file, 'utf8'), (text) => text !== before, 30_000, () => stack.log().slice(-2000));
    const event = await calendarEvent((item) => item.description?.startsWith('Ngày Đo lường thế giới 20/5 hằng năm.') ?? false);
    expect(event.sequence).toBe(1);
    expect(Date.parse(event.lastModified!)).toBeGreaterThanOrEqual(Date.parse(first.lastModified!));
  });
});
