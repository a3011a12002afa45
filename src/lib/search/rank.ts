/**
 * Relevance for a syllable language. A Vietnamese word is a run of
 * one-syllable tokens ("cân đồng hồ"), so scoring each token on its own, and
 * matching each as a prefix as Pagefind does ("ho" finds "hoạch", "học"),
 * drowns the pages that say what was asked. Each search is therefore run as a
 * few Pagefind searches over the same index chunks (no extra download), and a
 * result's tier is the best one it is in:
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
 */
import { toIndexText } from './encoding.ts';

export interface Ranked {
  id: string;
}

/** The Pagefind searches one query needs, in index spelling. */
export interface SearchPasses {
  /** `"s1 s2 …"`: the phrase (for one syllable, the whole word). */
  phrase: string;
  /** `s` for each syllable, to find where each one (or a word it starts) is; none for one syllable. */
  prefixes: string[];
  /** `"s"` for each syllable: whole words. */
  words: string[];
  /** `s1 s2 …`: Pagefind's own search, every syllable a prefix. */
  plain: string;
}

export function searchPasses(syllables: readonly string[]): SearchPasses {
  const indexed = syllables.map(toIndexText);
  const prefixes = indexed.length > 1 ? indexed : [];
  return { phrase: `"${indexed.join(' ')}"`, prefixes, words: indexed.map((syllable) => `"${syllable}"`), plain: indexed.join(' ') };
}

/** What one pass found: result id → the word positions it matched there (Pagefind's `result.words`). */
export type Found = ReadonlyMap<string, readonly number[]>;

/** What each pass of one query found. */
export interface PassResults {
  phrase: Found;
  /** One per syllable; none for one syllable. */
  prefixes: readonly Found[];
  words: readonly Found[];
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

/** The four tiers, best first: phrase, phrase with a half-typed last syllable, whole words apart, partial (see the module comment). */
export function relevanceTiers(found: PassResults): ReadonlySet<string>[] {
  const apart = intersect(found.words, found.plain.keys());
  const partial = intersect(found.words.slice(0, -1), found.plain.keys());
  const typing = new Set([...partial].filter((id) => found.prefixes.length > 1 && consecutive(found.prefixes.map((prefix) => prefix.get(id) ?? []))));
  return [intersect([found.phrase], apart), typing, apart, partial];
}

/** How many of the tiers hold the syllables as a phrase (the phrase, and the phrase half-typed). */
const PHRASE_TIERS = 2;

/**
 * Results in relevance order: by tier, exact diacritics first within a tier
 * (when `exact` is given), then in Pagefind's order (`plain`, its plain
 * search's results). Results in no tier are dropped; with `keep: 'phrase'`,
 * so are those outside the phrase tiers. The summary index keeps only those
 * (src/lib/search/scope.ts): a page with the syllables apart in its title may
 * have them as a phrase in its text, which only the full text can tell, so
 * listing it could put a page without the phrase above one with it.
 */
export function rankResults<T extends Ranked>(plain: readonly T[], folded: PassResults, exact?: PassResults, keep: 'all' | 'phrase' = 'all'): T[] {
  const tiers = relevanceTiers(folded).slice(0, keep === 'phrase' ? PHRASE_TIERS : undefined);
  const groups = tiers.flatMap((tier, i) => {
    if (!exact) return [tier];
    const exactTier = relevanceTiers(exact)[i] ?? new Set<string>();
    return [intersect([exactTier], tier), tier];
  });
  const group = (result: T) => groups.findIndex((ids) => ids.has(result.id));
  return plain
    .map((result, order) => ({ result, order, group: group(result) }))
    .filter((entry) => entry.group >= 0)
    .sort((a, b) => a.group - b.group || a.order - b.order)
    .map((entry) => entry.result);
}
