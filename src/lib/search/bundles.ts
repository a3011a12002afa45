/**
 * Where the build writes the two search indexes (src/integrations/pagefind.ts)
 * and where the search page reads them (src/scripts/search/pagefind.ts), as
 * paths from the site's root. The summary index sits inside the full one's
 * folder so that whatever serves or caches /pagefind/ serves both.
 */

/** Full text of every item page; Pagefind's script is loaded from here. */
export const FULL_TEXT_BUNDLE = '/pagefind/';

/** Titles, leads and facets only: queried first (src/lib/search/scope.ts). */
export const SUMMARY_BUNDLE = '/pagefind/tom-tat/';
