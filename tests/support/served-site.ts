/**
 * The real build served on 127.0.0.1 with a Chromium to visit it, opened
 * before a test file's tests and closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface ServedSite {
  /** The server's base URL, e.g. http://127.0.0.1:40123 (valid once the tests run). */
  readonly url: string;
  readonly browser: Browser;
}

export function serveBuiltSiteWithBrowser(): ServedSite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([serveStatic(inject('siteDir')), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the served site is only available inside tests');
    return value;
  };
  return {
    get url() {
      return opened(server).url;
    },
    get browser() {
      return opened(browser);
    },
  };
}
