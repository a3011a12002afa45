/**
 * Search relevance on the fixture corpus (tests/fixtures/search-relevance/),
 * built once: the relevance set's floor (mean reciprocal rank ≥ 0.9; for a
 * query of several syllables, no page without the phrase above one with it),
 * and what a reader sees for "can dong ho" and "cân đồng hồ": the pages with
 * the phrase first, excerpts that show it and start at a word boundary, no
 * empty metadata; the summary index answering first, saying so, and the full
 * text on request (src/lib/search/scope.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { buildRelevanceSite, hasPhrase, indexedTokens, measureRelevance, resultOrder, type RelevanceReport } from '../support/search-relevance.ts';
import { RELEVANCE_QUERIES } from '../fixtures/search-relevance/queries.ts';
import { foldMarks } from '../../src/lib/search/encoding.ts';
import { querySyllables } from '../../src/lib/search/query.ts';
import { resultSummary } from '../../src/lib/search/messages.ts';

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
