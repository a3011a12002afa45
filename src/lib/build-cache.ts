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
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

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

/**
 * Writes `data` to the cache file `path` whole (a temporary file, then a
 * rename: a build running beside this one never reads half a file), making
 * its folder. A cache that cannot be written costs the next build its work,
 * not this build its output: it warns with `prefix`, the file, why, and
 * `consequence` ("the next build parses every body again"), and never throws.
 */
export async function writeCacheFile(path: string, data: string | Uint8Array, prefix: string, consequence: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.length), { fsync: false });
  } catch (error) {
    console.warn(`${prefix}: ${path} not written (${error instanceof Error ? error.message : String(error)}); ${consequence}`);
  }
}
