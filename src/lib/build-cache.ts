/**
 * Where builds keep what the next build can reuse: Astro's own cache (every
 * encoded image, under assets/), the masters large pictures are read through
 * (masters/, src/lib/image-masters.ts), the CMS bundle (admin-bundle/), the
 * share JPEGs of covers (share-images/), the bodies as feeds and the API
 * carry them (syndication/, src/lib/syndication/body-cache.ts) and the search
 * indexes (search-index/, src/lib/search/index-cache.ts). It sits outside node_modules so that
 * `npm ci` leaves it alone; CI keeps it between runs (README, "Build cost").
 * ASTRO_CACHE_DIR moves it (tests and benchmarks give each build its own).
 */
export const DEFAULT_CACHE_DIR = './.cache/astro';

export function buildCacheDir(env: Record<string, string | undefined>): string {
  return env.ASTRO_CACHE_DIR || DEFAULT_CACHE_DIR;
}
