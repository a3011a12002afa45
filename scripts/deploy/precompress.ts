/**
 * Writes a gzip copy (file.gz, best compression) beside every text file of a
 * release, for nginx's gzip_static: it then sends those bytes instead of
 * compressing each response itself at a lower level. Files too small to gain
 * are left alone. The copy keeps the original's modification time, so
 * Last-Modified does not change with the encoding.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { PRECOMPRESSED_EXTENSIONS } from '../../src/lib/deploy/nginx.ts';
import { listFiles } from '../../tests/support/dist.ts';

const MIN_BYTES = 256;

/** Returns how many files got a .gz copy. */
export function precompress(dir: string): number {
  let count = 0;
  for (const file of listFiles(dir)) {
    if (!(PRECOMPRESSED_EXTENSIONS as readonly string[]).includes(extname(file))) continue;
    const path = join(dir, file);
    const original = readFileSync(path);
    if (original.length < MIN_BYTES) continue;
    const gzipped = gzipSync(original, { level: constants.Z_BEST_COMPRESSION });
    if (gzipped.length >= original.length) continue;
    writeFileSync(`${path}.gz`, gzipped);
    const { atime, mtime } = statSync(path);
    utimesSync(`${path}.gz`, atime, mtime);
    count++;
  }
  return count;
}
