/**
 * What the search page asks for before its script runs. Without it a first
 * query is a chain of requests each waiting for the one before: the page's
 * script, then Pagefind's script, then the summary index's entry, then its
 * metadata and WebAssembly, then the query's chunk (seven round trips of
 * 150 ms each on the slow-phone profile: README, "Search"). All but the last
 * do not depend on the query, so the page's head names them and the browser
 * fetches them at once, in parallel with the page's script.
 *
 * Their names are known only once Pagefind has written the summary index
 * (the metadata file carries a content hash), so src/integrations/pagefind.ts
 * adds these links to the built search page after indexing. Pagefind asks for
 * its entry file with a cache-busting `?ts=` (the time, unless given a
 * `metaCacheTag`); the page passes the tag named here (the metadata's hash,
 * which changes with the index) so the preloaded entry is the one it uses
 * (src/scripts/search/pagefind.ts). The list of its word chunks
 * (prefix-chunks.ts, 1–5.3 KB) comes with them, since every search loads the
 * chunks its last syllable may start. Only the summary index, which every
 * search asks first (scope.ts), is preloaded, and the newest year's entry
 * (0.9 KB), so that its index, which every search opens, asks for its
 * metadata at once: the rest of the full text is fetched only when a search
 * needs it.
 *
 * The head also says which years have a full-text index (bundles.ts) and
 * which the summary holds (scope.ts, summaryYears), so the page knows where
 * the full text is and what the summary answers for without a request of
 * its own.
 */
import { PAGEFIND_SCRIPT, SUMMARY_BUNDLE } from './bundles.ts';
import { WORD_CHUNKS_FILE } from './prefix-chunks.ts';
import type { IndexedYears } from './scope.ts';

/** The part of Pagefind's pagefind-entry.json we read: one index per language. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** The attribute of the entry's preload link holding the cache tag the page must pass to Pagefind. */
export const CACHE_TAG_ATTRIBUTE = 'data-search-cache-tag';

/** The index of `language` in a Pagefind entry, chosen as Pagefind does (the language, else its part before "-"); `bundle` names the entry in the error when it has none. */
function languageIndex(entry: PagefindEntry, language: string, bundle: string): { hash: string; wasm: string | null } {
  const index = entry.languages[language] ?? entry.languages[language.split('-')[0] ?? ''];
  if (!index) throw new Error(`${bundle}pagefind-entry.json: languages has no "${language}" index (it has ${Object.keys(entry.languages).join(', ') || 'none'})`);
  return index;
}

const fetched = (href: string, extra = '') => `<link rel="preload" as="fetch" crossorigin href="${href}"${extra}>`;

/** The preload of an index's entry file, at the URL Pagefind asks for when the page passes the tag it carries (src/scripts/search/pagefind.ts). */
function entryLink(bundle: string, tag: string): string {
  return fetched(`${bundle}pagefind-entry.json?ts=${encodeURIComponent(tag)}`, ` ${CACHE_TAG_ATTRIBUTE}="${tag}"`);
}

/**
 * The `<link>` elements for the summary index of a site in `language`,
 * choosing its index as Pagefind does (the language, else its part before
 * "-"; wasm "unknown" when the language has no stemmer).
 */
export function summaryPreloadLinks(entry: PagefindEntry, language: string): string {
  const index = languageIndex(entry, language, SUMMARY_BUNDLE);
  return [
    `<link rel="modulepreload" href="${PAGEFIND_SCRIPT}">`,
    entryLink(SUMMARY_BUNDLE, index.hash),
    fetched(`${SUMMARY_BUNDLE}pagefind.${index.hash}.pf_meta`),
    fetched(`${SUMMARY_BUNDLE}wasm.${index.wasm ?? 'unknown'}.pagefind`),
    fetched(`${SUMMARY_BUNDLE}${WORD_CHUNKS_FILE}`),
  ].join('');
}

/**
 * The `<link>` for the entry of the newest year's index (`bundle`), which
 * every search opens while the summary is searched: 0.9 KB, so that Pagefind
 * asks for that year's metadata as soon as it opens the index rather than a
 * round trip later. Its metadata (19 KB at 10,000 items) is not preloaded
 * with the page, where it would share the line with the summary's own
 * start-up files, but by the page's script when a search opens the index
 * (src/scripts/search/pagefind.ts, loadPagefind; measured: README, "Search").
 */
function yearEntryPreloadLink(bundle: string, entry: PagefindEntry, language: string): string {
  return entryLink(bundle, languageIndex(entry, language, bundle).hash);
}

/** Around what the search step adds to the page's head, so that indexing the same build again replaces it. */
const ADDED_START = '<!-- search index -->';
const ADDED_END = '<!-- /search index -->';

/**
 * The page with `links` at the end of its head, in place of those added by an
 * earlier indexing of the same build (`node src/integrations/pagefind.ts` run
 * again); `file` names the page in the error when it has no head.
 */
export function withPreloadLinks(html: string, links: string, file: string): string {
  const added = `${ADDED_START}${links}${ADDED_END}`;
  const start = html.indexOf(ADDED_START);
  const stop = html.indexOf(ADDED_END, start);
  if (start >= 0 && stop >= 0) return `${html.slice(0, start)}${added}${html.slice(stop + ADDED_END.length)}`;
  const end = html.indexOf('</head>');
  if (end < 0) throw new Error(`${file}: no </head> to add the search index's preload links to`);
  return `${html.slice(0, end)}${added}${html.slice(end)}`;
}

/** The name of the search page's <meta> listing the years with a full-text index, newest first. */
export const YEARS_META = 'search-years';

/** The name of the search page's <meta> listing the years whose pages the summary index holds, newest first (scope.ts, summaryYears). */
export const SUMMARY_YEARS_META = 'search-summary-years';

/**
 * What src/integrations/pagefind.ts adds to the search page's head: the
 * summary's preloads (`entry`: the summary's pagefind-entry.json), the
 * newest year's entry (`newest`: that year's bundle and pagefind-entry.json,
 * when there is a year), the years with a full-text index and the years the
 * summary holds (each newest first).
 */
export function searchPageHead(entry: PagefindEntry, language: string, years: readonly string[], summaryYears: readonly string[], newest?: { bundle: string; entry: PagefindEntry }): string {
  const newestLink = newest ? yearEntryPreloadLink(newest.bundle, newest.entry, language) : '';
  return `${summaryPreloadLinks(entry, language)}${newestLink}<meta name="${YEARS_META}" content="${years.join(' ')}"><meta name="${SUMMARY_YEARS_META}" content="${summaryYears.join(' ')}">`;
}

/**
 * What the search page's head says is indexed, from the content of its two
 * <meta> (YEARS_META, SUMMARY_YEARS_META; null or undefined when absent): a
 * head without the summary's years was indexed before the summary held only
 * some, so it holds every year.
 */
export function headIndexedYears(fullText: string | null | undefined, summary: string | null | undefined): IndexedYears {
  const years = indexedYears(fullText);
  return { fullText: years, summary: summary === null || summary === undefined ? years : indexedYears(summary) };
}

/** The years of that <meta> (its content, null when absent: no index, as under the dev server). */
export function indexedYears(content: string | null | undefined): string[] {
  return (content ?? '').split(' ').filter((year) => /^\d{4}$/.test(year));
}
