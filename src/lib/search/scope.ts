/**
 * Which index answers a search. A first query on a phone must stay light
 * (issue 16: at 1,000 items at most 150 KB), and the full text's word chunks
 * for common syllables are most of what a query moves, so the search page asks
 * the summary index first: each page's title, lead and facets
 * (src/integrations/pagefind.ts). When its pages holding the query as a phrase
 * (the only ones it lists: src/lib/search/rank.ts) fill the first page of
 * results, they are shown, saying they come from titles and summaries, with a button
 * for the full text; when it finds fewer, the full text is searched at once,
 * so a reader never sees less than a page of results without the full text
 * having been asked.
 *
 * The summary index is asked in stages (summaryStages), each needing more
 * Pagefind searches than the one before (src/lib/search/rank.ts; the page
 * runs each search once however many stages ask for it): the phrase alone,
 * and only when it does not fill a page, the phrase with its last syllable
 * half-typed too ("dong ho do n"). When the phrase fills a page, the pages
 * where the last syllable only starts a word ("ke hoa" → "kế hoạch") are left
 * to the full text, which lists them after every page with the phrase.
 */
import type { TierSet } from './rank.ts';


/** summary: titles, leads and facets; full: every word of every item page. */
export type SearchScope = 'summary' | 'full';

/** Whether the summary index's results are enough to show: at least one page of them. */
export function summarySuffices(summaryResults: number, pageSize: number): boolean {
  return summaryResults >= pageSize;
}

/** The tiers the summary index is asked for, in turn, until one fills a page: the half-typed phrase only means something for several syllables. */
export function summaryStages(syllables: number): TierSet[] {
  return syllables > 1 ? ['phrase', 'phrase-typing'] : ['phrase'];
}
