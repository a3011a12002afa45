/**
 * Writes compressed copies beside the files of a release, for nginx's
 * gzip_static and brotli_static: it then sends those bytes, to a client that
 * accepts them, instead of compressing each response itself at a lower level.
 *
 * - Text files: file.gz (gzip, best compression); under /_astro/ and
 *   /pagefind/ (scripts, styles: shared by every page, the search page's
 *   first query) also file.br (brotli, best). Pages keep gzip alone: brotli at
 *   its best over every page took 200 s for a 1,000-item build on the 2-core
 *   machine of README's figures, for about a tenth of a 4–5 KB page.
 * - Pagefind's index files (src/integrations/pagefind.ts): Pagefind writes
 *   them gzipped and inflates them itself, unless the bytes it fetched
 *   already start with its "pagefind_dcd" marker (decompress() in its
 *   script), which they do once inflated. So file.br holds the inflated file
 *   in brotli: a browser that asks for br gets it and decodes it, and Pagefind
 *   reads the marker; any other client gets the gzipped file as before.
 *
 * A copy that does not gain is not written; files too small to gain are left
 * alone. A copy keeps the original's modification time, so Last-Modified does
 * not change with the encoding.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { PRECOMPRESSED_EXTENSIONS } from '../../src/lib/deploy/nginx.ts';
import { YEAR_BUNDLE_FILE } from '../../src/lib/search/bundles.ts';
import { listFiles } from '../../tests/support/dist.ts';

const MIN_BYTES = 256;

/** Folders whose text files get a brotli copy too. */
const BROTLI_FOLDERS = /^(_astro|pagefind)\//;

/** Pagefind's gzipped index files: WebAssembly, metadata, word chunks, fragments, filters. */
const PAGEFIND_EXTENSIONS = ['.pagefind', '.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter'];

/**
 * The full text's files (one bundle per year, src/lib/search/bundles.ts):
 * the bulk of the index, growing with the site. Brotli's best quality is
 * about ten times slower than quality 5 for a tenth of the size (measured on
 * the 1,000-item benchmark's index), so these get quality 5 and everything
 * else (the summary index a first query reads, scripts) the best.
 */
function brotli(file: string, data: Buffer): Buffer {
  const quality = YEAR_BUNDLE_FILE.test(file) ? 5 : constants.BROTLI_MAX_QUALITY;
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
}

function isText(file: string): boolean {
  return (PRECOMPRESSED_EXTENSIONS as readonly string[]).includes(extname(file));
}

function isPagefindIndex(file: string): boolean {
  return PAGEFIND_EXTENSIONS.includes(extname(file)) && file.startsWith('pagefind/');
}

/** Whether bytes are gzip (its magic number, RFC 1952): Pagefind's files are, except those it reads as they are (its "pagefind_dcd" marker first, as the year indexes' WebAssembly stand-in). */
const isGzip = (bytes: Buffer) => bytes[0] === 0x1f && bytes[1] === 0x8b;

/** The copies to try for one file: extension → bytes. */
function copies(file: string, original: Buffer): [string, Buffer][] {
  if (isPagefindIndex(file)) return [['.br', brotli(file, isGzip(original) ? gunzipSync(original) : original)]];
  const gzipped: [string, Buffer] = ['.gz', gzipSync(original, { level: constants.Z_BEST_COMPRESSION })];
  return BROTLI_FOLDERS.test(file) ? [gzipped, ['.br', brotli(file, original)]] : [gzipped];
}

/** Returns how many files got a compressed copy. */
export function precompress(dir: string): number {
  let count = 0;
  for (const file of listFiles(dir)) {
    if (!isText(file) && !isPagefindIndex(file)) continue;
    const path = join(dir, file);
    const original = readFileSync(path);
    if (original.length < MIN_BYTES) continue;
    const written = copies(file, original).filter(([, bytes]) => bytes.length < original.length);
    const { atime, mtime } = statSync(path);
    for (const [extension, bytes] of written) {
      writeFileSync(`${path}${extension}`, bytes);
      utimesSync(`${path}${extension}`, atime, mtime);
    }
    if (written.length > 0) count++;
  }
  return count;
}
