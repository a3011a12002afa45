/**
 * Bodies are rendered where they are shown and nowhere else: feeds and the
 * JSON API render each item's body once per build (src/data/syndication.ts
 * says how many it rendered), and an item page's head renders none, so under
 * `npm run dev` an item page never waits for every other item's body.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_TMP } from '../support/build-site.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { fixtureContent } from '../support/fixture-content.ts';

const FIXTURE = 'tests/fixtures/syndication';
const BUILD_DATE = '2026-11-20';
const RENDERED = /syndication: rendered (\d+) bodies/g;

const renders = (log: string) => [...log.matchAll(RENDERED)].map((match) => Number(match[1]));

/**
 * The server's output up to its request line for `path`: astro dev writes that
 * line once the response is done, so whatever rendering the page printed
 * comes before it (one ordered stream).
 */
async function outputThrough(server: DevServer, path: string): Promise<string> {
  const line = new RegExp(`\\[200\\] ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+ms`);
  const deadline = Date.now() + 30_000;
  for (let match = line.exec(server.output()); ; match = line.exec(server.output())) {
    if (match) return server.output().slice(0, match.index);
    if (Date.now() > deadline) throw new Error(`astro dev never logged ${path}:\n${server.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a build', () => {
  it('renders every syndicated body exactly once, for all feeds and the API together', async () => {
    const { outDir, log } = await buildSite({ key: 'rendering-once', contentDir: FIXTURE, buildDate: BUILD_DATE });
    const items = (JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8')) as { items: unknown[] }).items.length;
    expect(items).toBeGreaterThan(1);
    expect(renders(log)).toEqual([items]);
  });
});

describe('the dev server', () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDevServer({ CONTENT_DIR: fixtureContent('rendering-once-dev', FIXTURE), BUILD_DATE, ASTRO_CACHE_DIR: join(TEST_TMP, 'rendering-once-dev-cache') });
  }, 600_000);
  afterAll(() => server?.stop());

  it("renders no other item's body for an item page, and all of them for a feed", async () => {
    const page = await fetch(`${server.url}/tin-tuc/kiem-dinh-can-tai-cho/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1');
    expect(renders(await outputThrough(server, '/tin-tuc/kiem-dinh-can-tai-cho/'))).toEqual([]);
    // The same server does render bodies for a feed: the check above can see a render.
    expect((await fetch(`${server.url}/feed.json`)).status).toBe(200);
    expect(renders(await outputThrough(server, '/feed.json')).length).toBeGreaterThan(0);
  });
});
