/**
 * Search relevance on the fixture corpus (tests/fixtures/search-relevance/),
 * built once: the relevance set's floor (mean reciprocal rank ≥ 0.9; for a
 * query of several syllables, no page without the phrase above one with it),
 * and what a reader sees for "can dong ho" and "cân đồng hồ": the pages with
 * the phrase first, excerpts that show it and start at a word boundary, no
 * empty metadata; the summary index answering first, saying so, and the full
 * text on request, year by year newest first (src/lib/search/scope.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { allResults, buildRelevanceSite, hasPhrase, indexedTokens, measureRelevance, resultOrder, type RelevanceReport } from '../support/search-relevance.ts';
import { RELEVANCE_QUERIES } from '../fixtures/search-relevance/queries.ts';
import { foldMarks } from '../../src/lib/search/encoding.ts';
import { querySyllables } from '../../src/lib/search/query.ts';
import { earlierYearsNotice, resultSummary, summaryNotice } from '../../src/lib/search/messages.ts';
import { indexedYear } from '../../src/lib/search/index-html.ts';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { checkWordChunks, lastSyllablePrefix, prefixChunkProbes, type WordChunk } from '../../src/lib/search/prefix-chunks.ts';

let dir: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
let report: RelevanceReport;
let tokens: Map<string, string[]>;

beforeAll(async () => {
  dir = (await buildRelevanceSite()).outDir;
  server = await serveStatic(dir);
  browser = await launchBrowser();
  report = await measureRelevance(browser, server.url, dir);
  tokens = indexedTokens(dir);
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the relevance set', () => {
  it('has at least 40 queries: with and without marks, upper case, one syllable, figures, document numbers', () => {
    const queries = RELEVANCE_QUERIES.map((entry) => entry.query);
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(queries.filter((q) => foldMarks(q) === q).length).toBeGreaterThan(10);
    expect(queries.filter((q) => foldMarks(q) !== q.toLowerCase()).length).toBeGreaterThan(10);
    expect(queries.some((q) => q === q.toUpperCase() && /\p{L}/u.test(q))).toBe(true);
    expect(queries.some((q) => querySyllables(q).length === 1)).toBe(true);
    expect(queries).toEqual(expect.arrayContaining(['1.977', '409/KH-UBND']));
    for (const entry of RELEVANCE_QUERIES) for (const url of entry.expected) expect(tokens.has(url), `${entry.query}: ${url}`).toBe(true);
  });

  it('finds what is meant first: mean reciprocal rank at least 0.9', () => {
    const missed = report.queries.filter((q) => q.reciprocalRank < 1).map((q) => `${q.query}: ${q.results.slice(0, 3).join(' ')}`);
    expect(report.meanReciprocalRank, missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('never lists a page without the phrase above one with it, for queries of several syllables', () => {
    const broken = report.queries.filter((q) => q.aboveAPhrase.length > 0).map((q) => `${q.query}: ${q.aboveAPhrase.join(' ')}`);
    expect(broken).toEqual([]);
  });
});

describe('what a reader sees', () => {
  it.each(['can dong ho', 'cân đồng hồ'])('"%s": the pages with the phrase first, then those with the syllables apart', async (query) => {
    const results = await resultOrder(page, server.url, query);
    const phrase = results.map((url) => hasPhrase(tokens.get(url) ?? [], query));
    expect(phrase.filter(Boolean).length).toBeGreaterThan(1);
    expect(phrase.filter((has) => !has).length, 'pages with the syllables apart are listed too').toBeGreaterThan(0);
    expect(phrase).toEqual([...phrase].sort((a, b) => Number(b) - Number(a)));
  });

  it('shows the phrase in the excerpt of every page that has it, from a word boundary', async () => {
    const results = await resultOrder(page, server.url, 'can dong ho');
    const items = await page.$$eval('#ket-qua > li', (lis) =>
      lis.map((li) => ({ href: li.querySelector('h2 a')?.getAttribute('href') ?? '', excerpt: li.querySelector('p:not(.meta)')?.textContent ?? '', marks: [...li.querySelectorAll('mark')].map((mark) => mark.textContent ?? '') })),
    );
    expect(items.map((item) => item.href)).toEqual(results);
    for (const item of items.filter((entry) => hasPhrase(tokens.get(entry.href) ?? [], 'can dong ho'))) {
      expect(item.marks.map(foldMarks), item.href).toContain('can dong ho');
      // The first word is a word of the page (not cut), or the excerpt says it starts mid-text.
      const first = item.excerpt.split(' ')[0] ?? '';
      expect(first === '…' || (tokens.get(item.href) ?? []).includes(foldMarks(first.replace(/[^\p{L}\p{N}]+$/u, ''))), `${item.href}: ${item.excerpt}`).toBe(true);
    }
  });

  it('never shows an empty metadata line or a dangling separator', async () => {
    for (const query of ['đo lường', 'cân']) {
      await resultOrder(page, server.url, query);
      const lines = await page.$$eval('#ket-qua .meta', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line, query).toMatch(/^(?!\s*·)(?!.*·\s*$).*\S/u);
      expect(await page.locator('#ket-qua').textContent()).not.toMatch(/Đăng ngày\s*(·|$)/u);
    }
  });

  it('says what was searched: with or without marks', async () => {
    await resultOrder(page, server.url, 'can dong ho');
    expect(await page.locator('#trang-thai').textContent()).toMatch(/^Tìm thấy \d+ kết quả cho “can dong ho” \(không dấu: tìm cả chữ có dấu\)\.$/u);
    await resultOrder(page, server.url, 'cân đồng hồ');
    expect(await page.locator('#trang-thai').textContent()).toMatch(/^Tìm thấy \d+ kết quả cho “cân đồng hồ” \(có dấu: đúng dấu xếp trước/u);
  });
});

describe('titles and summaries first, the full text on request', () => {
  /** A query whose phrase is in the title or lead of more than a page of results (ten) of the fixture corpus. */
  const COMMON = 'đo lường';

  it('answers a common phrase from titles and summaries, says so, and offers the full text', async () => {
    const summary = await resultOrder(page, server.url, COMMON);
    expect(summary.length).toBeGreaterThanOrEqual(10);
    expect(await page.locator('#trang-thai').textContent()).toBe(resultSummary(summary.length, COMMON, { scope: 'summary', years: [], earlierYears: [] }));
    await expect.poll(() => page.locator('#chi-tom-tat').isVisible()).toBe(true);
    expect(await page.locator('#chi-tom-tat').textContent()).toContain('tiêu đề và tóm tắt');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#tim-toan-van').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((text) => document.getElementById('trang-thai')?.textContent?.startsWith(text), `Tìm thấy`);
    await page.waitForFunction(() => !document.getElementById('trang-thai')?.textContent?.includes('tiêu đề và tóm tắt'));
    const full = await page.$$eval('#ket-qua h2 a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(await page.locator('#chi-tom-tat').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('#ket-qua') !== null), 'focus moves to the first result').toBe(true);
    const total = Number((await page.locator('#trang-thai').textContent())?.match(/Tìm thấy ([\d.]+)/)?.[1]?.replace(/\./g, ''));
    expect(total).toBeGreaterThanOrEqual(summary.length);
    expect(full.length).toBeGreaterThan(0);
  });

  it('lists from titles and summaries only pages with the phrase', async () => {
    const summary = await resultOrder(page, server.url, COMMON);
    for (const url of summary) expect(hasPhrase(tokens.get(url) ?? [], COMMON), url).toBe(true);
  });

  it('searches the full text at once when titles and summaries give less than a page', async () => {
    const results = await resultOrder(page, server.url, '409/KH-UBND');
    expect(results.length).toBeGreaterThan(0);
    expect(await page.locator('#trang-thai').textContent()).toBe(resultSummary(results.length, '409/KH-UBND'));
    expect(await page.locator('#chi-tom-tat').isVisible()).toBe(false);
  });
});

describe('the full text year by year, newest first', () => {
  /** The fixture corpus's years: most pages in 2026, then 2022, 2021 and 2019 (its plan and documents). */
  const YEARS = ['2026', '2022', '2021', '2019'];
  /** In the full text of more than ten 2026 pages, in the titles and leads of fewer. */
  const RECENT = 'kiểm định';

  /** Pagefind requests of a page (fragments aside), from now on. */
  function pagefindRequests(watched: Page): string[] {
    const requests: string[] = [];
    watched.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/') && !path.includes('/fragment/')) requests.push(path);
    });
    return requests;
  }
  /** The years whose index a search opened (the newest year's entry comes with the page: preload.ts). */
  const yearsAsked = (requests: readonly string[]) => [...new Set(requests.flatMap((path) => (path.endsWith('/pagefind-entry.json') ? [] : (/^\/pagefind\/nam-(\d{4})\//.exec(path)?.[1] ?? []))))];
  const status = () => page.locator('#trang-thai').textContent();
  const shownUrls = () => page.$$eval('#ket-qua h2 a', (links) => links.map((link) => link.getAttribute('href') ?? ''));

  it('searches the newest year, stops when it holds a page of pages with the phrase, lists only those, and says which years', async () => {
    const requests = pagefindRequests(page);
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(RECENT)}`);
    await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('trang-thai')?.textContent ?? ''));
    expect(await status(), 'titles and summaries do not fill a page, so the full text is searched at once').not.toContain('tiêu đề và tóm tắt');
    expect(yearsAsked(requests)).toEqual(['2026']);
    const firstPage = await shownUrls();
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(RECENT)}&toan-van=1`);
    await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('trang-thai')?.textContent ?? ''));
    expect(await shownUrls(), 'the same with the full text asked for').toEqual(firstPage);
    expect(yearsAsked(requests)).toEqual(['2026']);
    const searched = { scope: 'full', years: ['2026'], earlierYears: YEARS.slice(1) } as const;
    expect(await page.locator('#nam-truoc').isVisible()).toBe(true);
    expect(await page.locator('#nam-truoc-chu').textContent()).toBe(earlierYearsNotice(searched));
    expect(await page.locator('#tim-nam-truoc').textContent()).toBe('Tìm cả các năm trước');
    const count = Number((await status())?.match(/Tìm thấy (\d+)/)?.[1]);
    expect(await status()).toBe(resultSummary(count, RECENT, searched));
    expect(count).toBeGreaterThanOrEqual(10);
    expect(await axeViolations(page)).toEqual([]);
    // "Xem thêm": the rest of 2026's pages with the phrase, then the earlier years, never a year skipped.
    while ((await page.locator('#xem-them').textContent()) === 'Xem thêm kết quả') {
      const before = await page.locator('#ket-qua > li').count();
      await page.click('#xem-them');
      await page.waitForFunction((n) => document.querySelectorAll('#ket-qua > li').length > n, before);
    }
    const all2026 = await shownUrls();
    expect(all2026.length).toBe(count);
    for (const url of all2026) expect(hasPhrase(tokens.get(url) ?? [], RECENT), url).toBe(true);
    expect(await page.locator('#xem-them').textContent()).toBe('Xem thêm kết quả (tìm cả các năm trước)');
    await page.click('#xem-them');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('toan-van') === 'tat-ca');
    await page.waitForFunction(() => !/trong toàn văn các trang|Đang tìm/.test(document.getElementById('trang-thai')?.textContent ?? ''));
    expect(yearsAsked(requests)).toEqual(YEARS);
    expect(await page.locator('#nam-truoc').isVisible()).toBe(false);
    const extended = await shownUrls();
    expect(extended.length).toBeGreaterThan(count);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(all2026, 'focus on the first result not listed before').not.toContain(focused);
    expect(extended).toContain(focused);
  });

  it('"Tìm cả các năm trước" searches every year, keeps it in the URL and moves focus to the first result', async () => {
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(RECENT)}&toan-van=1`);
    await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('trang-thai')?.textContent ?? ''));
    await page.locator('#tim-nam-truoc').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('toan-van') === 'tat-ca');
    await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('trang-thai')?.textContent ?? '') && !(document.getElementById('trang-thai')?.textContent ?? '').includes('trong toàn văn các trang'));
    const first = (await shownUrls())[0];
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    expect(await page.locator('#nam-truoc').isVisible()).toBe(false);
    const every = await allResults(page);
    await page.reload();
    await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('trang-thai')?.textContent ?? ''));
    expect(await allResults(page), 'reload shows the same').toEqual(every);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('toan-van') === '1');
    await page.waitForFunction(() => (document.getElementById('trang-thai')?.textContent ?? '').includes('trong toàn văn các trang năm 2026'));
  });

  it('goes on to the next year when the newest does not fill a page', async () => {
    const requests = pagefindRequests(page);
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('đo lường')}&toan-van=1`);
    await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('trang-thai')?.textContent ?? ''));
    expect(yearsAsked(requests)).toEqual(['2026', '2022']);
    expect(await page.locator('#nam-truoc-chu').textContent()).toBe(earlierYearsNotice({ scope: 'full', years: ['2026', '2022'], earlierYears: ['2021', '2019'] }));
  });

  it('takes a half-typed last syllable as the start of a word in each year, so it stops at the newest year that fills a page', async () => {
    // "kiem di": no page has "di" as a whole word after "kiem", so the phrase alone would go through every year.
    const requests = pagefindRequests(page);
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('kiem di')}`);
    await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('trang-thai')?.textContent ?? ''));
    expect(yearsAsked(requests)).toEqual(['2026']);
    expect(await page.locator('#nam-truoc-chu').textContent()).toBe(earlierYearsNotice({ scope: 'full', years: ['2026'], earlierYears: YEARS.slice(1), halfTyped: true }));
    const listed = await shownUrls();
    expect(listed.length).toBe(10);
    for (const url of listed) expect(hasPhrase(tokens.get(url) ?? [], 'kiem di'), url).toBe(true);
  });

  it('matches a half-typed last syllable with every word it starts, though those words are in a later word chunk than the syllable and the words before it', async () => {
    // "kiem t": Pagefind alone loads the chunks whose bounds hold "kiem" and "t", and "tra" ("kiểm tra") is in a later one (src/lib/search/prefix-chunks.ts).
    const starts = (JSON.parse(readFileSync(join(dir, 'pagefind/nam-2026/word-chunks.json'), 'utf8')) as WordChunk[]).map(([start]) => start);
    const chunkOf = (word: string) => starts.filter((start) => start <= word).length;
    expect([chunkOf('kiem'), chunkOf('t')].every((chunk) => chunk < chunkOf('tra')), `2026's chunk starts: ${starts.join(' ')}`).toBe(true);
    const withPhrase = [...tokens].filter(([, pageTokens]) => hasPhrase(pageTokens, 'kiem t')).map(([url]) => url);
    expect(withPhrase.length).toBeGreaterThan(0);
    const requests = pagefindRequests(page);
    const results = await resultOrder(page, server.url, 'kiem t');
    expect(requests.some((path) => path.startsWith('/pagefind/nam-2026/index/')), 'the 2026 full text was searched').toBe(true);
    expect(new Set(results.slice(0, withPhrase.length))).toEqual(new Set(withPhrase));
  });

  it('with a year chosen (nam=), searches that year’s full text only, and all of it', async () => {
    const requests = pagefindRequests(page);
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent('đo lường')}&nam=2022&toan-van=1`);
    await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('trang-thai')?.textContent ?? ''));
    expect(yearsAsked(requests)).toEqual(['2022']);
    expect(await status()).not.toContain('trong toàn văn các trang');
    expect(await page.locator('#nam-truoc').isVisible()).toBe(false);
    const results = await allResults(page);
    expect(results.length).toBeGreaterThan(0);
  });

  it('downloads Pagefind’s WebAssembly once for a first full-text query, and titles and summaries still answer right after it', async () => {
    const fresh = await (await browser.newContext()).newPage();
    // A slow line for the summary's WebAssembly: a year's index, whose file is only Pagefind's marker, must wait for it.
    await fresh.route('**/pagefind/tom-tat/wasm.*', async (route) => {
      await new Promise((slowLine) => setTimeout(slowLine, 1000));
      await route.continue();
    });
    const wasm: { path: string; bytes: number }[] = [];
    fresh.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.pagefind')) wasm.push({ path, bytes: (await response.body()).length });
    });
    const full = await resultOrder(fresh, server.url, '409/KH-UBND');
    expect(full.length).toBeGreaterThan(0);
    expect(await fresh.locator('#trang-thai').textContent()).not.toContain('tiêu đề và tóm tắt');
    await expect.poll(() => wasm.length).toBe(1 + YEARS.length);
    const real = wasm.filter((file) => file.bytes > 'pagefind_dcd'.length);
    expect(real.map((file) => file.path)).toEqual(['/pagefind/tom-tat/wasm.unknown.pagefind']);
    expect(real[0]!.bytes).toBeGreaterThan(10_000);
    // A second query on the same page, answered by titles and summaries, as on a page of its own.
    await fresh.fill('#tu-khoa', 'đo lường');
    await fresh.waitForFunction(() => (document.getElementById('trang-thai')?.textContent ?? '').includes('“đo lường”'));
    expect(await fresh.locator('#trang-thai').textContent()).toContain('tiêu đề và tóm tắt');
    const after = await allResults(fresh);
    expect(after).toEqual(await resultOrder(page, server.url, 'đo lường'));
    await fresh.context().close();
  });
});

describe('titles and summaries of the newest years only (a larger site)', () => {
  /** The same build indexed again with a summary of 2026 and 2022 only, as a site of more than 2,000 items gets one of its newest years (scope.ts, summaryYears). */
  let copy: string;
  let newest: RunningServer;
  const HELD = ['2026', '2022'];
  const yearOf = (url: string) => indexedYear(readFileSync(join(dir, url, 'index.html'), 'utf8'), url);

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'search-summary-years-'));
    cpSync(dir, copy, { recursive: true });
    const newestPages = [...tokens.keys()].filter((url) => yearOf(url) === '2026').length;
    // The day the fixture was built for (buildRelevanceSite), which decides where later-dated pages go.
    vi.stubEnv('BUILD_DATE', '2026-11-29');
    await indexSite(copy, { services: 1, summaryMinPages: newestPages + 1 }).finally(() => vi.unstubAllEnvs());
    newest = await serveStatic(copy);
  }, 120_000);
  afterAll(async () => {
    await newest?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('says which years it searched and what is not listed yet, lists only their pages, and the full text goes on from them', async () => {
    const query = 'đo lường';
    const whole = await resultOrder(page, server.url, query);
    const listed = await resultOrder(page, newest.url, query);
    expect(await page.getAttribute('meta[name="search-summary-years"]', 'content')).toBe(HELD.join(' '));
    const searched = { scope: 'summary', years: HELD, earlierYears: ['2021', '2019'] } as const;
    expect(await page.locator('#trang-thai').textContent()).toBe(resultSummary(listed.length, query, searched));
    expect(await page.locator('#chi-tom-tat-chu').textContent()).toBe(summaryNotice(searched));
    expect(listed.length).toBeGreaterThanOrEqual(10);
    for (const url of listed) expect(HELD, url).toContain(yearOf(url));
    // As sets: Pagefind's scores weigh a word by how rare it is in the index searched, which is smaller here.
    expect([...listed].sort(), 'the whole summary’s pages, less those of the years it does not hold').toEqual(whole.filter((url) => HELD.includes(yearOf(url))).sort());
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#tim-toan-van').click();
    await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('trang-thai')?.textContent ?? '') && !(document.getElementById('trang-thai')?.textContent ?? '').includes('tiêu đề và tóm tắt'));
    expect(new URL(page.url()).origin).toBe(newest.url);
    expect(new URL(page.url()).searchParams.get('toan-van')).toBe('1');
    expect(await page.locator('#chi-tom-tat').isVisible()).toBe(false);
    const fullText = await allResults(page);
    expect(fullText.length, 'the full text lists pages the summary did not').toBeGreaterThan(listed.length);
  });

  it('with a year it does not hold chosen (nam=2021), searches that year’s full text at once', async () => {
    const chunks: string[] = [];
    const watch = (request: { url: () => string }) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/tom-tat/index/')) chunks.push(path);
    };
    page.on('request', watch);
    await page.goto(`${newest.url}/tim-kiem/?q=${encodeURIComponent('đo lường')}&nam=2021`);
    await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('trang-thai')?.textContent ?? ''));
    page.off('request', watch);
    expect(await page.locator('#trang-thai').textContent()).not.toContain('tiêu đề và tóm tắt');
    expect(chunks, 'no word chunk of the summary').toEqual([]);
  });
});

describe('word chunks as small as a large site’s', () => {
  /**
   * The same build indexed again twice: with word chunks of 40 locations
   * rather than INDEX_CHUNK_LOCATIONS, so that the fixture's indexes split the
   * alphabet as finely as the 10,000-item benchmark's do (a common word alone
   * in its chunk, a half-typed syllable's words over several chunks:
   * src/lib/search/prefix-chunks.ts); and in one chunk each, where Pagefind
   * has every word loaded with the first and nothing depends on which chunks
   * the page asks for. The fixture's chunks are tiny, so PREFIX_CHUNK_BYTES is
   * never reached here: its unit tests hold it.
   */
  let fineCopy: string;
  let wholeCopy: string;
  let fine: RunningServer;
  let whole: RunningServer;
  const chunksOf = (copy: string, bundle: string): WordChunk[] => {
    const file = join(copy, 'pagefind', bundle, 'word-chunks.json');
    const chunks: unknown = JSON.parse(readFileSync(file, 'utf8'));
    checkWordChunks(chunks, file);
    return chunks;
  };

  beforeAll(async () => {
    fineCopy = mkdtempSync(join(tmpdir(), 'search-fine-chunks-'));
    wholeCopy = mkdtempSync(join(tmpdir(), 'search-one-chunk-'));
    cpSync(dir, fineCopy, { recursive: true });
    cpSync(dir, wholeCopy, { recursive: true });
    vi.stubEnv('BUILD_DATE', '2026-11-29');
    try {
      await indexSite(fineCopy, { services: 1, chunkLocations: 40 });
      await indexSite(wholeCopy, { services: 1, chunkLocations: 1e9 });
    } finally {
      vi.unstubAllEnvs();
    }
    fine = await serveStatic(fineCopy);
    whole = await serveStatic(wholeCopy);
  }, 180_000);
  afterAll(async () => {
    await fine?.close();
    await whole?.close();
    for (const copy of [fineCopy, wholeCopy]) if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('keeps the relevance floor', async () => {
    expect(chunksOf(fineCopy, 'tom-tat').length, 'the summary in many chunks').toBeGreaterThan(30);
    expect(chunksOf(fineCopy, 'nam-2026').length, '2026 in many chunks').toBeGreaterThan(30);
    expect(chunksOf(wholeCopy, 'tom-tat').length, 'the summary in one chunk').toBe(1);
    const fineReport = await measureRelevance(browser, fine.url, fineCopy);
    expect(fineReport.meanReciprocalRank).toBeGreaterThanOrEqual(0.9);
    expect(fineReport.queries.filter((q) => q.aboveAPhrase.length > 0).map((q) => q.query)).toEqual([]);
  }, 120_000);

  it.each(['can dong h', 'dong h', 'dong ho do n', 'can d', 'kiem t', 'kiem d', 'do l', 'thiet b', 'ke h'])('"%s", its last syllable half-typed: the same count and the same pages as with every word in one chunk', async (query) => {
    const last = lastSyllablePrefix(querySyllables(query));
    expect(prefixChunkProbes(chunksOf(fineCopy, 'tom-tat'), last).length, 'the summary’s completions of the last syllable span chunks').toBeGreaterThan(1);
    /**
     * The count a reader first sees and every result once "Xem thêm" has gone
     * through all, as a set: Pagefind's score, which orders a tier, weighs a
     * word by the words loaded that start with it, so the order within a tier
     * may differ.
     */
    const searched = async (base: string) => {
      await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('trang-thai')?.textContent ?? ''));
      return { status: await page.locator('#trang-thai').textContent(), all: (await allResults(page)).sort() };
    };
    const reference = await searched(whole.url);
    expect(reference.all.length).toBeGreaterThan(0);
    expect(await searched(fine.url)).toEqual(reference);
  });
});
