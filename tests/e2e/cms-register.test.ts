/**
 * The documents register and change notes through the real CMS on the real
 * local stack (astro dev and decap-server on loopback, a temporary copy of
 * the repository), then a build of that copy:
 * - an editor creates a document with an attached PDF (printed by Chromium);
 *   it is in the register, in search and in the register's feed;
 * - editing a published news item asks for a change note and refuses to save
 *   without one; the note appears on the page and in the feed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontMatter, parseYaml } from '../../admin/formats/preserving.ts';
import { MISSING_NOTE } from '../../admin/app/change-notes.ts';
import { formatFileSize } from '../../src/lib/documents/attachments.ts';
import { buildCopy, openCmsRoute, startEditing, stopEditing, type CmsStack, type EditingSession } from '../support/cms-stack.ts';
import { readPage } from '../support/dist.ts';
import { parseFeeds } from '../support/feedparser.ts';
import { writePdf } from '../support/pdf.ts';
import { serveStatic } from '../support/static-server.ts';

let session: EditingSession | undefined;
let stack: CmsStack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  session = await startEditing();
  ({ stack, browser, page } = session);
  // Warm-up: the first editor Vite serves may make it bundle more dependencies and reload the page.
  await openRoute('documents/new');
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
}, 600_000);
afterAll(() => stopEditing(session));

/** Waits until `file` holds `expected` (a write in progress may be read half done). */
async function fileWith(file: string, expected: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const text = readFileSync(file, 'utf8');
      if (text.includes(expected)) return text;
    } catch {
      // not written yet
    }
    await page.waitForTimeout(250);
  }
  // What the editor saw (a refused save shows its reasons at the fields), for the failure message.
  await page.screenshot({ path: join(stack.dir, '..', 'cms-register-failure.png'), fullPage: true }).catch(() => undefined);
  const shown = await page.locator('[class*="ErrorMessage"], [role="alert"], [class*="Toast"]').allTextContents().catch(() => []);
  throw new Error(`${file} was not written; the CMS showed: ${shown.join(' | ')}\n${stack.log().slice(-3000)}`);
}

async function openRoute(route: string): Promise<void> {
  await openCmsRoute(page, stack, route);
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
}

/** Asks to publish; whether the save happens is what the tests check. */
async function publish(): Promise<void> {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay', { exact: true }).click();
}

const PDF_NAME = 'quyet-dinh-thu-nghiem.pdf';
const DOCUMENT_SLUG = '12-qd-skhcn-2026-11-20';
const TITLE = 'Về việc thử nghiệm danh mục văn bản điện tử kèm toàn văn';
const NEWS = 'kiem-dinh-luu-dong-can-tai-28-cho';
const NOTE = 'Bổ sung danh sách chợ đã kiểm định';
let pdf: Buffer;
let dist: string;

describe('an editor creates a document with an attached PDF', () => {
  it('is saved with its metadata, and the PDF is stored as uploaded in content/tep/', async () => {
    pdf = await writePdf(join(stack.dir, PDF_NAME), 'Quyết định số 12/QĐ-SKHCN: toàn văn thử nghiệm');
    await openRoute('documents/new');
    // Optional fields' labels end with Decap's "(không bắt buộc)".
    await page.getByLabel(/^Số/).fill('12');
    await page.getByLabel('Ký hiệu', { exact: true }).fill('QĐ-SKHCN');
    await page.getByLabel('Ngày ban hành', { exact: true }).fill('2026-11-20');
    await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('Sở Khoa học và Công nghệ tỉnh Bắc Giang');
    await page.getByLabel('Trích yếu', { exact: true }).fill(TITLE);
    await page.getByRole('button', { name: /tệp$/ }).first().click();
    await page.getByRole('button', { name: 'Chọn một tập tin' }).click();
    await page.locator('input[type="file"]').setInputFiles(join(stack.dir, PDF_NAME));
    await page.getByRole('button', { name: 'Dùng tệp đã chọn' }).click();
    await page.getByLabel(/^Tên tệp hiển thị/).fill('Toàn văn');
    await publish();

    const text = await fileWith(join(stack.dir, 'content/van-ban', `${DOCUMENT_SLUG}.yaml`), 'Toàn văn');
    expect(parseYaml(text)).toMatchObject({
      kind: 'quyet-dinh',
      number: '12',
      symbol: 'QĐ-SKHCN',
      issued: '2026-11-20',
      issuer: 'Sở Khoa học và Công nghệ tỉnh Bắc Giang',
      title: TITLE,
      files: [{ file: `/tep/${PDF_NAME}`, title: 'Toàn văn' }],
    });
    expect(readFileSync(join(stack.dir, 'content/tep', PDF_NAME)).equals(pdf)).toBe(true);
  }, 300_000);
});

describe('editing a published news item', () => {
  const file = () => join(stack.dir, 'content/tin-tuc', `${NEWS}.md`);

  it('refuses to save without a change note, saying why, and leaves the file as it was', async () => {
    const before = readFileSync(file(), 'utf8');
    await openRoute(`news/entries/${NEWS}`);
    const summary = page.getByLabel('Tóm tắt', { exact: true });
    await summary.fill(`${await summary.inputValue()} Đã cập nhật.`);
    await publish();
    await page.getByText(MISSING_NOTE).first().waitFor({ timeout: 30_000 });
    expect(readFileSync(file(), 'utf8')).toBe(before);
  }, 240_000);

  it('saves the change note the editor writes, dated now', async () => {
    await page.getByLabel('Ghi chú thay đổi lần này').fill(NOTE);
    await publish();
    const written = parseFrontMatter(await fileWith(file(), NOTE)) as { changes: { date: string; note: string }[]; summary: string };
    expect(written.summary).toMatch(/Đã cập nhật\.$/);
    expect(written.changes).toHaveLength(1);
    expect(written.changes[0]!.note).toBe(NOTE);
    expect(Math.abs(new Date(written.changes[0]!.date).getTime() - Date.now())).toBeLessThan(10 * 60_000);
  }, 240_000);
});

describe('after a build of the edited copy', () => {
  beforeAll(async () => {
    dist = await buildCopy(stack);
  }, 600_000);

  it('lists the document in the register with its metadata and its PDF with type and size', () => {
    const rows = [...readPage(dist, 'van-ban/index.html').querySelectorAll('table.register tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toContainEqual(['12/QĐ-SKHCN', 'Quyết định', '20/11/2026', 'Sở Khoa học và Công nghệ tỉnh Bắc Giang', TITLE, 'Chưa xác định']);
    const link = readPage(dist, `van-ban/${DOCUMENT_SLUG}/index.html`).querySelector(`a[href="/tep/${PDF_NAME}"]`);
    expect(link?.parentElement?.textContent).toContain(`Toàn văn (PDF, ${formatFileSize(pdf.length)})`);
    expect(readFileSync(join(dist, 'tep', PDF_NAME)).equals(pdf)).toBe(true);
  });

  it('puts the document in the register feed', () => {
    const [rss] = parseFeeds([join(dist, 'van-ban/rss.xml')]);
    expect(rss!.bozo).toBe(false);
    expect(rss!.entries.map((entry) => entry.title)).toContain('Quyết định số 12/QĐ-SKHCN ngày 20/11/2026');
  });

  it('finds the document in search', async () => {
    const server = await serveStatic(dist);
    const search = await browser.newPage();
    try {
      await search.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('danh mục văn bản điện tử')}&loai=van-ban`);
      await search.locator(`a[href$="/van-ban/${DOCUMENT_SLUG}/"]`).first().waitFor({ timeout: 60_000 });
    } finally {
      await search.close();
      await server.close();
    }
  }, 120_000);

  it('shows the change note on the news page and carries it in the feed', () => {
    const news = readPage(dist, `tin-tuc/${NEWS}/index.html`);
    expect([...news.querySelectorAll('.change-history li')].map((li) => li.textContent)).toEqual([expect.stringContaining(NOTE)]);
    const feed = JSON.parse(readFileSync(join(dist, 'tin-tuc/feed.json'), 'utf8')) as { items: { url: string; date_modified?: string; _bac_giang: { changes: { note: string }[] } }[] };
    const item = feed.items.find((candidate) => candidate.url.endsWith(`/tin-tuc/${NEWS}/`))!;
    expect(item._bac_giang.changes.map((change) => change.note)).toEqual([NOTE]);
    expect(item.date_modified).toBeDefined();
  });
});
