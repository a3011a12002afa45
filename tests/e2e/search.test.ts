/**
 * Search on the real site's build, in headless Chromium: Vietnamese with and
 * without diacritics, exact matches first, filters, odd input, the URL, no
 * results, what is (not) indexed, lazy loading, keyboard and axe.
 * Expectations are computed from the built pages, so the tests follow the
 * content rather than hard-coding it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from '../support/axe.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage, type WatchedPage } from '../support/browser.ts';
import { htmlPages, pagePath, readPage } from '../support/dist.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { allResults } from '../support/search-relevance.ts';
import { normaliseQuery } from '../../src/lib/search/query.ts';
import { decodeEntities } from '../../src/lib/search/excerpt.ts';
import { fromIndexText } from '../../src/lib/search/encoding.ts';
import { SEARCH_TYPES } from '../../src/lib/search/facets.ts';
import { resultSummary } from '../../src/lib/search/messages.ts';
import { checkWordChunks, EARLY_CHUNK_BYTES, queryWordChunks, WORD_CHUNKS_FILE } from '../../src/lib/search/prefix-chunks.ts';

let dir: string;
let server: RunningServer;
let browser: Browser;
/** One search page shared by the tests that only type and choose filters (each resets what it changes). */
let shared: WatchedPage;
/** Item pages of the build (those marked for Pagefind): URL → main text and filter markers. */
const indexed = new Map<string, { text: string; filters: string[] }>();

beforeAll(async () => {
  dir = inject('siteDir');
  for (const file of htmlPages(dir)) {
    const main = readPage(dir, file).querySelector('main[data-pagefind-body]');
    if (!main) continue;
    const filters = [...main.querySelectorAll('[data-pagefind-filter]')].map((el) => el.getAttribute('data-pagefind-filter') ?? '');
    indexed.set(pagePath(file), { text: wordsOf(main), filters });
  }
  server = await serveStatic(dir);
  browser = await launchBrowser();
  shared = await openSearch();
});
afterAll(async () => {
  await shared?.page.close();
  await browser?.close();
  await server?.close();
});

/** An element's text with a space wherever a tag was, as a reader sees words (textContent runs "thoại" into the next cell). */
function wordsOf(element: Element | null | undefined): string {
  return decodeEntities((element?.innerHTML ?? '').replace(/<[^>]*>/g, ' ')).normalize('NFC');
}

/** Whether a page's text has this word as written (diacritics and all), in any case. */
function hasExactWord(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{M}])${word}(?=[^\\p{L}\\p{M}]|$)`, 'iu').test(text);
}

async function openSearch(query = ''): Promise<WatchedPage> {
  const watched = await openWatchedPage(browser);
  await watched.page.goto(`${server.url}/tim-kiem/${query}`);
  return watched;
}

/** Folded as Pagefind matches: no marks, "đ" → "d", lower case. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

/** Waits until the live region reports on `query` (the debounce and both passes are done). */
async function settled(page: Page, query: string): Promise<string> {
  const shown = normaliseQuery(query);
  await page.waitForFunction(
    (q) => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('trang-thai')?.textContent ?? '') && (document.getElementById('trang-thai')?.textContent ?? '').includes(`“${q}”`),
    shown,
  );
  return (await page.locator('#trang-thai').textContent()) ?? '';
}

/**
 * Every result of the full text: when titles and summaries answered
 * (src/lib/search/scope.ts), asks for the full text as a reader does.
 */
async function fullTextResults(page: Page): Promise<string[]> {
  if (await page.locator('#chi-tom-tat').isVisible()) {
    await page.click('#tim-toan-van');
    await page.waitForFunction(() => {
      const text = document.getElementById('trang-thai')?.textContent ?? '';
      return /^(Tìm thấy|Không tìm thấy)/.test(text) && !text.includes('tiêu đề và tóm tắt');
    });
  }
  return allResults(page);
}

/**
 * Types a query and submits it (so no search of the same words typed earlier
 * is still pending and brings titles and summaries back), and returns every
 * result URL of the full text, in order.
 */
async function searchFullText(page: Page, query: string): Promise<string[]> {
  await page.fill('#tu-khoa', query);
  await page.press('#tu-khoa', 'Enter');
  await settled(page, query);
  return fullTextResults(page);
}

/** Types a query into the search box and returns every result URL, in order ("Xem thêm" until all are shown). */
async function search(page: Page, query: string): Promise<string[]> {
  await page.fill('#tu-khoa', query);
  await settled(page, query);
  return allResults(page);
}


describe('Vietnamese with and without diacritics', () => {
  it.each([
    ['cân đồng hồ', 'can dong ho'],
    ['đo lường', 'do luong'],
    ['kiểm định', 'kiem dinh'],
  ])('"%s" and "%s" find the same pages', async (withMarks, without) => {
    const { page, errors } = shared;
    const a = await search(page, withMarks);
    const b = await search(page, without);
    expect(a.length).toBeGreaterThan(0);
    expect([...b].sort()).toEqual([...a].sort());
    // Every page found has every word, folded (what shows that "đ" folds too).
    for (const url of a) for (const word of without.split(' ')) expect(folded(indexed.get(url)?.text ?? ''), url).toContain(word);
    expect(errors).toEqual([]);
  });

  it('ranks pages with the exact diacritics first: "cân" before pages with only "căn", "cần" or "can"', async () => {
    const { page } = shared;
    const results = await search(page, 'cân');
    const exact = results.map((url) => hasExactWord(indexed.get(url)?.text ?? '', 'cân'));
    expect(exact.filter(Boolean).length, 'pages with "cân"').toBeGreaterThan(0);
    expect(exact.filter((e) => !e).length, 'pages with another form only').toBeGreaterThan(0);
    expect(exact).toEqual([...exact].sort((x, y) => Number(y) - Number(x)));
  });

  it('keeps "đo" and "do" apart in ranking: pages with "đo" lead for "đo"', async () => {
    const { page } = shared;
    const results = await search(page, 'đo');
    const exact = results.map((url) => hasExactWord(indexed.get(url)?.text ?? '', 'đo'));
    expect(exact[0]).toBe(true);
    expect(exact).toEqual([...exact].sort((x, y) => Number(y) - Number(x)));
  });

  it('shows title, type, date and an excerpt with the match highlighted', async () => {
    const { page } = shared;
    await search(page, 'can dong ho');
    const first = page.locator('#ket-qua > li').first();
    const href = (await first.locator('h2 a').getAttribute('href')) ?? '';
    const document = readPage(dir, `${href.slice(1)}index.html`);
    expect(await first.locator('h2 a').textContent()).toBe(document.querySelector('h1')?.textContent?.trim());
    const types = Object.values(SEARCH_TYPES).join('|');
    expect(await first.locator('.meta').textContent()).toMatch(new RegExp(`^(${types}) · (\\d{2}/\\d{2}/\\d{4}|tháng \\d{2}/\\d{4})$`));
    const marks = await first.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map(folded)).toContain('can dong ho');
    for (const mark of marks) for (const word of folded(mark).split(' ')) expect(['can', 'dong', 'ho'].some((query) => word.startsWith(query)), mark).toBe(true);
    expect(await page.locator('#ket-qua').textContent()).not.toContain('\u0369');
  });

  it('with marks, marks only that spelling where the excerpt shows it ("đo lường", not the "lượng" of "Chất lượng")', async () => {
    const { page } = shared;
    await search(page, 'đo lường');
    const excerpts = page.locator('#ket-qua > li > p:not(.meta)');
    let checked = 0;
    for (const excerpt of await excerpts.all()) {
      const text = ((await excerpt.textContent()) ?? '').toLowerCase();
      if (!text.includes('đo lường')) continue;
      checked += 1;
      const marks = (await excerpt.locator('mark').allTextContents()).flatMap((mark) => mark.toLowerCase().split(' '));
      expect(marks).toContain('lường');
      for (const word of marks) expect(['đo', 'lường'], text).toContain(word);
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('filters and the URL', () => {
  it.each([
    ['loc-loai', 'su-kien', 'type:su-kien'],
    ['loc-loai', 'ke-hoach', 'type:ke-hoach'],
    ['loc-chu-de', 'cho', 'tag:cho'],
  ])('%s=%s keeps only pages with that filter', async (select, value, marker) => {
    const { page } = shared;
    const unfiltered = await searchFullText(page, 'đo lường');
    await page.selectOption(`#${select}`, value);
    await page.waitForFunction((v) => location.search.includes(`=${v}`), value);
    await settled(page, 'đo lường');
    const filtered = await fullTextResults(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(unfiltered.length);
    for (const url of filtered) expect(indexed.get(url)?.filters, url).toContain(marker);
    const expected = unfiltered.filter((url) => indexed.get(url)?.filters.includes(marker));
    expect([...filtered].sort()).toEqual([...expected].sort());
    await page.selectOption(`#${select}`, '');
  });

  it('filters by year', async () => {
    const { page } = shared;
    const years = await page.$$eval('#loc-nam option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(years.length).toBeGreaterThan(0);
    const unfiltered = await searchFullText(page, 'đo lường');
    for (const year of years) {
      await page.selectOption('#loc-nam', year);
      await settled(page, 'đo lường');
      await page.waitForFunction((y) => location.search.includes(`nam=${y}`), year);
      const filtered = await fullTextResults(page);
      const expected = unfiltered.filter((url) => indexed.get(url)?.filters.includes(`year:${year}`));
      expect([...filtered].sort(), year).toEqual([...expected].sort());
    }
    await page.selectOption('#loc-nam', '');
  });

  it('runs the search in the URL on arrival (?q= and filters), with the form filled in', async () => {
    const { page, errors } = await openSearch('?q=can+dong+ho&loai=tin-tuc');
    await settled(page, 'can dong ho');
    expect(await page.inputValue('#tu-khoa')).toBe('can dong ho');
    expect(await page.inputValue('#loc-loai')).toBe('tin-tuc');
    const results = await allResults(page);
    expect(results.length).toBeGreaterThan(0);
    for (const url of results) expect(url).toMatch(/^\/tin-tuc\//);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps "Tìm trong toàn văn" in the URL (toan-van=1, then toan-van=tat-ca once the earlier years are searched), so reload and back show the same results', async () => {
    const { page, errors } = await openSearch('?q=%C4%91o+l%C6%B0%E1%BB%9Dng');
    await settled(page, 'đo lường');
    expect(await page.locator('#chi-tom-tat').isVisible()).toBe(true);
    const summary = await allResults(page);
    // Every result, the earlier years too when "Xem thêm" reaches them (the URL then says toan-van=tat-ca).
    const full = await fullTextResults(page);
    expect(new URL(page.url()).searchParams.get('toan-van')).toMatch(/^(1|tat-ca)$/);
    expect(full).not.toEqual(summary);
    await page.reload();
    expect(await settled(page, 'đo lường')).not.toContain('tiêu đề và tóm tắt');
    expect(await page.locator('#chi-tom-tat').isVisible()).toBe(false);
    expect(await allResults(page)).toEqual(full);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('toan-van'));
    await page.waitForFunction(() => (document.getElementById('trang-thai')?.textContent ?? '').includes('tiêu đề và tóm tắt'));
    expect(await allResults(page)).toEqual(summary);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes what is typed into the URL', async () => {
    const { page } = shared;
    await search(page, 'cân đồng hồ');
    expect(new URL(page.url()).searchParams.get('q')).toBe('cân đồng hồ');
  });
});

describe('no results and odd input', () => {
  it('says nothing was found and suggests what to try', async () => {
    const { page } = await openSearch('?q=xyzzyqwv+plugh&loai=su-kien');
    expect(await settled(page, 'xyzzyqwv plugh')).toBe(resultSummary(0, 'xyzzyqwv plugh'));
    expect(await page.locator('#khong-co-ket-qua').isVisible()).toBe(true);
    const hrefs = await page.$$eval('#goi-y a', (links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual(['/tim-kiem/?q=xyzzyqwv+plugh', '/tim-kiem/?q=xyzzyqwv&loai=su-kien', '/the/']);
    await page.close();
  });

  it.each([
    ['quotes', `"cân" 'đồng' “hồ”`],
    ['a script tag', '<script>window.__pwned = 1</script>'],
    ['an image with a handler', '<img src=x onerror="window.__pwned=1">'],
    ['500 characters', 'đo lường '.repeat(56).slice(0, 500)],
  ])('shows %s as text, safely', async (_name, query) => {
    const { page, errors } = shared;
    await page.fill('#tu-khoa', query);
    const status = await settled(page, query);
    expect(status).toContain(normaliseQuery(query));
    expect(await page.locator('#trang-thai *, #ket-qua script, #ket-qua img, #goi-y script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('stops a search once the reader types on: a query going year by year through the full text starts no more searches when a newer one begins', async () => {
    const { page, errors } = await openWatchedPage(browser);
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    const years = (await page.getAttribute('meta[name="search-years"]', 'content'))?.split(' ') ?? [];
    expect(years.length).toBeGreaterThan(1);
    /** A year's metadata: asked for when a search opens that year's index (its entry, the newest year's, came with the page). */
    const yearMeta = /^\/pagefind\/nam-(\d{4})\/pagefind\.[^/]+\.pf_meta$/;
    const requested: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (yearMeta.test(pathname)) requested.push(yearMeta.exec(pathname)![1]!);
    });
    // The newest year's index is held back: the first query opens it ahead while its summary stage runs, and waits for it once its full-text stage begins.
    let reached!: () => void;
    const held = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route((url) => yearMeta.exec(url.pathname)?.[1] === years[0], async (route) => {
      reached();
      await released;
      await route.continue();
    });
    // Syllables the site has, never as this phrase: titles and summaries do not answer it, and no year fills a page.
    await page.fill('#tu-khoa', 'taximet chợ nước kiểm định đo lường');
    await held;
    await page.fill('#tu-khoa', 'đo lường');
    // The newer search has begun (the page writes its query into the URL as it starts it), then the held index comes in.
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'đo lường');
    release();
    await settled(page, 'đo lường');
    expect(requested).toEqual([years[0]]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('what is indexed', () => {
  it('marks item pages only, never lists, tags, 404, search or admin pages', () => {
    const types = new Set([...indexed.values()].flatMap((page) => page.filters.filter((f) => f.startsWith('type:'))));
    // Every indexed page names one of the search types, and every section that has item pages is a search type
    // (a type may have no content yet: the real content seeds no Q&A).
    const sectionsWithItems = new Set([...indexed.keys()].map((url) => `type:${url.split('/')[1]}`));
    expect([...types].sort()).toEqual([...sectionsWithItems].sort());
    for (const type of types) expect(Object.keys(SEARCH_TYPES).map((name) => `type:${name}`)).toContain(type);
    const sections = Object.keys(SEARCH_TYPES).join('|');
    for (const url of indexed.keys()) {
      expect(url).toMatch(new RegExp(`^/(${sections})/[^/]+/$`));
      expect(url).not.toMatch(new RegExp(`^/(${sections})/\\d{1,3}/$`)); // list pagination (a plan's year has four digits)
    }
    for (const url of ['/', '/404.html', '/tin-tuc/', '/bai-viet/', '/su-kien/', '/ke-hoach/', '/the/', '/tim-kiem/']) expect(indexed.has(url), url).toBe(false);
  });

  it('keeps words apart across elements Pagefind does not know as blocks (dt, dd, th)', async () => {
    const { page } = shared;
    const cases = [...indexed.keys()].flatMap((url) => {
      const document = readPage(dir, `${url.slice(1)}index.html`);
      // The first term Pagefind indexes (dates and change notes are kept out of the index).
      const dt = [...document.querySelectorAll('main dl dt')].find((term) => !term.closest('[data-pagefind-ignore]'));
      const last = dt?.textContent?.trim().split(/\s+/).at(-1);
      const first = dt?.nextElementSibling?.textContent?.trim().split(/\s+/)[0];
      return last && first ? [{ url, last, first }] : [];
    });
    expect(cases.length).toBeGreaterThan(0);
    // What Pagefind stored for each page: its text, as excerpts are cut from it.
    // A string, so the test runner leaves its import() alone.
    // A year's index has no WebAssembly of its own: the summary's brings the module they share, so it is opened first.
    const stored = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.createInstance({ basePath: '/pagefind/tom-tat/', noWorker: true }).search('');
      const years = document.querySelector('meta[name="search-years"]').content.split(' ');
      const all = await Promise.all(years.map(async (year) => (await pagefind.createInstance({ basePath: '/pagefind/nam-' + year + '/', noWorker: true }).search(null, {})).results));
      return Promise.all(all.flat().map(async (result) => {
        const { url, content } = await result.data();
        return { url, content };
      }));
    })()`)) as { url: string; content: string }[];
    for (const { url, last, first } of cases) {
      const content = fromIndexText(stored.find((fragment) => fragment.url === url)?.content ?? '');
      expect(content, url).toContain(`${last} ${first}`);
    }
  });

  it('finds only item pages, and nothing for words that appear only in the header or footer', async () => {
    const { page } = shared;
    for (const query of ['đo lường', 'bắc giang', 'doanh nghiệp']) {
      for (const url of await search(page, query)) expect(indexed.has(url), `${query}: ${url}`).toBe(true);
    }
    const chrome = readPage(dir, 'index.html');
    const chromeText = `${wordsOf(chrome.querySelector('header'))} ${wordsOf(chrome.querySelector('footer'))}`;
    const chromeOnly = ['thoại', 'email', 'nhiệm', 'chủ'].filter((word) => hasExactWord(chromeText, word) && ![...indexed.values()].some((page) => hasExactWord(page.text, word)));
    expect(chromeOnly.length).toBeGreaterThan(0);
    for (const word of chromeOnly) expect(await search(page, word), word).toEqual([]);
  });
});

describe('light and accessible', () => {
  it('loads nothing of search on content pages; the header box leads to /tim-kiem/?q=', async () => {
    const { page } = await openWatchedPage(browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.focus('#tim-kiem-nhanh');
    await page.fill('#tim-kiem-nhanh', 'cân đồng hồ');
    expect(requests.filter((url) => url.includes('/pagefind/') || url.endsWith('.js'))).toEqual([]);
    await page.press('#tim-kiem-nhanh', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('cân đồng hồ');
    await settled(page, 'cân đồng hồ');
    expect(await page.locator('#ket-qua > li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('works as a plain form without JavaScript: the header box leads to /tim-kiem/?q=, which says what to do instead', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/tin-tuc/`);
    await page.fill('#tim-kiem-nhanh', 'can dong ho');
    await page.press('#tim-kiem-nhanh', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=can\+dong\+ho$/);
    expect(await page.locator('main').textContent()).toContain('đang tắt JavaScript');
    expect(await page.locator('main a[href="/the/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it("on /tim-kiem/, fetches the summary index's start-up files (its list of word chunks among them) with the page, once each, the query's chunks ahead of Pagefind, the fragments of the results shown, and of the full text only the newest year's start-up files and its light chunks of the query until a search needs more", async () => {
    const { page, errors } = await openWatchedPage(browser);
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/pagefind/')) requests.push(`${url.pathname}${url.search}`);
    });
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    const tag = await page.getAttribute('link[data-search-cache-tag][href^="/pagefind/tom-tat/"]', 'data-search-cache-tag');
    expect(tag).toMatch(/^vi_[0-9a-f]+$/);
    const years = (await page.getAttribute('meta[name="search-years"]', 'content'))?.split(' ') ?? [];
    expect(years.length).toBeGreaterThan(0);
    const newest = `/pagefind/nam-${years[0]}/`;
    const yearTag = await page.getAttribute(`link[data-search-cache-tag][href^="${newest}"]`, 'data-search-cache-tag');
    expect(yearTag).toMatch(/^vi_[0-9a-f]+$/);
    expect([...requests].sort()).toEqual(['/pagefind/pagefind.js', `/pagefind/tom-tat/pagefind-entry.json?ts=${tag}`, `/pagefind/tom-tat/pagefind.${tag}.pf_meta`, '/pagefind/tom-tat/wasm.unknown.pagefind', '/pagefind/tom-tat/word-chunks.json', `${newest}pagefind-entry.json?ts=${yearTag}`].sort());
    await search(page, 'đo lường');
    expect(await page.locator('#chi-tom-tat').isVisible()).toBe(true);
    const twice = () => requests.filter((request, i) => requests.indexOf(request) !== i);
    expect(twice()).toEqual([]);
    // The summary's chunks were asked for by the page (a preload link each), ahead of Pagefind, whose own fetch took them: each came once.
    const preloaded = await page.$$eval('link[rel="preload"][href*="/index/"]', (links) => links.map((link) => link.getAttribute('href')));
    const summaryChunks = requests.filter((request) => request.startsWith('/pagefind/tom-tat/index/'));
    expect(summaryChunks.length).toBeGreaterThan(0);
    expect(preloaded).toEqual(expect.arrayContaining(summaryChunks));
    // And no more than Pagefind loads by itself: the same search with no list of chunks to read (the page then preloads nothing).
    const { page: unaided } = await openWatchedPage(browser);
    await unaided.route('**/word-chunks.json', (route) => route.fulfill({ status: 404 }));
    const unaidedRequests: string[] = [];
    unaided.on('request', (request) => unaidedRequests.push(new URL(request.url()).pathname));
    await unaided.goto(`${server.url}/tim-kiem/`);
    await search(unaided, 'đo lường');
    expect(await unaided.locator('link[rel="preload"][href*="/index/"]').count()).toBe(0);
    expect(unaidedRequests.filter((request) => request.startsWith('/pagefind/tom-tat/index/')).sort()).toEqual([...summaryChunks].sort());
    await unaided.close();
    // Of the full text, the newest year's start-up files (opened while the summary is searched: scope.ts, its entry and metadata preloaded) and,
    // the query's words weighing at most EARLY_CHUNK_BYTES there, their chunks (src/lib/search/prefix-chunks.ts); no other.
    const yearChunks = JSON.parse(readFileSync(join(dir, newest, WORD_CHUNKS_FILE), 'utf8')) as unknown;
    checkWordChunks(yearChunks, newest);
    const early = queryWordChunks(yearChunks, 'do luong', '');
    expect(early.reduce((sum, [, bytes]) => sum + bytes, 0)).toBeLessThanOrEqual(EARLY_CHUNK_BYTES);
    const fullText = () => requests.filter((request) => !request.startsWith('/pagefind/tom-tat/') && request !== '/pagefind/pagefind.js');
    // Its WebAssembly is asked for once its entry is in, which may come after the results.
    await expect.poll(() => fullText().map((request) => request.replace(/\?.*$/, '')).sort(), { timeout: 30_000 }).toEqual(
      [`${newest}pagefind.${yearTag}.pf_meta`, `${newest}pagefind-entry.json`, `${newest}wasm.unknown.pagefind`, `${newest}${WORD_CHUNKS_FILE}`, ...early.map(([, , hash]) => `${newest}index/${hash}.pf_index`)].sort(),
    );
    expect(twice()).toEqual([]);
    // Fragments of the results shown only (the page fetches a first page's while the exact-diacritics passes run).
    expect(requests.filter((request) => request.startsWith('/pagefind/tom-tat/fragment/')).length).toBe(await page.locator('#ket-qua > li').count());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('announces the count in a live region and moves through results with the arrow keys', async () => {
    const { page } = shared;
    await search(page, 'đo lường');
    expect(await page.getAttribute('#trang-thai', 'role')).toBe('status');
    expect(await page.locator('#trang-thai').textContent()).toMatch(/^Tìm thấy \d+ kết quả (trong tiêu đề và tóm tắt )?cho “đo lường” \(có dấu/);
    expect(await page.locator('label[for="tu-khoa"]').textContent()).toBe('Từ khóa');
    const links = await page.$$eval('#ket-qua h2 a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(1);
    await page.focus('#tu-khoa');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tu-khoa');
  });

  it('has no axe violations with results and with none', async () => {
    for (const query of ['?q=can+dong+ho', '?q=xyzzyqwv']) {
      const { page } = await openSearch(query);
      await settled(page, query.slice(3).replace(/\+/g, ' '));
      expect(await axeViolations(page), query).toEqual([]);
      await page.close();
    }
  });

  it('ran every search on the shared page without a console error or a failed request', () => {
    expect(shared.errors).toEqual([]);
    expect(shared.failedRequests).toEqual([]);
  });
});
