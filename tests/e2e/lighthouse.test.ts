/**
 * Lighthouse, mobile settings, on the pages the public opens most: home, a
 * news item, the calendar and the plan. Each category must score at least
 * 0.95 (we aim at 1.0); a failure lists the audits that cost points. A
 * performance score under the bar is audited twice more and the median run
 * kept (Lighthouse CI's practice: timing varies on a shared machine).
 * Pages run one after the other in one Chromium to keep the cost modest.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages, pagePath } from '../support/dist.ts';
import { CATEGORIES, startLighthouse, type LighthouseRunner } from '../support/lighthouse.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

const MINIMUM = 0.95;

/** The first news item of the build: whichever news the site has, one is audited. */
const newsItem = htmlPages(inject('siteDir'))
  .map(pagePath)
  .find((path) => /^\/tin-tuc\/[^/]+\/$/.test(path) && !/^\/tin-tuc\/\d+\/$/.test(path));

const PAGES: Array<[string, string | undefined]> = [
  ['home', '/'],
  ['a news item', newsItem],
  ['the calendar', '/su-kien/'],
  ['the 2022 plan', '/ke-hoach/2022/'],
];

let server: RunningServer;
let runner: LighthouseRunner;
beforeAll(async () => {
  server = await serveStatic(inject('siteDir'));
  runner = await startLighthouse(`${server.url}/404.html`);
});
afterAll(async () => {
  await runner?.close();
  await server?.close();
});

describe.each(PAGES)('%s', (_name, path) => {
  it(`scores at least ${MINIMUM} in ${CATEGORIES.join(', ')}`, async () => {
    expect(path, 'page to audit').toBeDefined();
    const { scores, shortfalls, cpuSlowdown } = await runner.audit(`${server.url}${path}`, MINIMUM);
    const low = CATEGORIES.filter((category) => scores[category] < MINIMUM).map((category) => `${category} ${scores[category]}`);
    expect(low, `CPU slowdown ${cpuSlowdown.toFixed(2)}x; points lost: ${shortfalls.join('; ')}`).toEqual([]);
  }, 600_000);
});
