/**
 * Where the build writes the search indexes (src/integrations/pagefind.ts)
 * and where the search page reads them (src/scripts/search/pagefind.ts), as
 * paths from the site's root. Everything sits under /pagefind/, so that
 * whatever serves, compresses or caches /pagefind/ serves them all.
 *
 * The full text is one index per year (the `year` facet item pages pass,
 * src/lib/search/facets.ts: publication, an event's start, a plan's period,
 * a document's issue, an answer's date), so that a first query downloads the
 * word chunks of the newest years only and goes further back only when they
 * do not fill a page (src/lib/search/scope.ts). Pages dated after the build's
 * year (upcoming events) go into the build year's index (fullTextIndexYear).
 */

/** The folder of the site every search file is in (written by src/integrations/pagefind.ts alone). */
export const SEARCH_FOLDER = 'pagefind';

/** Pagefind's script, one for every index (each opened as an instance of its own). */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';

/** Titles, leads and facets only: queried first (src/lib/search/scope.ts). */
export const SUMMARY_BUNDLE = '/pagefind/tom-tat/';

/** A search path from the site's root as a path inside the built site, without slashes at either end: "/pagefind/nam-2026/" → "pagefind/nam-2026", PAGEFIND_SCRIPT → "pagefind/pagefind.js" (where the build writes it). */
export function sitePath(bundle: string): string {
  return bundle.replace(/^\/|\/$/g, '');
}

/** A year's full text: "2026" → "/pagefind/nam-2026/". */
export function yearBundle(year: string): string {
  if (!/^\d{4}$/.test(year)) throw new Error(`search index: "${year}" is not a four-digit year`);
  return `/pagefind/nam-${year}/`;
}

/** Files of a year's full text, as paths inside the site ("pagefind/nam-2026/index/…"): the bulk of the index. */
export const YEAR_BUNDLE_FILE = /^pagefind\/nam-\d{4}\//;

/**
 * The year of the full-text index that holds a page whose `year` facet is
 * `year`, in a build made in `buildYear` (Vietnam time): its own, or the
 * build's year for a page dated later (an upcoming event, a plan for next
 * year). Every full-text search starts with the newest index, and opens it
 * ahead while the summary is searched; a later year's index would hold a
 * handful of announcements and be searched first for little.
 */
export function fullTextIndexYear(year: string, buildYear: string): string {
  return year > buildYear ? buildYear : year;
}
