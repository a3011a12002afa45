/**
 * Relevance for a syllable language. A Vietnamese word is a run of
 * one-syllable tokens ("cân đồng hồ"), so scoring each token on its own, and
 * matching each as a prefix as Pagefind does ("ho" finds "hoạch", "học"),
 * drowns the pages that say what was asked. Each search is therefore run as a
 * few Pagefind searches over the same index chunks (no extra download: those
 * chunks, and those the last syllable may start, load first, prefix-chunks.ts),
 * and a result's tier is the best one it is in:
 *
 *   1. the syllables as a phrase: Pagefind's quoted search (whole words, in order);
 *   2. the phrase with its last syllable as the start of a word (it may still be
 *      being typed: "can dong h"): consecutive word positions matched by plain
 *      searches for each syllable (Pagefind's quoted search reports only the
 *      first occurrence's positions, so it cannot tell where else a phrase is);
 *   3. every syllable as a whole word, apart: one quoted search per syllable, intersected;
 *   4. partial: every syllable a whole word but the last, which may be the start
 *      of one: Pagefind's plain search, whose matches are prefixes, kept where
 *      the other syllables are whole words.
 *
 * Pages that match no tier (a syllable other than the last only as a prefix)
 * are not results. When the query has marks, each tier's search also runs with
 * Pagefind's exactDiacritics, and exact matches lead their tier. Within a
 * (tier, exactness) group, Pagefind's plain-search score decides (quoted
 * searches score every page alike). Measured on the relevance set
 * (tests/fixtures/search-relevance/, `npm run bench`).
 *
 * Each Pagefind search costs time on a phone's CPU in proportion to the pages
 * it finds (at 10,000 items a common syllable such as "đo" is in nearly every
 * page, and one search for it took a third of a second on the slow-phone
 * profile: README, "Search"), so a search asks only for the passes the tiers
 * it keeps need (searchPasses).
 */
import { toIndexText } from './encoding.ts';

export interface Ranked {
  id: string;
}

/**
 * The tiers a search keeps: the phrase only; the phrase and the phrase
 * half-typed (the summary index, src/lib/search/scope.ts); or all four (the
 * full text).
 */
export type TierSet = 'phrase' | 'phrase-typing' | 'all';

const TIER_COUNT: Record<TierSet, number> = { phrase: 1, 'phrase-typing': 2, all: 4 };

/** The Pagefind searches one query needs, in index spelling. */
export interface SearchPasses {
  /** `"s1 s2 …"`: the phrase (for one syllable, the whole word). */
  phrase: string;
  /** `s` for each syllable, to find where each one (or a word it starts) is; none for one syllable. */
  prefixes: string[];
  /** `"s"` for each syllable: whole words. */
  words: string[];
  /** `s1 s2 …`: Pagefind's own search, every syllable a prefix; its order ranks a tier. */
  plain?: string;
}

/**
 * The passes that tell `tiers` apart, ignoring diacritics or, with
 * `exactDiacritics`, with them (which only says which pages lead their tier).
 * The phrase tier needs only the phrase, and Pagefind's plain search for its
 * order: a page with the phrase has every syllable as a whole word, so it is
 * in every other pass too. The exact half-typed phrase is not told apart (its
 * prefix searches are the slowest of all: a short prefix such as "ho" expands
 * to every word it starts), so below 'all' the exact passes are the phrase alone.
 */
export function searchPasses(syllables: readonly string[], tiers: TierSet, exactDiacritics = false): SearchPasses {
  const indexed = syllables.map(toIndexText);
  const phrase = `"${indexed.join(' ')}"`;
  if (tiers === 'phrase' || (exactDiacritics && tiers !== 'all')) return { phrase, prefixes: [], words: [], ...(exactDiacritics ? {} : { plain: indexed.join(' ') }) };
  const prefixes = indexed.length > 1 && !exactDiacritics ? indexed : [];
  return { phrase, prefixes, words: indexed.map((syllable) => `"${syllable}"`), plain: indexed.join(' ') };
}

/** What one pass found: result id → the word positions it matched there (Pagefind's `result.words`). */
export type Found = ReadonlyMap<string, readonly number[]>;

/** What each pass of one query found. */
export interface PassResults {
  phrase: Found;
  /** One per prefix pass (searchPasses). */
  prefixes: readonly Found[];
  /** One per whole-word pass. */
  words: readonly Found[];
  /** Empty when the plain search was not asked for. */
  plain: Found;
}

function intersect(sets: readonly { has: (id: string) => boolean }[], within: Iterable<string>): Set<string> {
  return new Set([...within].filter((id) => sets.every((set) => set.has(id))));
}

/** Whether some position starts a run where the j-th syllable's search matched at the j-th next position. */
function consecutive(positions: readonly (readonly number[])[]): boolean {
  const sets = positions.map((list) => new Set(list));
  return (positions[0] ?? []).some((start) => sets.every((set, j) => set.has(start + j)));
}

/**
 * The four tiers, best first: phrase, phrase with a half-typed last syllable,
 * whole words apart, partial (see the module comment). A tier whose passes
 * were not asked for (searchPasses) is not meaningful.
 */
export function relevanceTiers(found: PassResults): ReadonlySet<string>[] {
  const apart = intersect(found.words, found.plain.keys());
  const partial = intersect(found.words.slice(0, -1), found.plain.keys());
  const typing = new Set([...partial].filter((id) => found.prefixes.length > 1 && consecutive(found.prefixes.map((prefix) => prefix.get(id) ?? []))));
  return [new Set(found.phrase.keys()), typing, apart, partial];
}

/**
 * Results in relevance order: by tier, exact diacritics first within a tier
 * (when `exact` is given), then in Pagefind's order (`plain`, its plain
 * search's results). Results in no tier are dropped, and so are those outside
 * `tiers`. The summary index keeps only the phrase tiers (src/lib/search/scope.ts):
 * a page with the syllables apart in its title may have them as a phrase in
 * its text, which only the full text can tell, so listing it could put a page
 * without the phrase above one with it.
 */
export function rankResults<T extends Ranked>(plain: readonly T[], folded: PassResults, exact?: PassResults, tiers: TierSet = 'all'): T[] {
  const kept = relevanceTiers(folded).slice(0, TIER_COUNT[tiers]);
  const exactTiers = exact ? relevanceTiers(exact) : [];
  const groups = kept.flatMap((tier, i) => (exact ? [intersect([exactTiers[i] ?? new Set<string>()], tier), tier] : [tier]));
  const group = (result: T) => groups.findIndex((ids) => ids.has(result.id));
  return plain
    .map((result, order) => ({ result, order, group: group(result) }))
    .filter((entry) => entry.group >= 0)
    .sort((a, b) => a.group - b.group || a.order - b.order)
    .map((entry) => entry.result);
}
