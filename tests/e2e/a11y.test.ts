/**
 * Zero axe-core violations on every page template, in headless Chromium: one
 * built page per route of src/pages/ (tests/support/routes.ts), so a new kind
 * of page is checked as soon as it exists. The same visit checks that the page
 * runs into no Content-Security-Policy refusal or other console error. The CMS
 * (/admin/) is Decap's own interface, not ours to fix, and is left out.
 */
import { axeViolations } from '../support/axe.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage, type WatchedPage } from '../support/browser.ts';
import { htmlPages, pagePath } from '../support/dist.ts';
import { onePagePerRoute } from '../support/routes.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

const templates = [...onePagePerRoute(htmlPages(inject('siteDir')).map(pagePath))].filter(([, path]) => !path.startsWith('/admin/'));

let server: RunningServer;
let browser: Browser;
/** One tab visits every template in turn: cheaper than a tab each on a 2-core machine. */
let watched: WatchedPage;
beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(inject('siteDir')), launchBrowser()]);
  watched = await openWatchedPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(templates)('%s (%s)', (_route, path) => {
  it('has no axe-core violations and no console errors', async () => {
    watched.errors.length = 0;
    await watched.page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    expect(await axeViolations(watched.page)).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});

describe('the axe helper (tests/support/axe.ts)', () => {
  it('reports a WCAG A failure and a best-practice one, naming rule and element', async () => {
    await watched.page.setContent('<!doctype html><html lang="vi"><head><title>t</title></head><body><main><h1>Tiêu đề</h1><h3>Bỏ cấp</h3><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
    const found = await axeViolations(watched.page);
    expect(found).toContainEqual(expect.stringMatching(/^image-alt \(critical\): img /));
    expect(found).toContainEqual(expect.stringMatching(/^heading-order /));
  });
});
