/**
 * Search benchmark (issue 7), called by scripts/bench/run.ts for `npm run bench`.
 *
 *   measureSearch(distDir: string): Promise<SearchBench>
 *
 * Given a built site folder (with the pagefind/ bundle the build writes), it
 * reports the index size by part, then serves the folder on 127.0.0.1 and, in
 * headless Chromium with a cold cache for every query, lands on
 * /tim-kiem/?q=… and records the bytes that first query transfers and the time
 * until the first results are on screen; then, on /tim-kiem/ without a query,
 * the time from typing to results. Each query runs on a desktop profile and a
 * slow-phone profile (CPU ×4, 1.6 Mbit/s down, 150 ms round trip: Lighthouse's
 * mobile throttling; see runQuery for what each applies to). Bytes are as sent by a static server without HTTP
 * compression; Pagefind's index files are gzipped already.
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
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { buildRelevanceSite, measureRelevance } from '../../tests/support/search-relevance.ts';

export interface SearchIndexSize {
  totalBytes: number;
  /** pagefind.js, its worker, the WebAssembly and the entry file: fetched once, whatever the site's size. */
  runtimeBytes: number;
  /** Word index chunks (pagefind/index/): a query fetches the few its words fall in. */
  indexChunks: { count: number; bytes: number };
  /** One fragment per page (pagefind/fragment/): a result's title, excerpt text and meta, fetched per result shown. */
  fragments: { count: number; bytes: number };
  /** Filter value lists (pagefind/filter/). */
  filters: { count: number; bytes: number };
}

export interface SearchQueryRun {
  query: string;
  profile: 'desktop' | 'slow-phone';
  results: number;
  /** Bytes of Pagefind files and our script fetched to show the first results (cold cache). */
  firstQueryBytes: number;
  firstQueryRequests: number;
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
  queries: SearchQueryRun[];
  relevance: SearchRelevance;
}

/** With diacritics, the same without, and a rare word: Vietnamese from the benchmark corpus (corpus.ts). */
const QUERIES = ['đồng hồ đo nước', 'dong ho do nuoc', 'taximet'];

const PROFILES = {
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
    runtimeBytes: group((path) => !path.includes('/')).bytes,
    indexChunks: group((path) => path.startsWith('index/')),
    fragments: group((path) => path.startsWith('fragment/')),
    filters: group((path) => path.startsWith('filter/')),
  };
}

/** Set in every page: when the search page first reported on a query. */
const WATCH_RESULTS = `
  new MutationObserver((_, observer) => {
    const status = document.getElementById('trang-thai');
    if (status && /^(Tìm thấy|Không tìm thấy)/.test(status.textContent || '')) {
      window.__resultsAt = performance.now();
      window.__resultCount = document.querySelectorAll('#ket-qua > li').length;
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

async function runQuery(browser: Browser, base: string, query: string, profile: keyof typeof PROFILES): Promise<SearchQueryRun> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_RESULTS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const throttle = PROFILES[profile];
    if (throttle) {
      // CPU: the page's main thread (our script, rendering); Chromium does not
      // throttle the Pagefind worker this way. Network: every request, the
      // worker's included, delayed by the round trip and its size at the
      // profile's bandwidth (each request as if alone on the line).
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
      await context.route('**/*', async (route) => {
        const started = performance.now();
        const response = await route.fetch();
        const body = await response.body();
        const due = throttle.latencyMs + (body.length / throttle.downloadBytesPerSecond) * 1000;
        await new Promise((done) => setTimeout(done, Math.max(0, due - (performance.now() - started))));
        await route.fulfill({ response, body });
      });
    }
    // Pagefind fetches from a Web Worker: Playwright's network events include
    // its requests, the page's CDP session does not.
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/') || path.endsWith('.js')) sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize));
    });
    const transferred = async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);

    const read = () => page.evaluate(() => ({ at: (window as { __resultsAt?: number }).__resultsAt ?? 0, count: (window as { __resultCount?: number }).__resultCount ?? 0 }));
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => (window as { __resultsAt?: number }).__resultsAt !== undefined, undefined, { timeout: 120_000 });
    const landed = await read();
    const firstQueryBytes = await transferred();
    const firstQueryRequests = sizes.length;

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
      firstQueryBytes,
      firstQueryRequests,
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
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const queries: SearchQueryRun[] = [];
    for (const profile of Object.keys(PROFILES) as (keyof typeof PROFILES)[]) {
      for (const query of QUERIES) queries.push(await runQuery(browser, server.url, query, profile));
    }
    return { index, queries, relevance: await relevance(browser) };
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
