/**
 * Editors can't break the site, on the real local stack (astro dev and
 * decap-server on loopback, a temporary copy of the repository, Chromium):
 * - a save that would break the build is refused at the field, in Vietnamese,
 *   and nothing is written (a wrong budget line; an all-day event with a time);
 * - publishing a news item leaves the editor on the saved entry: no reload, no
 *   backup prompt, one save;
 * - `npm run build` beside `npm run dev` leaves /admin/ working;
 * - with a wrong budget line in content/, /admin/ still opens and a public page
 *   explains the problem in Vietnamese, naming the line, with a link to the CMS.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { buildCopy, clickPublishNow, openCms, openCmsRoute, startCmsStack, type CmsStack } from '../support/cms-stack.ts';

let stack: CmsStack;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const persists: string[] = [];

beforeAll(async () => {
  stack = await startCmsStack();
  browser = await launchBrowser();
  page = await openCms(browser, stack);
  // Leaving a form with changes asks "leave the page?" (beforeunload): yes. Any other dialog (Decap's offer to restore a backup) is recorded and refused.
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') return void dialog.accept();
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.method() === 'POST' && (request.postData() ?? '').includes('"action":"persistEntry"')) persists.push(request.postData() ?? '');
  });
  await page.getByText('Tin tức').first().waitFor();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Opens an entry, and waits until the CMS has loaded what it checks saves against (/admin/noi-dung.json). */
async function openRoute(route: string): Promise<void> {
  await openCmsRoute(page, stack, route);
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
}

describe('a save that would break the build', () => {
  it('is refused for budget line II.3.c at 221 instead of 220: the Vietnamese message at the tasks, the file unchanged', async () => {
    const file = join(stack.dir, 'content/ke-hoach/2022.yaml');
    const before = readFileSync(file);
    await openRoute('plans/entries/2022');
    await page.getByText('II.3.c – Hỗ trợ kiểm định cân').locator('xpath=..').getByRole('button').first().click();
    const budget = page.getByLabel(/^Kinh phí \(triệu đồng\)/).filter({ visible: true });
    await expect.poll(() => budget.count()).toBe(1);
    await budget.fill('221');
    const sent = persists.length;
    await clickPublishNow(page);
    await page.getByText(/Kinh phí mục II\.3 là 540 triệu đồng nhưng các dòng con cộng lại 541 triệu đồng/).first().waitFor({ timeout: 30_000 });
    expect(persists.length).toBe(sent);
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 180_000);

  it('is refused for an all-day event given a time, at its start', async () => {
    const file = join(stack.dir, 'content/su-kien/ngay-do-luong-viet-nam.md');
    const before = readFileSync(file);
    await openRoute('events/entries/ngay-do-luong-viet-nam');
    await page.getByLabel('Giờ (để trống nếu cả ngày)').first().fill('08:00');
    const sent = persists.length;
    await clickPublishNow(page);
    await page.getByText('Có giờ nhưng sự kiện đang bật "Cả ngày": bỏ giờ, hoặc tắt "Cả ngày"').first().waitFor({ timeout: 30_000 });
    // The event is published, so the same refusal also asks for a change note or "Thay đổi nhỏ" (admin/app/change-notes.ts): both reasons at once.
    await page.getByText(/^Nội dung này đã đăng: hãy ghi chú điều đã thay đổi/).first().waitFor({ timeout: 30_000 });
    expect(persists.length).toBe(sent);
    expect(readFileSync(file).equals(before)).toBe(true);
  }, 180_000);
});

describe('publishing a news item', () => {
  it('leaves the editor on the saved entry, with no reload, no backup prompt and one save', async () => {
    const slug = 'tap-huan-kiem-dinh-can-tai-cho';
    const file = join(stack.dir, 'content/tin-tuc', `${slug}.md`);
    await openRoute('news/new');
    await page.getByLabel('Tiêu đề', { exact: true }).fill('Tập huấn kiểm định cân tại chợ');
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Cán bộ chợ được hướng dẫn kiểm tra cân.');
    const body = page.locator('[data-slate-editor="true"]');
    await body.click();
    await body.pressSequentially('Chi cục hướng dẫn cán bộ chợ kiểm tra cân.', { delay: 5 });
    // A public page open beside the CMS: the dev server reloads it when content changes, which
    // tells when the CMS page has been sent the same reload.
    const beside = await browser.newPage();
    let besideLoads = 0;
    beside.on('load', () => besideLoads++);
    await beside.goto(`${stack.siteUrl}/su-kien/`);
    await expect.poll(() => besideLoads).toBe(1);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const sent = persists.length;
    await clickPublishNow(page);
    await page.getByRole('button', { name: 'Đã công bố' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => besideLoads, { timeout: 60_000 }).toBeGreaterThan(1);
    await beside.close();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(page.url()).toContain(`#/collections/news/entries/${slug}`);
    expect(dialogs).toEqual([]);
    expect(persists.length - sent).toBe(1);
    expect(await page.getByText(/THAY ĐỔI CHƯA ĐƯỢC LƯU/i).count()).toBe(0);
  }, 240_000);
});

describe('a build run beside the dev server', () => {
  it('leaves /admin/ working', async () => {
    await buildCopy(stack);
    const failed: string[] = [];
    const record = (response: { status(): number; url(): string }) => {
      if (response.status() >= 500) failed.push(`${response.status()} ${response.url()}`);
    };
    page.on('response', record);
    await page.goto('about:blank').catch(() => undefined);
    await page.goto(`${stack.siteUrl}/admin/#/collections/news`);
    // The CMS is up once it lists the news from content/.
    await page.getByText(/Đầu tư chuẩn đo lường và thiết bị/).first().waitFor({ timeout: 120_000 });
    page.off('response', record);
    expect(failed).toEqual([]);
  }, 400_000);
});

describe('with a wrong budget line in content/', () => {
  it('/admin/ still opens and the home page explains the problem in Vietnamese, naming the line', async () => {
    const file = join(stack.dir, 'content/ke-hoach/2022.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s+)budget: 220$/m, '$1budget: 221'));
    const home = async () => {
      const response = await fetch(`${stack.siteUrl}/`);
      return { status: response.status, text: await response.text() };
    };
    // The servers' output says whether the dev server saw the edit (a failure without it cannot be told apart).
    await expect.poll(async () => (await home()).text, { timeout: 60_000 }).toContain('Kinh phí mục II.3 là 540 triệu đồng nhưng các dòng con cộng lại 541 triệu đồng')
      .catch((error: Error) => {
        // Without the requests the test itself made, so that what the servers said about the edit shows.
        const said = stack.log().split('\n').filter((line) => !/\[200\] \/ \d+ms$/.test(line));
        throw new Error(`${error.message.slice(0, 300)}\n${said.join('\n').slice(-4000)}`);
      });
    const { text } = await home();
    expect(text).toContain('<html lang="vi">');
    expect(text).toContain('href="/admin/#/collections/plans/entries/2022"');
    expect(text).not.toMatch(/\bat .+\.(ts|js|mjs):\d+/);
    // Routes with getStaticPaths (lists, items, the plan, feeds, the API) give the same page, not Astro's stack trace.
    for (const path of ['/tin-tuc/', '/tin-tuc/dau-tu-chuan-do-luong-va-thiet-bi-nam-2022/', '/ke-hoach/2022/', '/ke-hoach/2022/nhiem-vu/ii-3-c/', '/su-kien.ics']) {
      const page = await (await fetch(`${stack.siteUrl}${path}`)).text();
      expect(page, path).toContain('Kinh phí mục II.3 là 540 triệu đồng nhưng các dòng con cộng lại 541 triệu đồng');
      expect(page, path).not.toMatch(/\bat .+\.(ts|js|mjs):\d+/);
    }
    const admin = await fetch(`${stack.siteUrl}/admin/`);
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain('id="cms-config"');
  }, 180_000);
});
