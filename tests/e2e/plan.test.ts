/**
 * The plan report and the market finder in headless Chromium: the 2022 plan
 * page printed to an A4 PDF (read back by poppler's pdftotext page by page)
 * is numbered on every page, carries every appendix line, the total once and
 * the signature on its last page; on phones (320, 360, 412 px) every budget
 * figure and every progress column is on screen, chart text is at least
 * 12 px, the month calendar shows seven days or its agenda list, and axe finds
 * nothing; the market finder filters by commune or former district without
 * JavaScript.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations } from '../support/axe.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { buildSite } from '../support/build-site.ts';
import { APPENDIX } from '../build/plan-appendix.ts';

let site: RunningServer;
let fixture: RunningServer;
let browser: Browser;
beforeAll(async () => {
  const { outDir } = await buildSite({ key: 'plan-progress', contentDir: 'tests/fixtures/plan-progress', buildDate: '2022-11-30' });
  [site, fixture, browser] = await Promise.all([serveStatic(inject('siteDir')), serveStatic(outDir), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await fixture?.close();
});

/** Each page's text of a PDF as poppler-utils' pdftotext reads it, whitespace folded. */
function pdfPages(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'plan-pdf-')), 'report.pdf');
  writeFileSync(file, pdf);
  // -raw keeps the order the page draws its text in, so a table cell's lines stay together; each page ends with a form feed.
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' '));
}

describe('the 2022 plan report', () => {
  it('prints to A4 with every page numbered, every appendix line, the total once, the report date and the signature last', async () => {
    const watched = await openWatchedPage(browser);
    await watched.page.goto(`${site.url}/ke-hoach/2022/`, { waitUntil: 'networkidle' });
    await watched.page.emulateMedia({ media: 'print' });
    const pages = pdfPages(await watched.page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, i) => expect(page, `page ${i + 1}`).toContain(`Trang ${i + 1}/${pages.length}`));
    const text = pages.join(' ');
    const lower = text.toLocaleLowerCase('vi');
    for (const [code, title] of APPENDIX) expect(lower, code).toContain(title.toLocaleLowerCase('vi'));
    expect(text).toContain('1.977 triệu đồng');
    expect(text).toContain('Một tỷ chín trăm bảy mươi bảy triệu đồng');
    // The appendix's total prints once, after its last line, not at each page break.
    expect(text.match(/Tổng cộng 1\.977/g)).toHaveLength(2); // the appendix and the progress summary, each once
    expect(text.indexOf('Tổng cộng 1.977')).toBeGreaterThan(text.indexOf('Hỗ trợ doanh nghiệp triển khai xây dựng'));
    expect(text).toMatch(/Số liệu tính đến ngày \d{2}\/\d{2}\/\d{4}/);
    expect(pages.at(-1)).toContain('(Ký, ghi rõ họ tên)');
    expect(pages.at(-1)).toMatch(/Bắc Giang, ngày \d{2} tháng \d{2} năm \d{4}/);
    expect(text).not.toContain('tải bảng tiến độ (CSV)');
    expect(watched.errors).toEqual([]);
    await watched.page.context().close();
  });

  it('clips nothing on the printed page: no table is wider than the A4 text column', async () => {
    const { page } = await openWatchedPage(browser, { viewport: { width: 794, height: 1123 } });
    await page.goto(`${site.url}/ke-hoach/2022/`);
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('table')].filter((t) => t.scrollWidth > (t.parentElement?.clientWidth ?? 0) + 1).map((t) => t.className),
    );
    expect(overflow).toEqual([]);
    await page.context().close();
  });
});

describe.each([320, 360, 412])('on a %i px phone', (width) => {
  const viewport = { width, height: 800 };

  it('the plan page shows every budget figure and every progress column on screen, chart text ≥ 12 px, and axe finds nothing', async () => {
    const { page } = await openWatchedPage(browser, { viewport });
    await page.goto(`${fixture.url}/ke-hoach/2022/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const offScreen = await page.evaluate((vw) => {
      const cells = [...document.querySelectorAll('table.appendix td.num, .progress-table td, .progress-totals td, .progress-totals tbody th, .progress-table tfoot th')];
      return cells
        .filter((cell) => (cell.textContent ?? '').trim() !== '')
        .filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.width === 0 || box.left < 0 || box.right > vw;
        })
        .map((cell) => cell.textContent?.trim());
    }, width);
    expect(offScreen).toEqual([]);
    const budgets = await page.locator('table.appendix td.num').allInnerTexts();
    expect(budgets.map((b) => b.trim())).toEqual(expect.arrayContaining(APPENDIX.flatMap(([, , budget]) => (budget === undefined ? [] : [budget])).concat('1.977')));
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('svg text')].map((text) => {
          const svg = text.closest('svg') as SVGSVGElement;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return parseFloat(getComputedStyle(text).fontSize) * scale;
        }),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(12);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('the month calendar shows all seven weekdays or the agenda list instead, and axe finds nothing', async () => {
    const { page } = await openWatchedPage(browser, { viewport });
    await page.goto(`${fixture.url}/su-kien/thang/2022-11/`);
    const agenda = page.locator('.month-agenda');
    if (await agenda.isVisible()) {
      expect(await agenda.locator('li a').count()).toBeGreaterThan(0);
      expect(await page.locator('table.month-grid').isVisible()).toBe(false);
    } else {
      const inView = await page.evaluate(
        (vw) => [...document.querySelectorAll('table.month-grid thead th')].filter((th) => th.getBoundingClientRect().right <= vw).length,
        width,
      );
      expect(inView).toBe(7);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the market finder', () => {
  it('is in the main navigation and on the home page', async () => {
    const { page } = await openWatchedPage(browser);
    await page.goto(`${site.url}/`);
    expect(await page.locator('.site-nav a[href="/kiem-dinh-cho/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/kiem-dinh-cho/"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('filters markets by commune or by former district with links alone, JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fixture.url}/kiem-dinh-cho/`);
    const names = () => page.locator('.market h3').allInnerTexts();
    expect(await names()).toEqual(['Chợ Ví Dụ A', 'Chợ Ví Dụ B', 'Chợ Ví Dụ C', 'Chợ Ví Dụ D', 'Chợ Ví Dụ E']);
    await page.getByRole('navigation', { name: /huyện, thành phố cũ/ }).getByRole('link', { name: /Thành phố Bắc Giang/ }).click();
    await page.waitForURL('**/kiem-dinh-cho/huyen-cu/thanh-pho-bac-giang/');
    expect(await names()).toEqual(['Chợ Ví Dụ A', 'Chợ Ví Dụ B']);
    expect(await page.locator('.area-filter [aria-current="page"]').innerText()).toContain('Thành phố Bắc Giang');
    const market = page.locator('#cho-cho-vi-du-a');
    expect(await market.innerText()).toContain('Lần kiểm định gần nhất: 12/10/2022 (tổng cộng 2 đợt)');
    expect(await market.innerText()).toContain('Phường Ví Dụ (trước 01/7/2025: Thành phố Bắc Giang)');
    expect(await market.locator('tbody tr').allInnerTexts()).toEqual(['Cân đồng hồ lò xo\t35\t34\t1']);
    await page.getByRole('navigation', { name: /xã, phường/ }).getByRole('link', { name: /^Xã Ví Dụ/ }).click();
    await page.waitForURL('**/kiem-dinh-cho/xa/xa-vi-du/');
    expect(await names()).toEqual(['Chợ Ví Dụ D', 'Chợ Ví Dụ E']);
    await context.close();
  });

  it('has no axe violations', async () => {
    const { page } = await openWatchedPage(browser);
    await page.goto(`${fixture.url}/kiem-dinh-cho/huyen-cu/huyen-lang-giang/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
