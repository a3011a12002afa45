/**
 * Hostile content, as a compromised CMS account could write it: a news item
 * whose body carries script tags, event handlers, javascript: links, an
 * iframe, an object, a form and a style sheet, and a malicious SVG upload used
 * as its cover and in its body. Built for real and opened in Chromium with
 * the host's headers (public/_headers): nothing runs, and the build says what
 * it removed. Every payload sets window.__hostile or opens a dialog if it runs.
 */
import type { Browser, Page } from 'playwright-core';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildFailure, buildSite, type BuildResult } from '../support/build-site.ts';
import { launchBrowser } from '../support/browser.ts';
import { fixtureContent } from '../support/fixture-content.ts';
import { hostHeaders } from '../support/host-headers.ts';
import { listFiles, readPage } from '../support/dist.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

const ITEM = '/tin-tuc/noi-dung-doc-hai/';

let build: BuildResult;
let browser: Browser;
let withHeaders: RunningServer;
let withoutHeaders: RunningServer;
let svgUrl: string;
/** The item's source as the build names it (the fixture assembled under the tests' scratch space). */
let itemFile: string;

beforeAll(async () => {
  const contentDir = fixtureContent('hostile', 'tests/fixtures/hostile-content');
  itemFile = relative(ROOT, join(contentDir, 'tin-tuc/noi-dung-doc-hai.md'));
  [build, browser] = await Promise.all([buildSite({ key: 'hostile', contentDir, buildDate: '2025-06-01' }), launchBrowser()]);
  withHeaders = await serveStatic(build.outDir, { headers: hostHeaders(join(ROOT, 'public/_headers')) });
  withoutHeaders = await serveStatic(build.outDir);
  const svg = listFiles(build.outDir).find((file) => file.startsWith('_astro/') && file.endsWith('.svg'));
  if (!svg) throw new Error('the hostile SVG upload is missing from the build');
  svgUrl = `/${svg}`;
});
afterAll(async () => {
  await browser?.close();
  await withHeaders?.close();
  await withoutHeaders?.close();
});

/** Opens a URL, pokes every link and control, and reports what the payloads managed to do. */
async function visit(url: string): Promise<{ flag: unknown; dialogs: string[] }> {
  const page: Page = await browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('main *')) {
      if (element.tagName !== 'A') element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
  });
  for (const link of await page.locator('main a').all()) {
    if (((await link.getAttribute('href')) ?? '').startsWith('/')) continue;
    await link.click({ timeout: 2_000 }).catch(() => undefined);
  }
  await page.waitForTimeout(300);
  const flag = await page.evaluate(() => (window as { __hostile?: unknown }).__hostile).catch(() => 'navigated away');
  await page.close();
  return { flag, dialogs };
}

describe('hostile Markdown and a malicious SVG upload', () => {
  it('the build warns, naming the file and each thing it removed', () => {
    const warning = build.log.split('\n').find((line) => line.includes('[content-sanitiser]') && line.includes('noi-dung-doc-hai.md')) ?? '';
    expect(warning).toContain('WARN');
    expect(warning).toContain(itemFile);
    for (const removed of ['<script> element and its content', 'event handler onclick on <p>', 'event handler onerror on <img>', '"javascript": URL in <a href>', '<iframe> element', '<object> element', '<form> element', '<style> element and its content']) {
      expect(warning).toContain(removed);
    }
  });

  it('the page keeps the text and drops every active part', () => {
    const document = readPage(build.outDir, 'tin-tuc/noi-dung-doc-hai/index.html');
    const body = document.querySelector('article')?.innerHTML ?? '';
    expect(body).toContain('Đoạn mở đầu bình thường');
    expect(body).toContain('Đoạn có thuộc tính sự kiện.');
    expect(body).toContain('Đoạn kết thúc bình thường.');
    expect(body).not.toMatch(/<script|<iframe|<object|<embed|<form|<style|\son[a-z]+=|javascript:|__hostile/i);
  });

  it('nothing runs in the browser on the item page', async () => {
    expect(await visit(`${withHeaders.url}${ITEM}`)).toEqual({ flag: undefined, dialogs: [] });
  });

  it('the SVG shown as an image runs nothing, even served with no headers at all', async () => {
    expect(await visit(`${withoutHeaders.url}${ITEM}`)).toEqual({ flag: undefined, dialogs: [] });
  });

  it('the SVG payload is live: opened on its own without the headers, its script runs', async () => {
    // Shows the fixture really is hostile, so the next check means something.
    const { flag } = await visit(`${withoutHeaders.url}${svgUrl}`);
    expect(flag).toMatch(/svg/);
  });

  it('opened on its own with the host headers (public/_headers), the SVG runs nothing', async () => {
    expect(await visit(`${withHeaders.url}${svgUrl}`)).toEqual({ flag: undefined, dialogs: [] });
  });
});

describe('hostile MDX', () => {
  it('stops the build with one line naming the file and the code it found', async () => {
    const contentDir = fixtureContent('hostile-mdx', 'tests/fixtures/hostile-mdx');
    const log = await buildFailure({ key: 'hostile-mdx', contentDir, buildDate: '2025-06-01' });
    const file = relative(ROOT, join(contentDir, 'bai-viet/noi-dung-doc-hai-mdx.mdx'));
    const line = log.split('\n').find((text) => text.startsWith(`${file}:`)) ?? '';
    expect(line, `no line starts with "${file}:" in the build log:\n${log.slice(-3000)}`).toContain('not allowed in content');
    for (const part of ['import/export statement', '{…} expression', '<script> element']) expect(line).toContain(part);
  });
});
