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

/** Waits until the server's output satisfies `done` (the log is written after the response). */
async function outputWhere(server: DevServer, done: (output: string) => boolean): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (!done(server.output())) {
    if (Date.now() > deadline) throw new Error(`dev server output never matched:\n${server.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return server.output();
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
    // Then a feed, which does render every body: once its line is in the output,
    // any line the item page wrote before it is there too (one ordered stream).
    expect((await fetch(`${server.url}/feed.json`)).status).toBe(200);
    expect(renders(await outputWhere(server, (output) => renders(output).length > 0))).toHaveLength(1);
  });
});
