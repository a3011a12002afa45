/**
 * Which index answers a search. A first query on a phone must stay light
 * (issue 16: at most 150 KB at 1,000 items, 400 KB at 10,000), and word
 * chunks for common syllables are most of what a query moves, so the search
 * page asks the small indexes first and the larger ones only when those do
 * not fill the first page of results (src/integrations/pagefind.ts writes
 * them; src/lib/search/bundles.ts says where):
 *
 * 1. The summary index (each page's title, lead and facets) of the newest
 *    years, as many as hold SUMMARY_MIN_PAGES pages (summaryYears: every year
 *    on a site of up to a few hundred items), in stages
 *    (summaryStages), each needing more Pagefind searches than the one before
 *    (src/lib/search/rank.ts; the page runs each search once however many
 *    stages ask for it): the phrase alone, and only when it does not fill a
 *    page, the phrase with its last syllable half-typed too ("dong ho do n").
 *    It lists only pages holding the query as a phrase: a page with the
 *    syllables apart in its title may have the phrase in its text, which only
 *    the full text can tell. When those fill a page, they are shown, saying
 *    they come from titles and summaries (and which years, when the summary
 *    does not hold every year: summaryCoverage), with a button for the full
 *    text. A search filtered by a year the summary does not hold skips it.
 * 2. Otherwise, or when the reader asks, the full text, one index per year,
 *    newest first (fullTextYears): each year with the phrase alone, stopping
 *    as soon as the years searched hold a page of pages with the phrase.
 *    Those are shown (only those: a page without the phrase in a year
 *    searched may rank below a page with it in a year not searched), saying
 *    which years were searched, with a button for the earlier years. While
 *    no year searched has the phrase at all, each year is also asked for the
 *    phrase half-typed (halfTypedYearStage), and those fill a page the same
 *    way, the notice saying the last syllable was taken as half-typed: a
 *    query typed as far as "kho khan vuong m" thus stops at the newest year
 *    that fills a page, where the phrase alone ("m" as a whole word) found
 *    nothing anywhere and went through every year.
 * 3. When every year has been searched (or the reader filtered by year, or
 *    asked for every year) the full text's every tier, ranked as one list.
 *
 * So a reader never sees less than a page of results without every index
 * having been asked, and never a page without the phrase above one with it.
 */
import type { TierSet } from './rank.ts';

/** summary: titles, leads and facets; full: every word of item pages (some years, or all). */
export type SearchScope = 'summary' | 'full';

/**
 * How far the reader asked the full text to go (the URL's toan-van, state.ts):
 * 'recent', the newest years until a page is filled; 'all', every year.
 */
export type FullTextReach = 'recent' | 'all';

/** Whether results are enough to stop at: at least one page of them. */
export function fillsPage(results: number, pageSize: number): boolean {
  return results >= pageSize;
}

/**
 * The tiers the summary index is asked for in turn until one fills a page:
 * the half-typed phrase only means something for several syllables.
 */
export function summaryStages(syllables: number): TierSet[] {
  return syllables > 1 ? ['phrase', 'phrase-typing'] : ['phrase'];
}

/**
 * Whether a year's full text, once its phrase stage has not filled a page, is
 * also asked for the half-typed phrase: only for several syllables, and only
 * while no year searched so far has the phrase itself (`phrasePages`, pages
 * with it in those years). A query caught mid-word ("kho khan vuong m") has
 * it nowhere and stops at the newest year the half-typed phrase fills; a
 * finished one whose last syllable also starts other words ("thiet bi do":
 * "đồng", "đối") has it somewhere, and its pages with the phrase in earlier
 * years must not be passed over for pages where "do" only starts a word.
 */
export function halfTypedYearStage(syllables: number, phrasePages: number): boolean {
  return syllables > 1 && phrasePages === 0;
}

/**
 * The years whose full text a search goes through, in order: every year
 * indexed, newest first, or only the index that holds the year the reader
 * filtered by: its own, or for a year after the newest index the newest,
 * which holds the pages dated later than the build (bundles.ts,
 * fullTextIndexYear; Pagefind's year filter then keeps that year's pages);
 * none when an earlier year has no index (nothing is dated then).
 */
export function fullTextYears(indexed: readonly string[], yearFilter?: string): string[] {
  const newestFirst = [...indexed].sort((a, b) => b.localeCompare(a));
  if (yearFilter === undefined) return newestFirst;
  const newest = newestFirst[0];
  if (newest !== undefined && yearFilter > newest) return [newest];
  return newestFirst.filter((year) => year === yearFilter);
}

/**
 * The fewest pages the summary index holds, by whole years, when the site has
 * that many: its metadata lists every page it holds (about 5 bytes each once
 * compressed: 49.5 KB at 10,009 pages) and each syllable's word chunk grows
 * with its pages, and a first query downloads both, while a page of ten
 * results with the phrase in a title or lead comes from a few hundred pages
 * for the words people search for. Measured on the benchmark sites (README,
 * "Search"): at 10,000 items the newest year (2,343 pages) took "đồng hồ đo
 * nước" from 250.7 KB to 177.2 KB and from 2.59–2.80 s to 1.86–1.98 s on the
 * slow phone; at 1,000 items the newest three years (about 500 pages) took it
 * from 145.4 KB to 133.1 KB, a margin under the 150 KB a first query may
 * move there (issue 16), its time the same within the noise. A site of up to
 * a few hundred items keeps every year in it.
 */
export const SUMMARY_MIN_PAGES = 500;

/** Throws unless `minPages` is a number of pages the summary can be held to: a whole number of at least 1. */
export function checkSummaryMinPages(minPages: number): void {
  if (!Number.isInteger(minPages) || minPages < 1) throw new Error(`search index: the summary cannot hold at least ${minPages} pages`);
}

/**
 * The years whose pages the summary index holds: the newest years of
 * `pagesByYear` (pages of each full-text index year; any order) until they
 * hold at least `minPages` pages, or every year; newest first. Throws when
 * `minPages` is not a whole number of at least 1.
 */
export function summaryYears(pagesByYear: ReadonlyMap<string, number>, minPages: number = SUMMARY_MIN_PAGES): string[] {
  checkSummaryMinPages(minPages);
  const years: string[] = [];
  let pages = 0;
  for (const [year, count] of [...pagesByYear].sort(([a], [b]) => b.localeCompare(a))) {
    if (pages >= minPages) break;
    years.push(year);
    pages += count;
  }
  return years;
}

/**
 * What the summary index answers for a search going through the full text's
 * years `order` (fullTextYears) when it holds `summary` (summaryYears, from
 * the search page's head): undefined when it holds none of them (a year the
 * reader filtered by that it does not hold: the full text is searched at
 * once); otherwise the years it holds and those left (the years, when it
 * holds them all or nothing is indexed, are empty: it answers for the
 * site).
 */
export function summaryCoverage(order: readonly string[], summary: readonly string[]): Pick<SearchedScope, 'years' | 'earlierYears'> | undefined {
  const left = order.filter((year) => !summary.includes(year));
  if (order.length > 0 && left.length === order.length) return undefined;
  return { years: left.length > 0 ? order.filter((year) => summary.includes(year)) : [], earlierYears: left };
}

/** What the search page's head says is indexed (src/lib/search/preload.ts): the years with a full-text index, and those the summary holds (summaryYears). */
export interface IndexedYears {
  fullText: readonly string[];
  summary: readonly string[];
}

/** What answered a search: the scope, and for the full text which years were searched and which are left. */
export interface SearchedScope {
  scope: SearchScope;
  /** The years searched, newest first (the summary: only when it does not hold every year, summaryCoverage). */
  years: readonly string[];
  /** The earlier years not searched yet (their pages are not listed). */
  earlierYears: readonly string[];
  /** Whether the list holds pages whose phrase ends in a word the last syllable only starts ('phrase-typing'). */
  halfTyped?: boolean;
}
