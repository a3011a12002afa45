/**
 * Writing the files of the build cache (src/lib/build-cache.ts): the bodies
 * as feeds carry them (src/data/syndication.ts) and the search indexes
 * (src/integrations/pagefind-service.ts).
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

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
