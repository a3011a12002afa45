/** The real pages in headless Chromium: they load with no console errors and no failed requests. */
import { describe, expect, it } from 'vitest';
import { openWatchedPage } from '../support/browser.ts';
import { serveBuiltSiteWithBrowser } from '../support/served-site.ts';

const site = serveBuiltSiteWithBrowser();

describe.each([
  ['home', '/', 'Đo lường Bắc Giang'],
  ['a news item', '/tin-tuc/kiem-dinh-luu-dong-can-tai-28-cho/', 'Hỗ trợ kiểm định lưu động cân thông dụng tại 28 chợ'],
  ['the 2022 plan', '/ke-hoach/2022/', 'Kế hoạch triển khai Kế hoạch số 409/KH-UBND'],
])('%s', (_name, path, heading) => {
  it('loads with its heading, no console errors and no failed requests', async () => {
    const watched = await openWatchedPage(site.browser);
    const response = await watched.page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await watched.page.locator('h1').innerText()).toContain(heading);
    expect(watched.errors).toEqual([]);
    expect(watched.failedRequests).toEqual([]);
    await watched.page.close();
  });
});

describe('layout', () => {
  it.each(['/', '/tin-tuc/ke-hoach-nam-2022-trien-khai-de-an-996/', '/ke-hoach/2022/', '/su-kien/', '/bao-chi/', '/tim-kiem/', '/kiem-dinh-cho/'])('%s is readable at 320 px: no sideways scrolling of the page', async (path) => {
    const watched = await openWatchedPage(site.browser, { viewport: { width: 320, height: 640 } });
    await watched.page.goto(`${site.url}${path}`);
    const overflow = await watched.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await watched.page.close();
  });

  it('lets keyboard users skip to the main content', async () => {
    const watched = await openWatchedPage(site.browser);
    await watched.page.goto(`${site.url}/tin-tuc/`);
    await watched.page.keyboard.press('Tab');
    const skip = watched.page.locator(':focus');
    expect(await skip.innerText()).toBe('Bỏ qua, đến nội dung chính');
    await watched.page.keyboard.press('Enter');
    expect(await watched.page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await watched.page.close();
  });
});

