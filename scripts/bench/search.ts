/**
 * Search benchmark (issue 7), called by scripts/bench/run.ts for `npm run bench`.
 *
 *   measureSearch(distDir: string): Promise<SearchBench>
 *
 * Given a built site folder (with the pagefind/ bundle the build writes), it
 * reports the index size by part, then serves the folder as it is deployed:
 * the compressed copies a release gets (scripts/deploy/precompress.ts, timed)
 * written into it, nginx with the site's own server block (deploy/nginx/:
 * brotli and gzip copies sent as they are, other text gzipped on the fly) on
 * 127.0.0.1; and, in headless Chromium with a cold cache for every
 * query, lands on /tim-kiem/?q=… and records the bytes that first query moves
 * (every request: the page, its CSS and script, Pagefind's files), by part,
 * and the time until the first results are on screen; then, on /tim-kiem/
 * without a query, the time from typing to results. Each query runs on a
 * desktop profile and a slow-phone profile (CPU ×4, 1.6 Mbit/s down, 150 ms
 * round trip: Lighthouse's mobile throttling; see runQuery for what each
 * applies to).
 *
 * Relevance: the fixture corpus of tests/fixtures/search-relevance/ is built
 * too (a small site, seconds) and its query set run on the real search page:
 * mean reciprocal rank, mean precision at 3, and the queries of several
 * syllables that list a page without the phrase above one with it
 * (tests/support/search-relevance.ts; `npm test` asserts the floor).
 *
 * Standalone: node scripts/bench/search.ts <dist folder>  (prints JSON).
 */
import { readdirSync, statSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { get, serveWithNginx, type RawResponse } from '../../tests/support/nginx.ts';
import { precompress } from '../deploy/precompress.ts';
import { buildRelevanceSite, measureRelevance } from '../../tests/support/search-relevance.ts';
import { PhoneLine } from './phone-line.ts';
import { WORD_CHUNKS_FILE } from '../../src/lib/search/prefix-chunks.ts';

export interface SearchIndexSize {
  totalBytes: number;
  /** pagefind.js, and each full-text year's entry and metadata files (the metadata grows with the pages). */
  runtimeBytes: number;
  /** The summary index (titles, leads, facets: pagefind/tom-tat/), all its files. */
  summary: { count: number; bytes: number };
  /** The full text's years (pagefind/nam-<year>/). */
  years: number;
  /** Its word index chunks (pagefind/nam-*\/index/): a query fetches the few its words fall in. */
  indexChunks: { count: number; bytes: number };
  /** One fragment per page (pagefind/nam-*\/fragment/): a result's title, excerpt text and meta, fetched per result shown. */
  fragments: { count: number; bytes: number };
  /** Filter value lists (pagefind/nam-*\/filter/). */
  filters: { count: number; bytes: number };
}

export interface SearchQueryRun {
  query: string;
  profile: 'desktop' | 'slow-phone';
  results: number;
  /** Which index answered (src/lib/search/scope.ts). */
  scope: string;
  /** Bytes moved to show the first results (cold cache): bodies as sent (compressed) plus response headers. */
  firstQueryBytes: number;
  firstQueryRequests: number;
  /** The same bytes by part (see part()). */
  firstQueryParts: Record<string, number>;
  /** From navigation start on /tim-kiem/?q=… to the first results (or "nothing found") on screen. */
  timeToFirstResultsMs: number;
  /** On /tim-kiem/ already open: from the query being typed (focus loads Pagefind) to results, debounce included. */
  typingToResultsMs: number;
}

export interface SearchRelevance {
  queries: number;
  meanReciprocalRank: number;
  meanPrecisionAt3: number;
  /** Queries of several syllables with a page without the phrase listed above one with it. */
  phraseFloorBroken: string[];
  /** Queries whose first result is not one of the pages meant. */
  missed: { query: string; firstResults: string[] }[];
}

export interface SearchBench {
  index: SearchIndexSize;
  /** Writing the release's compressed copies, as a deploy does. */
  precompress: { files: number; seconds: number };
  queries: SearchQueryRun[];
  relevance: SearchRelevance;
}

/** With diacritics, the same without, and a rare word: Vietnamese from the benchmark corpus (corpus.ts). */
const QUERIES = ['đồng hồ đo nước', 'dong ho do nuoc', 'taximet', 'kho khan vuong mac', 'khó khăn vướng mắc'];

export const PROFILES = {
  desktop: undefined,
  'slow-phone': { cpu: 4, latencyMs: 150, downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8 },
} as const;

function filesIn(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: path.slice(dir.length + 1), bytes: statSync(path).size };
    });
}

function indexSize(distDir: string): SearchIndexSize {
  const files = filesIn(join(distDir, 'pagefind'));
  const group = (test: (path: string) => boolean) => {
    const matching = files.filter((file) => test(file.path));
    return { count: matching.length, bytes: matching.reduce((sum, file) => sum + file.bytes, 0) };
  };
  return {
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    runtimeBytes: group((path) => !path.includes('/') || /^nam-\d{4}\/[^/]+$/.test(path)).bytes,
    summary: group((path) => path.startsWith('tom-tat/')),
    years: new Set(files.flatMap((file) => /^nam-\d{4}/.exec(file.path) ?? [])).size,
    indexChunks: group((path) => /^nam-\d{4}\/index\//.test(path)),
    fragments: group((path) => /^nam-\d{4}\/fragment\//.test(path)),
    filters: group((path) => /^nam-\d{4}\/filter\//.test(path)),
  };
}

/** What a request of the search page is, for the breakdown of a first query's bytes. */
function part(path: string): string {
  if (/^\/pagefind\/pagefind(-worker)?\.js$/.test(path)) return 'pagefind script';
  if (path.endsWith('.pagefind')) return 'pagefind wasm';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json') || path.endsWith(`/${WORD_CHUNKS_FILE}`)) return 'pagefind metadata';
  const chunk = /\/(index|fragment|filter)\/[^/]+$/.exec(path)?.[1];
  if (chunk && path.startsWith('/pagefind/')) return `${path.startsWith('/pagefind/tom-tat/') ? 'summary' : 'full-text'} ${chunk}`;
  if (path.endsWith('.js')) return 'our script';
  return 'page and css';
}

/**
 * What a phone's browser offers over HTTPS, as the site is served (Chromium
 * offers brotli only over HTTPS; the benchmark's nginx is plain HTTP on
 * 127.0.0.1, so each request is made here with this header instead).
 */
export const ACCEPT_ENCODING = 'br, gzip, deflate';

/** Bytes a response moved: its header lines (HTTP/1.1: every response repeats them) and its body as sent. */
function movedBytes(response: RawResponse): number {
  const headers = Object.entries(response.headers).reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
  return 'HTTP/1.1 200 OK\r\n'.length + headers + 2 + response.body.length;
}

/** The body as the browser hands it to the page: decoded. */
function decoded(response: RawResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  return response.body;
}

/** Set in every page: when the search page first reported on a query. */
const WATCH_RESULTS = `
  new MutationObserver((_, observer) => {
    const status = document.getElementById('trang-thai');
    if (status && /^(Tìm thấy|Không tìm thấy)/.test(status.textContent || '')) {
      window.__resultsAt = performance.now();
      window.__resultCount = document.querySelectorAll('#ket-qua > li').length;
      const scope = /trong (tiêu đề và tóm tắt|toàn văn)(?: các trang (năm \\S+))?/.exec(status.textContent || '');
      window.__scope = (scope && scope[1] === 'tiêu đề và tóm tắt' ? 'summary' : 'full') + (scope && scope[2] ? ', ' + scope[2] : '');
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

/** A request as the benchmark served it: what it is, its bytes as sent, and when it started and ended (ms, this process's clock). */
export interface ServedRequest {
  path: string;
  part: string;
  bytes: number;
  startedMs: number;
  endedMs: number;
}

/**
 * Opens a page in a fresh context with a cold cache, the search page's
 * watcher (WATCH_RESULTS) and the profile's throttling. Every request goes
 * through a route: made to nginx with ACCEPT_ENCODING, its bytes counted as
 * sent and, on the slow phone, delayed by the round trip, then by its bytes
 * coming down the profile's line, which the responses under way share
 * (phone-line.ts: until 30/11/2026 each had the line to itself, which
 * flattered the parallel preloads). CPU throttling
 * applies to the page's thread, where Pagefind runs too
 * (src/scripts/search/pagefind.ts). `replace` may answer a path with other
 * bytes (a script under test), compressed as nginx would send it.
 */
export async function openSearchPage(browser: Browser, profile: keyof typeof PROFILES, replace?: (path: string) => RawResponse | undefined) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(WATCH_RESULTS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const throttle = PROFILES[profile];
  if (throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
  const served: ServedRequest[] = [];
  const throttled = throttle ? { latencyMs: throttle.latencyMs, line: new PhoneLine(throttle.downloadBytesPerSecond) } : undefined;
  await context.route('**/*', async (route) => {
    const startedMs = performance.now();
    const path = new URL(route.request().url()).pathname;
    const response = replace?.(path) ?? (await get(route.request().url(), { 'accept-encoding': ACCEPT_ENCODING }));
    const bytes = movedBytes(response);
    const request: ServedRequest = { path, part: part(path), bytes, startedMs, endedMs: startedMs };
    served.push(request);
    if (throttled) {
      await new Promise((done) => setTimeout(done, Math.max(0, throttled.latencyMs - (performance.now() - startedMs))));
      await throttled.line.transfer(bytes);
    }
    request.endedMs = performance.now();
    const { 'content-encoding': _encoding, 'content-length': _length, ...headers } = response.headers;
    await route.fulfill({ status: response.status, headers, body: decoded(response) });
  });
  return { context, page, cdp, served };
}

async function runQuery(browser: Browser, base: string, query: string, profile: keyof typeof PROFILES): Promise<SearchQueryRun> {
  const { context, page, served: moved } = await openSearchPage(browser, profile);
  try {
    const read = () =>
      page.evaluate(() => {
        const watched = window as { __resultsAt?: number; __resultCount?: number; __scope?: string };
        return { at: watched.__resultsAt ?? 0, count: watched.__resultCount ?? 0, scope: watched.__scope ?? '' };
      });
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => (window as { __resultsAt?: number }).__resultsAt !== undefined, undefined, { timeout: 120_000 });
    const landed = await read();
    const firstQuery = [...moved];
    const firstQueryParts: Record<string, number> = {};
    for (const request of firstQuery) firstQueryParts[request.part] = (firstQueryParts[request.part] ?? 0) + request.bytes;

    await page.goto(`${base}/tim-kiem/`);
    await page.focus('#tu-khoa');
    const typedAt = await page.evaluate(() => performance.now());
    await page.fill('#tu-khoa', query);
    await page.waitForFunction(() => (window as { __resultsAt?: number }).__resultsAt !== undefined, undefined, { timeout: 120_000 });
    const typed = await read();

    return {
      query,
      profile,
      results: landed.count,
      scope: landed.scope,
      firstQueryBytes: firstQuery.reduce((sum, request) => sum + request.bytes, 0),
      firstQueryRequests: firstQuery.length,
      firstQueryParts,
      timeToFirstResultsMs: Math.round(landed.at),
      typingToResultsMs: Math.round(typed.at - typedAt),
    };
  } finally {
    await context.close();
  }
}

async function relevance(browser: Browser): Promise<SearchRelevance> {
  const { outDir } = await buildRelevanceSite();
  const server = await serveStatic(outDir);
  try {
    const report = await measureRelevance(browser, server.url, outDir);
    return {
      queries: report.queries.length,
      meanReciprocalRank: report.meanReciprocalRank,
      meanPrecisionAt3: report.meanPrecisionAt3,
      phraseFloorBroken: report.queries.filter((q) => q.aboveAPhrase.length > 0).map((q) => q.query),
      missed: report.queries.filter((q) => q.reciprocalRank < 1).map((q) => ({ query: q.query, firstResults: q.results.slice(0, 3) })),
    };
  } finally {
    await server.close();
  }
}

export async function measureSearch(distDir: string): Promise<SearchBench> {
  const index = indexSize(distDir);
  const started = performance.now();
  const files = precompress(distDir);
  const precompressed = { files, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) };
  const server = await serveWithNginx(distDir);
  const browser = await launchBrowser();
  try {
    const queries: SearchQueryRun[] = [];
    for (const profile of Object.keys(PROFILES) as (keyof typeof PROFILES)[]) {
      for (const query of QUERIES) queries.push(await runQuery(browser, server.url, query, profile));
    }
    return { index, precompress: precompressed, queries, relevance: await relevance(browser) };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/bench/search.ts <built site folder>');
  console.log(JSON.stringify(await measureSearch(dir), null, 2));
}
