/**
 * The search relevance set run for real: the fixture corpus
 * (tests/fixtures/search-relevance/) built once into a site, each query
 * typed into /tim-kiem/ in headless Chromium, the result order read from the
 * page. Scores per query (reciprocal rank of the first expected page,
 * precision at 3) and the phrase floor: for a query of several syllables, no
 * page without them as a phrase listed above one with it. Shared by
 * tests/e2e/search-relevance.test.ts and `npm run bench` (scripts/bench/search.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { foldMarks } from '../../src/lib/search/encoding.ts';
import { querySyllables } from '../../src/lib/search/query.ts';
import { RELEVANCE_QUERIES, type RelevanceQuery } from '../fixtures/search-relevance/queries.ts';
import { buildSite, type BuildResult } from './build-site.ts';
import { htmlPages, pagePath, readPage } from './dist.ts';
import { fixtureContent } from './fixture-content.ts';

const KEY = 'search-relevance';

/** The fixture corpus as a built site (once per process); fixed build day, so "upcoming" never moves the corpus. */
export function buildRelevanceSite(): Promise<BuildResult> {
  return buildSite({ key: KEY, contentDir: fixtureContent(KEY, 'tests/fixtures/search-relevance/content'), buildDate: '2026-11-29' });
}

/** A token as search compares it: letters and digits at its edges only, marks folded. */
function foldedToken(token: string): string {
  return foldMarks(token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
}

/** What Pagefind indexes of each page: main[data-pagefind-body] without data-pagefind-ignore parts, as folded tokens. */
export function indexedTokens(dir: string): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  for (const file of htmlPages(dir)) {
    const main = readPage(dir, file).querySelector('main[data-pagefind-body]');
    if (!main) continue;
    for (const ignored of main.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
    const text = main.innerHTML.replace(/<[^>]*>/g, ' ');
    pages.set(pagePath(file), text.split(/\s+/u).map(foldedToken).filter(Boolean));
  }
  return pages;
}

/** Whether the tokens hold the query's syllables as a phrase (the last may be a prefix: still being typed). */
export function hasPhrase(tokens: readonly string[], query: string): boolean {
  const syllables = querySyllables(query).map(foldedToken).filter(Boolean);
  const last = syllables.length - 1;
  return tokens.some((_, i) => syllables.every((syllable, j) => tokens[i + j] === syllable || (j === last && (tokens[i + j] ?? '').startsWith(syllable))));
}

/** Lands on /tim-kiem/?q=… and reads every result URL in order. */
export async function resultOrder(page: Page, base: string, query: string): Promise<string[]> {
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('trang-thai')?.textContent ?? ''));
  return allResults(page);
}

/** Every result URL on the search page, in order ("Xem thêm" until all are shown). */
export async function allResults(page: Page): Promise<string[]> {
  while (await page.locator('#xem-them').isVisible()) {
    const before = await page.locator('#ket-qua > li').count();
    await page.click('#xem-them');
    await page.waitForFunction((n) => document.querySelectorAll('#ket-qua > li').length > n, before);
  }
  return page.$$eval('#ket-qua h2 a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
}

export interface QueryScore extends RelevanceQuery {
  results: string[];
  /** 1 / rank of the first expected page; 0 when none is found. */
  reciprocalRank: number;
  /** Expected pages among the first three, over min(3, expected pages). */
  precisionAt3: number;
  /** For several syllables: pages listed above a page with the phrase without having it. */
  aboveAPhrase: string[];
}

export function scoreQuery(entry: RelevanceQuery, results: readonly string[], tokens: ReadonlyMap<string, readonly string[]>): QueryScore {
  const first = results.findIndex((url) => entry.expected.includes(url));
  const top = results.slice(0, 3).filter((url) => entry.expected.includes(url)).length;
  const phrase = results.map((url) => hasPhrase(tokens.get(url) ?? [], entry.query));
  const lastPhrase = phrase.lastIndexOf(true);
  const aboveAPhrase = querySyllables(entry.query).length > 1 ? results.filter((url, i) => i < lastPhrase && !phrase[i]) : [];
  return { ...entry, results: [...results], reciprocalRank: first < 0 ? 0 : 1 / (first + 1), precisionAt3: top / Math.min(3, entry.expected.length), aboveAPhrase };
}

export interface RelevanceReport {
  queries: QueryScore[];
  meanReciprocalRank: number;
  meanPrecisionAt3: number;
}

/** Every query of the set on the built fixture site served at `base`. */
export async function measureRelevance(browser: Browser, base: string, dir: string): Promise<RelevanceReport> {
  const tokens = indexedTokens(dir);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const queries: QueryScore[] = [];
    for (const entry of RELEVANCE_QUERIES) queries.push(scoreQuery(entry, await resultOrder(page, base, entry.query), tokens));
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    return { queries, meanReciprocalRank: mean(queries.map((q) => q.reciprocalRank)), meanPrecisionAt3: mean(queries.map((q) => q.precisionAt3)) };
  } finally {
    await context.close();
  }
}
