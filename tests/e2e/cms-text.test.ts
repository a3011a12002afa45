/**
 * Text normalised at the door (issue 11), through the real CMS on the real
 * local stack (astro dev and decap-server on a copy of the repository): a
 * title typed in decomposed Vietnamese is stored NFC in a file named by the
 * project's slugify (src/lib/slug.ts); a title that looks like a date is
 * written quoted and reads back as that text, also after a second save.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../admin/formats/preserving.ts';
import { readContentData } from '../../src/lib/content-data.ts';
import { slugify } from '../../src/lib/slug.ts';
import { launchBrowser } from '../support/browser.ts';
import { openCms, openCmsRoute, publishCmsEntry, startCmsStack, until, type CmsStack } from '../support/cms-stack.ts';

let stack: CmsStack;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  stack = await startCmsStack();
  browser = await launchBrowser();
  page = await openCms(browser, stack);
  await page.getByText('Tin tức').first().waitFor();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The file's text once it exists and differs from `before`. */
const written = (file: string, before?: string) =>
  until(
    () => (existsSync(file) ? readFileSync(file, 'utf8') : undefined),
    (text) => text !== undefined && text !== before,
    60_000,
    () => `${file} was not written\n${stack.log().slice(-2000)}`,
  ) as Promise<string>;

async function newNews(title: string): Promise<void> {
  await openCmsRoute(page, stack, 'news/new');
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Tóm tắt', { exact: true }).fill('Tóm tắt ngắn.');
  await publishCmsEntry(page);
}

describe('text normalised at the door', () => {
  it('a title typed in decomposed Vietnamese is stored NFC, in a file named by src/lib/slug.ts', async () => {
    const composed = 'Cân đồng hồ lò xo tại chợ Thương';
    const typed = composed.normalize('NFD');
    expect(typed).not.toBe(composed);
    await newNews(typed);
    expect(slugify(composed)).toBe('can-dong-ho-lo-xo-tai-cho-thuong');
    const text = await written(join(stack.dir, 'content/tin-tuc/can-dong-ho-lo-xo-tai-cho-thuong.md'));
    expect(parseFrontMatter(text).title).toBe(composed);
    expect(text).toContain(`title: ${composed}\n`);
    expect(text).not.toContain('fileSlug');
  }, 240_000);

  it('a title that looks like a date is written quoted and reads back as that text, also after a second save', async () => {
    await newNews('2025-05-20');
    const file = join(stack.dir, 'content/tin-tuc/2025-05-20.md');
    const text = await written(file);
    expect(text).toContain('title: "2025-05-20"\n');
    expect(readContentData(text, file)).toMatchObject({ title: '2025-05-20' });
    await openCmsRoute(page, stack, 'news/entries/2025-05-20');
    await expect.poll(() => page.getByLabel('Tiêu đề', { exact: true }).inputValue(), { timeout: 30_000 }).toBe('2025-05-20');
    await page.getByLabel('Tóm tắt', { exact: true }).fill('Tóm tắt đã sửa.');
    await publishCmsEntry(page);
    const again = await written(file, text);
    expect(again).toContain('title: "2025-05-20"\n');
    expect(readContentData(again, file)).toMatchObject({ title: '2025-05-20', summary: 'Tóm tắt đã sửa.' });
  }, 240_000);
});
