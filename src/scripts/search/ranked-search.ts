/**
 * One search of the /tim-kiem/ page run with Pagefind: the passes each stage
 * needs (src/lib/search/rank.ts), ignoring diacritics and, when the query has
 * marks, with them; on the summary index in stages, then on the full text
 * year by year, newest first (src/lib/search/scope.ts); ranked by tier. What
 * it costs a phone is measured in README, "Search".
 */
import { SUMMARY_BUNDLE, yearBundle } from '../../lib/search/bundles.ts';
import { hasMarks } from '../../lib/search/encoding.ts';
import { EARLY_CHUNK_BYTES, lastSyllablePrefix } from '../../lib/search/prefix-chunks.ts';
import { rankResults, searchPasses, type Found, type PassResults, type SearchPasses, type TierSet } from '../../lib/search/rank.ts';
import { fillsPage, fullTextYears, halfTypedYearStage, summaryCoverage, summaryStages, type FullTextReach, type IndexedYears, type SearchedScope } from '../../lib/search/scope.ts';
import { loadPagefind, loadQueryChunks, preloadQueryChunks, type PagefindApi, type PagefindResult } from './pagefind.ts';

/** Results shown at first and added by each "Xem thêm". */
export const PAGE_SIZE = 10;

/** The searches in flight, one after the other: the passes of one search switch an option they share. */
let queue: Promise<unknown> = Promise.resolve();

export function exclusive<T>(task: () => Promise<T> | T): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * One query's Pagefind searches, each run once however many stages ask for it
 * (a later stage needs every search of the one before, and the page keeps the
 * map when the reader asks for the earlier years): keyed by index,
 * diacritics option and term. Every search of an index runs on the same
 * words: searchIndex loads them all before the first (loadQueryChunks).
 */
export type Searches = Map<string, Promise<PagefindResult[]>>;

/** What one or more indexes found for a query: Pagefind's plain search and every pass, ignoring diacritics and with them. */
interface IndexFound {
  plain: PagefindResult[];
  folded: PassResults;
  exact?: PassResults;
}

/** One Pagefind search of `term` with the index's current options (named by `key`), run once per query. */
function cachedSearch(pagefind: PagefindApi, term: string, filters: Record<string, string>, searches: Searches, key: string): Promise<PagefindResult[]> {
  let results = searches.get(`${key} ${term}`);
  if (!results) searches.set(`${key} ${term}`, (results = pagefind.search(term, { filters }).then((found) => found?.results ?? [])));
  return results;
}

/**
 * The passes of one search (rank.ts) with Pagefind's current options: the
 * plain search's results and what every pass found.
 */
async function passes(pagefind: PagefindApi, terms: SearchPasses, filters: Record<string, string>, searches: Searches, key: string): Promise<{ plain: PagefindResult[]; found: PassResults }> {
  const run = (term: string) => cachedSearch(pagefind, term, filters, searches, key);
  const found = async (term: string) => new Map((await run(term)).map((result) => [result.id, result.words] as const));
  const [plain, phrase, prefixes, words] = await Promise.all([terms.plain === undefined ? [] : run(terms.plain), found(terms.phrase), Promise.all(terms.prefixes.map(found)), Promise.all(terms.words.map(found))]);
  return { plain, found: { phrase, prefixes, words, plain: new Map(plain.map((result) => [result.id, result.words])) } };
}

/**
 * Starts loading the fragments of a first page while the exact-diacritics
 * passes run: those only reorder pages within their tier, so the first page
 * ignoring them is most often the first page (a phone waits one round trip
 * less). Only when the results fill a page: fewer may not be shown at all
 * (the search then goes on to another index, scope.ts). Resolves once the
 * browser has had a turn to send the requests: Chromium starts a fetch in a
 * task of the page's thread, which the next search's WebAssembly would
 * otherwise hold up (measured: README, "Search").
 */
async function prefetchFirstPage(results: readonly PagefindResult[]): Promise<void> {
  if (results.length < PAGE_SIZE) return;
  for (const result of results.slice(0, PAGE_SIZE)) void result.data().catch(() => undefined);
  await new Promise((sent) => setTimeout(sent));
}

/** Maps of several indexes as one (a page is in one index only). */
function union(maps: readonly Found[]): Found {
  return new Map(maps.flatMap((map) => [...map]));
}

function unionPasses(all: readonly PassResults[]): PassResults {
  const first = all[0];
  return {
    phrase: union(all.map((found) => found.phrase)),
    prefixes: (first?.prefixes ?? []).map((_, i) => union(all.map((found) => found.prefixes[i] ?? new Map()))),
    words: (first?.words ?? []).map((_, i) => union(all.map((found) => found.words[i] ?? new Map()))),
    plain: union(all.map((found) => found.plain)),
  };
}

/** What several indexes found, as if one: Pagefind's plain results in score order, as its own mergeIndex lists them. */
function merge(parts: readonly IndexFound[]): IndexFound {
  const exact = parts.flatMap((part) => (part.exact ? [part.exact] : []));
  return {
    plain: parts.flatMap((part) => part.plain).sort((a, b) => b.score - a.score),
    folded: unionPasses(parts.map((part) => part.folded)),
    ...(exact.length > 0 ? { exact: unionPasses(exact) } : {}),
  };
}

function ranked(found: IndexFound, tiers: TierSet): PagefindResult[] {
  return rankResults(found.plain, found.folded, found.exact, tiers);
}

/** The query's syllables as Pagefind's plain search takes them (index spelling), whose chunks every search of the query needs. */
function syllableTerms(syllables: readonly string[]): string {
  return searchPasses(syllables, 'phrase').plain ?? '';
}

/**
 * The passes `tiers` need on one index (a bundle's path), ignoring
 * diacritics and, when the query has marks, with them (rank.ts,
 * searchPasses). `firstPage` says, from what the folded passes found, which
 * results would be shown first, so their fragments load during the exact
 * passes. Before each stage's searches it loads the word chunks every search
 * of the query on the index needs (loadQueryChunks; only the first call
 * downloads anything): its syllables' and those the last syllable may start,
 * since it may be half-typed ("dong h": "hồ" may be chunks away from "h") and
 * Pagefind's plain search takes every syllable as the start of a word in any
 * stage; the page asks for those chunks first (preloadQueryChunks).
 */
async function searchIndex(bundle: string, syllables: readonly string[], filters: Record<string, string>, tiers: TierSet, searches: Searches, firstPage: (folded: IndexFound) => PagefindResult[], signal: AbortSignal | undefined): Promise<IndexFound> {
  const terms = syllableTerms(syllables);
  const prefix = lastSyllablePrefix(syllables);
  // Its chunks come down while the index opens (a year's) or its WebAssembly does (the summary's).
  void preloadQueryChunks(bundle, terms, prefix);
  const pagefind = await loadPagefind(bundle);
  signal?.throwIfAborted();
  await loadQueryChunks(bundle, pagefind, terms, prefix, filters);
  signal?.throwIfAborted();
  await pagefind.options({ exactDiacritics: false });
  const folded = await passes(pagefind, searchPasses(syllables, tiers), filters, searches, `${bundle} folded`);
  const found: IndexFound = { plain: folded.plain, folded: folded.found };
  if (!syllables.some(hasMarks)) return found;
  signal?.throwIfAborted();
  await prefetchFirstPage(firstPage(found));
  await pagefind.options({ exactDiacritics: true });
  const exact = await passes(pagefind, searchPasses(syllables, tiers, true), filters, searches, `${bundle} exact`);
  await pagefind.options({ exactDiacritics: false });
  return { ...found, exact: exact.found };
}

export interface ScopedResults extends SearchedScope {
  results: PagefindResult[];
}

/**
 * A query's results (scope.ts): the summary index's as soon as a stage fills
 * a page (unless the reader filtered by a year it does not hold:
 * summaryCoverage); else the full text's, year by year newest first, the phrase alone
 * (and the phrase half-typed while no year has the phrase: scope.ts,
 * halfTypedYearStage) until the years searched fill a page (then only pages
 * with the phrase, saying which years are left and whether the last syllable
 * was taken as half-typed); when every year has been searched, every
 * tier of every year ranked as one list. `reach` skips the summary (the
 * reader asked for the full text) and, when 'all', goes through every year
 * at once. `indexed` says which years have a full-text index and which the
 * summary holds (the page's head).
 * Once `signal` is aborted (the reader has typed on: a newer search), no
 * further Pagefind search starts and this rejects with the signal's reason:
 * a query of many syllables searched in every year runs hundreds of
 * searches, which the newer one would otherwise wait behind (`exclusive`).
 */
export async function scopedSearch(syllables: readonly string[], filters: Record<string, string>, indexed: IndexedYears, reach?: FullTextReach, searches: Searches = new Map(), signal?: AbortSignal): Promise<ScopedResults> {
  const order = fullTextYears(indexed.fullText, filters.year);
  const summary = reach ? undefined : summaryCoverage(order, indexed.summary);
  if (summary) {
    const newest = order[0] === undefined ? undefined : yearBundle(order[0]);
    // The newest year is where the full text starts: its index opens while the summary is searched, and its chunks of the query come down with it when light (EARLY_CHUNK_BYTES).
    if (newest) {
      void loadPagefind(newest).catch(() => undefined);
      void preloadQueryChunks(newest, syllableTerms(syllables), '', EARLY_CHUNK_BYTES);
    }
    for (const tiers of summaryStages(syllables.length)) {
      const found = await searchIndex(SUMMARY_BUNDLE, syllables, filters, tiers, searches, (folded) => ranked(folded, tiers), signal);
      const results = ranked(found, tiers);
      if (fillsPage(results.length, PAGE_SIZE)) return { scope: 'summary', results, ...summary };
    }
  }
  if (reach !== 'all') {
    const searched: IndexFound[] = [];
    for (const [i, year] of order.slice(0, -1).entries()) {
      const stage = async (tiers: TierSet) => {
        const shown = (more: IndexFound) => ranked(merge([...searched, more]), tiers);
        const found = await searchIndex(yearBundle(year), syllables, filters, tiers, searches, shown, signal);
        return { found, results: shown(found) };
      };
      const searchedScope = { scope: 'full' as const, years: order.slice(0, i + 1), earlierYears: order.slice(i + 1) };
      let { found, results } = await stage('phrase');
      if (fillsPage(results.length, PAGE_SIZE)) return { ...searchedScope, results };
      if (halfTypedYearStage(syllables.length, results.length)) {
        ({ found, results } = await stage('phrase-typing'));
        if (fillsPage(results.length, PAGE_SIZE)) return { ...searchedScope, results, halfTyped: true };
      }
      searched.push(found);
    }
  }
  const all: IndexFound[] = [];
  for (const year of order) all.push(await searchIndex(yearBundle(year), syllables, filters, 'all', searches, (found) => ranked(merge([...all, found]), 'all'), signal));
  return { scope: 'full', results: ranked(merge(all), 'all'), years: order, earlierYears: [] };
}
