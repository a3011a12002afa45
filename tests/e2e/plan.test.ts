/**
 * The plan report and the market finder in headless Chromium: the 2022 plan
 * page printed to an A4 PDF (text extracted by poppler's pdftotext) carries
 * the total and every section; the market finder filters by area without
 * JavaScript; both, filled with the fixture's data, pass axe (the plan page
 * at 320 px, where its wide tables must scroll in focusable regions).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { buildSite } from '../support/build-site.ts';

let site: RunningServer;
let fixture: RunningServer;
let browser: Browser;
beforeAll(async () => {
  const { outDir } = await buildSite({ key: 'plan-progress-e2e', contentDir: 'tests/fixtures/plan-progress', buildDate: '2022-11-30' });
  [site, fixture, browser] = await Promise.all([serveStatic(inject('siteDir')), serveStatic(outDir), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await fixture?.close();
});

/** Text of a PDF as poppler-utils' pdftotext reads it, whitespace folded. */
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'plan-pdf-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the 2022 plan report', () => {
  it('prints to an A4 PDF with the total, every section and the report date', async () => {
    const watched = await openWatchedPage(browser);
    await watched.page.goto(`${site.url}/ke-hoach/2022/`, { waitUntil: 'networkidle' });
    await watched.page.emulateMedia({ media: 'print' });
    const pdf = await watched.page.pdf({ format: 'A4', preferCSSPageSize: true });
    const text = pdfText(pdf);
    expect(text).toContain('1.977 triệu đồng');
    expect(text).toContain('Một tỷ chín trăm bảy mươi bảy triệu đồng');
    for (const section of ['Công tác tuyên truyền, phổ biến, hướng dẫn về hoạt động đo lường', 'Triển khai thực hiện các nhiệm vụ Đề án']) {
      expect(text.toLocaleLowerCase('vi')).toContain(section.toLocaleLowerCase('vi'));
    }
    expect(text).toMatch(/Số liệu tính đến ngày \d{2}\/\d{2}\/\d{4}/);
    expect(text).toContain('(Ký, ghi rõ họ tên)');
    expect(text).not.toContain('tải bảng tiến độ (CSV)');
    expect(watched.errors).toEqual([]);
    await watched.page.context().close();
  });
});

describe('the plan page at 320 px', () => {
  it('does not scroll sideways, its wide tables scroll in focusable regions, and axe finds nothing', async () => {
    const { page } = await openWatchedPage(browser, { viewport: { width: 320, height: 800 } });
    await page.goto(`${fixture.url}/ke-hoach/2022/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });
});

describe('the market finder', () => {
  it('filters markets by area with links alone, JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fixture.url}/kiem-dinh-cho/`);
    const names = () => page.locator('.market h3').allInnerTexts();
    expect(await names()).toEqual(['Chợ Ví Dụ C', 'Chợ Ví Dụ D', 'Chợ Ví Dụ A', 'Chợ Ví Dụ B']);
    await page.getByRole('navigation', { name: 'Lọc theo huyện, thành phố' }).getByRole('link', { name: /Thành phố Bắc Giang/ }).click();
    await page.waitForURL('**/kiem-dinh-cho/thanh-pho-bac-giang/');
    expect(await names()).toEqual(['Chợ Ví Dụ A', 'Chợ Ví Dụ B']);
    expect(await page.locator('.area-filter [aria-current="page"]').innerText()).toContain('Thành phố Bắc Giang');
    const market = page.locator('#cho-cho-vi-du-a');
    expect(await market.innerText()).toContain('Lần kiểm định gần nhất: 12/10/2022 (tổng cộng 2 đợt)');
    expect(await market.locator('tbody tr').allInnerTexts()).toEqual(['Cân đồng hồ lò xo\t35\t34\t1']);
    await context.close();
  });

  it('has no axe violations', async () => {
    const { page } = await openWatchedPage(browser);
    await page.goto(`${fixture.url}/kiem-dinh-cho/huyen-lang-giang/`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });
});
