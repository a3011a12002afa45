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
import { createHash } from 'node:crypto';

export const DEFAULT_CACHE_DIR = './.cache/astro';

export function buildCacheDir(env: Record<string, string | undefined>): string {
  return env.ASTRO_CACHE_DIR || DEFAULT_CACHE_DIR;
}

/**
 * SHA-256 (hex) of `parts`, each prefixed with its length so that no two
 * lists hash alike ("ab", "c" against "a", "bc"): the keys and fingerprints
 * of what the build cache holds.
 */
export function cacheHash(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}
