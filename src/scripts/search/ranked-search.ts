/**
 * One search of the /tim-kiem/ page run with Pagefind: the passes each stage
 * needs (src/lib/search/rank.ts), ignoring diacritics and, when the query has
 * marks, with them; on the summary index in stages, then on the full text
 * (src/lib/search/scope.ts); ranked by tier. What it costs a phone is
 * measured in README, "Search".
 */
import { hasMarks } from '../../lib/search/encoding.ts';
import { rankResults, searchPasses, type PassResults, type SearchPasses, type TierSet } from '../../lib/search/rank.ts';
import { summaryStages, summarySuffices, type SearchScope } from '../../lib/search/scope.ts';
import { loadPagefind, type PagefindApi, type PagefindResult } from './pagefind.ts';

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
 * (a later stage of the summary index needs every search of the one before):
 * keyed by index, diacritics option and term.
 */
type Searches = Map<string, Promise<PagefindResult[]>>;

/**
 * The passes of one search (rank.ts) with Pagefind's current options: the
 * plain search's results and what every pass found.
 */
async function passes(pagefind: PagefindApi, terms: SearchPasses, filters: Record<string, string>, searches: Searches, key: string): Promise<{ plain: PagefindResult[]; found: PassResults }> {
  const run = (term: string) => {
    let results = searches.get(`${key} ${term}`);
    if (!results) searches.set(`${key} ${term}`, (results = pagefind.search(term, { filters }).then((found) => found?.results ?? [])));
    return results;
  };
  const found = async (term: string) => new Map((await run(term)).map((result) => [result.id, result.words] as const));
  const [plain, phrase, prefixes, words] = await Promise.all([terms.plain === undefined ? [] : run(terms.plain), found(terms.phrase), Promise.all(terms.prefixes.map(found)), Promise.all(terms.words.map(found))]);
  return { plain, found: { phrase, prefixes, words, plain: new Map(plain.map((result) => [result.id, result.words])) } };
}

/**
 * Starts loading the fragments of a first page while the exact-diacritics
 * passes run: those only reorder pages within their tier, so the first page
 * ignoring them is most often the first page (a phone waits one round trip
 * less). Only when the results fill a page: fewer may not be shown at all
 * (the summary index then hands over to the full text, scope.ts). Resolves
 * once the browser has had a turn to send the requests: Chromium starts a
 * fetch in a task of the page's thread, which the next search's WebAssembly
 * would otherwise hold up (measured: README, "Search").
 */
async function prefetchFirstPage(results: readonly PagefindResult[]): Promise<void> {
  if (results.length < PAGE_SIZE) return;
  for (const result of results.slice(0, PAGE_SIZE)) void result.data().catch(() => undefined);
  await new Promise((sent) => setTimeout(sent));
}

/**
 * The passes `tiers` need ignoring diacritics and, when the query has marks,
 * with them (rank.ts, searchPasses); ranked by tier.
 */
async function rankedSearch(scope: SearchScope, syllables: readonly string[], filters: Record<string, string>, tiers: TierSet, searches: Searches): Promise<PagefindResult[]> {
  const pagefind = await loadPagefind(scope);
  await pagefind.options({ exactDiacritics: false });
  const folded = await passes(pagefind, searchPasses(syllables, tiers), filters, searches, `${scope} folded`);
  if (!syllables.some(hasMarks)) return rankResults(folded.plain, folded.found, undefined, tiers);
  await prefetchFirstPage(rankResults(folded.plain, folded.found, undefined, tiers));
  await pagefind.options({ exactDiacritics: true });
  const exact = await passes(pagefind, searchPasses(syllables, tiers, true), filters, searches, `${scope} exact`);
  await pagefind.options({ exactDiacritics: false });
  return rankResults(folded.plain, folded.found, exact.found, tiers);
}

/**
 * The summary index's results as soon as a stage fills a page (scope.ts),
 * else the full text's; only the full text's when the reader asked for it.
 */
export async function scopedSearch(syllables: readonly string[], filters: Record<string, string>, fullTextAsked: boolean): Promise<{ scope: SearchScope; results: PagefindResult[] }> {
  const searches: Searches = new Map();
  if (!fullTextAsked) {
    for (const tiers of summaryStages(syllables.length)) {
      const results = await rankedSearch('summary', syllables, filters, tiers, searches);
      if (summarySuffices(results.length, PAGE_SIZE)) return { scope: 'summary', results };
    }
  }
  return { scope: 'full', results: await rankedSearch('full', syllables, filters, 'all', searches) };
}
