/**
 * Bodies are rendered where they are shown and nowhere else: feeds and the
 * JSON API render each item's body once per build (src/data/syndication.ts
 * says how many it rendered), and an item page's head renders none, so under
 * `npm run dev` an item page never waits for every other item's body. What
 * each body becomes for feeds (syndicatedBody) is kept in the build cache: a
 * warm build parses none (the same log line says how many it parsed) and
 * writes the same feeds and API, and a changed body or site URL is parsed again.
 */
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_TMP } from '../support/build-site.ts';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { fixtureContent } from '../support/fixture-content.ts';

const FIXTURE = 'tests/fixtures/syndication';
const BUILD_DATE = '2026-11-20';
const RENDERED = /syndication: rendered (\d+) bodies/g;
const PARSED = /syndication: rendered (\d+) bodies .*\((\d+) parsed, (\d+) from the build cache\)/g;

const renders = (log: string) => [...log.matchAll(RENDERED)].map((match) => Number(match[1]));
/** Each line's bodies parsed and read from the build cache. */
const parses = (log: string) => [...log.matchAll(PARSED)].map((match) => ({ parsed: Number(match[2]), cached: Number(match[3]) }));

/** What feeds and the API wrote (RSS, JSON Feeds, every API file), by path. */
function syndicationFiles(outDir: string): Map<string, string> {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)))
    .filter((path) => path.startsWith('api/') || /(^|\/)(rss\.xml|feed\.json)$/.test(path))
    .sort();
  return new Map(files.map((path) => [path, readFileSync(join(outDir, path), 'utf8')]));
}

const RECORD = 'api/v1/news/fixture-news-kiem-dinh-cho.json';
const BODY_FILE = 'tin-tuc/kiem-dinh-can-tai-cho.md';
/** That item's page as built. */
const PAGE = 'tin-tuc/kiem-dinh-can-tai-cho/index.html';
const MOVED = 'https://do-luong.example/';

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
  // Builds one after the other on one copy of the fixture and one build cache, as a site's builds are.
  const cache = join(TEST_TMP, 'rendering-once-cache');
  let content: string;
  const build = (key: string, env: Record<string, string> = {}) => buildSite({ key, contentDir: content, buildDate: BUILD_DATE, env: { ASTRO_CACHE_DIR: cache, ...env } });
  const bodyCache = join(cache, 'syndication/bodies.json');
  let cold: Awaited<ReturnType<typeof buildSite>>;
  let items: number;
  beforeAll(async () => {
    rmSync(cache, { recursive: true, force: true });
    content = fixtureContent('rendering-once', FIXTURE);
    cold = await build('rendering-once');
    items = (JSON.parse(readFileSync(join(cold.outDir, 'feed.json'), 'utf8')) as { items: unknown[] }).items.length;
  }, 600_000);

  it('renders every syndicated body exactly once, for all feeds and the API together, and parses each once', () => {
    expect(items).toBeGreaterThan(1);
    expect(renders(cold.log)).toEqual([items]);
    expect(parses(cold.log)).toEqual([{ parsed: items, cached: 0 }]);
  });

  it('parses no body in a warm build, and writes the same feeds and API byte for byte', async () => {
    const warm = await build('rendering-once-warm');
    expect(parses(warm.log)).toEqual([{ parsed: 0, cached: items }]);
    const before = syndicationFiles(cold.outDir);
    expect(before.size).toBeGreaterThan(items);
    expect(syndicationFiles(warm.outDir)).toEqual(before);
  }, 600_000);

  it('parses a changed body again, and an entry of the cache that is not what it should be, and nothing else', async () => {
    // One entry of the cache spoilt (its HTML a number): that body is made again, not read.
    const file = JSON.parse(readFileSync(bodyCache, 'utf8')) as { bodies: Record<string, { html: unknown }> };
    const spoilt = Object.keys(file.bodies).find((key) => !JSON.stringify(file.bodies[key]).includes('cân đồng hồ lò xo'))!;
    file.bodies[spoilt]!.html = 42;
    writeFileSync(bodyCache, JSON.stringify(file));
    const body = join(content, BODY_FILE);
    writeFileSync(body, readFileSync(body, 'utf8').replace('tại chợ. Xem', 'tại chợ Đồng Quang. Xem'));
    // Built over the cold build's output, as the server that publishes does, with what an
    // earlier build left there: a deleted item's page (marked for search, in a year of its
    // own) and a photo's old variant. A link from outside to the edited page tells whether
    // the build wrote over the file or made a new one.
    const outDir = join(TEST_TMP, 'rendering-once-in-place');
    rmSync(outDir, { recursive: true, force: true });
    cpSync(cold.outDir, outDir, { recursive: true });
    const link = join(TEST_TMP, 'rendering-once-in-place-page.html');
    rmSync(link, { force: true });
    linkSync(join(outDir, PAGE), link);
    mkdirSync(join(outDir, 'tin-tuc/da-go-bo'));
    writeFileSync(join(outDir, 'tin-tuc/da-go-bo/index.html'), readFileSync(join(outDir, PAGE), 'utf8').replace(/data-pagefind-filter="year:\d{4}"/, 'data-pagefind-filter="year:1999"'));
    writeFileSync(join(outDir, '_astro/anh-cu.avif'), '');
    const edited = await build('rendering-once-edited', { ASTRO_OUT_DIR: outDir });
    expect(parses(edited.log)).toEqual([{ parsed: 2, cached: items - 2 }]);
    expect(readFileSync(link, 'utf8'), 'the page written over in place').toContain('tại chợ Đồng Quang. Xem');
    for (const left of ['tin-tuc/da-go-bo', '_astro/anh-cu.avif', 'pagefind/nam-1999']) expect(existsSync(join(outDir, left)), left).toBe(false);
    // Every file a build into an empty folder writes, and nothing more (the search index's file names follow the edit).
    const files = (root: string) => readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name))).filter((path) => !path.startsWith('pagefind/')).sort();
    expect(files(outDir)).toEqual(files(cold.outDir));
    expect(edited.log).toMatch(/output written over the previous build's: \d+ files it left removed \((?=.*_astro\/anh-cu\.avif)/);
    const before = syndicationFiles(cold.outDir);
    const after = syndicationFiles(outDir);
    const record = JSON.parse(after.get(RECORD)!) as { html: string; text: string };
    expect(record.text).toContain('tại chợ Đồng Quang. Xem');
    expect(record.html).toContain('tại chợ Đồng Quang. Xem');
    // Every other API record as the cold build wrote it, the spoilt one included.
    const records = [...before.keys()].filter((path) => /^api\/v1\/(news|articles)\/[^/]+\.json$/.test(path) && path !== RECORD);
    expect(records.length).toBe(items - 1);
    for (const path of records) expect(after.get(path), path).toBe(before.get(path));
  }, 600_000);

  it('parses every body again for another site URL', async () => {
    const moved = await build('rendering-once-moved', { SITE_URL: MOVED });
    expect(parses(moved.log)).toEqual([{ parsed: items, cached: 0 }]);
    const record = JSON.parse(syndicationFiles(moved.outDir).get(RECORD)!) as { html: string };
    expect(record.html).toContain(`href="${MOVED}ke-hoach/2022/"`);
  }, 600_000);

  it('survives a cache file cut short: every body parsed again, the same output', async () => {
    const whole = syndicationFiles(join(TEST_TMP, 'rendering-once-moved/dist'));
    writeFileSync(bodyCache, readFileSync(bodyCache, 'utf8').slice(0, 100));
    const again = await build('rendering-once-cut', { SITE_URL: MOVED });
    expect(parses(again.log)).toEqual([{ parsed: items, cached: 0 }]);
    expect(syndicationFiles(again.outDir)).toEqual(whole);
  }, 600_000);
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
