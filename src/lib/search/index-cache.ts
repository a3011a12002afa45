/**
 * Search indexes kept between builds. Building an index is most of the
 * search step's cost (Pagefind adding each page, then writing its files:
 * README, "Build cost"), and what a bundle publishes depends only on its
 * pages (their URLs, in order, and the built HTML they are prepared from:
 * index-html.ts), the options Pagefind is run with and the code that
 * prepares, builds and trims it. So src/integrations/pagefind.ts keeps each
 * bundle's published files in the build cache under a key made of all of
 * those, and a build whose pages of a bundle are the same as last time
 * writes that bundle from the cache instead of running Pagefind: a warm
 * rebuild of an unchanged site builds no index, and publishing one item
 * builds the summary and that item's year.
 *
 * The key takes each page's whole built HTML, not only what the index reads
 * of it, so a change anywhere in a page (its header, say) builds its indexes
 * again: more work than needed, never stale output. What is decided here (the
 * key, the file's shape, which file to trust) is pure; pagefind.ts reads the
 * files, and pagefind-service.ts writes each index's as it builds it.
 */
import { cacheHash } from '../build-cache.ts';
import type { IndexFile } from './bundle-files.ts';
import { sitePath } from './bundles.ts';

/** The cache's folder, under the build cache (src/lib/build-cache.ts). */
export const INDEX_CACHE_FOLDER = 'search-index';

/** The first line of every cache file, before its table of contents: another version's file is not read. */
const FORMAT = 'do-luong search index 1';

/** A page's fingerprint for the key: a hash of its built HTML (whole, as read from the output folder). */
export const pageFingerprint = (html: string): string => cacheHash(html);

/**
 * What a cached index's correctness rests on besides its pages: the source
 * of every module that prepares pages, runs Pagefind or trims its files
 * (`sources`, whole; src/integrations/pagefind.ts lists them), and the
 * lockfile, which pins Pagefind itself and the HTML parser.
 */
export const indexFingerprint = (sources: readonly string[], lockfile: string): string => cacheHash(...sources, lockfile);

/** What an index is built from, for its key: its bundle path (bundles.ts), Pagefind's options, and its pages in the order Pagefind numbers them. */
export interface IndexInputs {
  bundle: string;
  language: string;
  chunkLocations: number;
  /** Each page's URL and pageFingerprint. */
  pages: readonly { url: string; fingerprint: string }[];
}

/** The key of an index built from `inputs` by code with the fingerprint `code` (indexFingerprint). */
export function indexKey(code: string, inputs: IndexInputs): string {
  return cacheHash(code, inputs.bundle, inputs.language, String(inputs.chunkLocations), ...inputs.pages.flatMap((page) => [page.url, page.fingerprint]));
}

/** The cache file of a bundle ("/pagefind/nam-2026/" → "search-index/pagefind-nam-2026.bin"), relative to the build cache. */
export function indexCacheFile(bundle: string): string {
  const name = sitePath(bundle).replaceAll('/', '-');
  if (!/^[\w-]+$/.test(name)) throw new Error(`search index cache: the bundle path "${bundle}" does not make a file name`);
  return `${INDEX_CACHE_FOLDER}/${name}.bin`;
}

/**
 * A cache file holding `files` (the bundle's published files: bundle-files.ts,
 * publishedFiles) under `key`: a line naming the format, a line of JSON with
 * the key and each file's path and size in bytes, then the files' bytes one
 * after another.
 */
export function packIndex(key: string, files: readonly IndexFile[]): Uint8Array {
  const head = new TextEncoder().encode(`${FORMAT}\n${JSON.stringify({ key, files: files.map((file) => [file.path, file.content.length]) })}\n`);
  const packed = new Uint8Array(head.length + files.reduce((bytes, file) => bytes + file.content.length, 0));
  packed.set(head);
  let at = head.length;
  for (const file of files) {
    packed.set(file.content, at);
    at += file.content.length;
  }
  return packed;
}

/** Whether `path` is a file under `folder`, each segment a name, none "." or "..". */
const pathUnder = (path: string, folder: string) => path.startsWith(`${folder}/`) && path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');

/**
 * The files a cache file (`packed`, undefined when there is none) holds when
 * it was packed under `key`; undefined for any other key, another format, a
 * path neither under `folder` (the bundle's folder from the site's root,
 * "pagefind/nam-2026") nor one of `also` (the summary's script, moved up:
 * bundle-files.ts), or a file that is cut short, too long or otherwise not
 * packIndex's: the index is then built again, never an error.
 */
export function unpackIndex(packed: Uint8Array | undefined, key: string, folder: string, also: readonly string[] = []): IndexFile[] | undefined {
  if (!packed) return undefined;
  const formatEnd = packed.indexOf(0x0a);
  const headEnd = formatEnd < 0 ? -1 : packed.indexOf(0x0a, formatEnd + 1);
  if (headEnd < 0) return undefined;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let head: unknown;
  try {
    if (decoder.decode(packed.subarray(0, formatEnd)) !== FORMAT) return undefined;
    head = JSON.parse(decoder.decode(packed.subarray(formatEnd + 1, headEnd)));
  } catch {
    return undefined;
  }
  const { key: packedKey, files } = (typeof head === 'object' && head !== null ? head : {}) as { key?: unknown; files?: unknown };
  if (packedKey !== key || !Array.isArray(files)) return undefined;
  const unpacked: IndexFile[] = [];
  let at = headEnd + 1;
  for (const entry of files as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const [path, bytes] = entry as unknown[];
    if (typeof path !== 'string' || !(pathUnder(path, folder) || also.includes(path)) || !Number.isSafeInteger(bytes) || (bytes as number) < 0 || at + (bytes as number) > packed.length) return undefined;
    unpacked.push({ path, content: packed.subarray(at, at + (bytes as number)) });
    at += bytes as number;
  }
  return at === packed.length ? unpacked : undefined;
}
