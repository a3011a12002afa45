/**
 * Pagefind's word index cut into smaller chunks (issue 16, "Light on a
 * phone"). For each word of a query the browser downloads the whole chunk
 * that holds it, and Pagefind fills a chunk up to a fixed count of word
 * locations (`chunk_index(word_map, 20000)` in its pagefind/src/index/mod.rs,
 * "TODO: Parameterize these chunk sizes via options"; no option sets it). On
 * the 1,000-item benchmark that is 25–35 KB compressed per chunk, though
 * "khó", "khăn", "vướng", "mắc" hold about 0.3 KB each: a four-syllable query
 * paid some 100 KB for 1.3 KB of its own words. Measured on that build
 * (README, "Search"), chunks of WORD_CHUNK_BYTES brought a full-text query
 * from 219.4 KB to 129 KB and a titles-and-summaries query from 133 KB to
 * 110 KB; 2 KiB and 8 KiB chunks gave 127–135 KB and 110–112 KB.
 *
 * The split works on the files Pagefind's Node API hands back for one index
 * (`getFiles`), before they are published (src/integrations/pagefind-service.ts):
 * the words stay in Pagefind's order and encoding, each word whole in one
 * chunk, and the metadata's list of chunks (first word, last word, file) is
 * written again, so Pagefind's own script finds a word's chunk as before
 * (`request_indexes` in its pagefind_web: the chunk whose first and last
 * words bound the term). Files are named as Pagefind names them: language, an
 * underscore and the start of the content's hash, longer on a clash.
 *
 * Pagefind's files, as read here (its pagefind/src/index/index_metadata.rs and
 * index_words.rs, version 1.6): gzip of the marker "pagefind_dcd" followed by
 * CBOR; the metadata an array whose third element lists the chunks as
 * [from, to, hash]; a chunk an array whose first element lists its words, each
 * an array whose first element is the word. A file that is not so (a Pagefind
 * release that changed them) stops the build naming the file, rather than
 * publishing an index the browser cannot read.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, Encoder } from 'cbor-x';
import { INFLATED_MARKER, type IndexFile } from './bundle-files.ts';

/** The most CBOR bytes (before compression) of words a chunk holds, unless one word alone takes more (it then has a chunk of its own). */
export const WORD_CHUNK_BYTES = 4096;

/** Pagefind's word entry: the word first, then what Pagefind stores of it (left as it is). */
type WordEntry = [string, ...unknown[]];
/** An entry of the metadata's chunk list: first word, last word, the chunk's file name without folder and extension. */
type MetaChunk = [from: string, to: string, hash: string];

const ENTRY_FILE = 'pagefind-entry.json';
const MARKER = new TextEncoder().encode(INFLATED_MARKER);
const cbor = new Encoder({ useRecords: false });

interface PagefindEntry {
  languages: Record<string, { hash: string }>;
}

/**
 * Consecutive runs of `items` whose `size`s (bytes) add up to at most
 * `maxBytes`, in order; an item larger than `maxBytes` is a run alone. An
 * empty list gives no runs.
 */
export function runsUpTo<Item>(items: readonly Item[], size: (item: Item) => number, maxBytes: number): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  let bytes = 0;
  for (const item of items) {
    const itemBytes = size(item);
    if (run.length > 0 && bytes + itemBytes > maxBytes) {
      runs.push(run);
      run = [];
      bytes = 0;
    }
    run.push(item);
    bytes += itemBytes;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function inflate(file: IndexFile): unknown {
  let bytes: Uint8Array;
  try {
    bytes = gunzipSync(file.content);
  } catch {
    throw new Error(`search index: ${file.path} is not gzip, as Pagefind writes its index files`);
  }
  if (!MARKER.every((byte, i) => bytes[i] === byte)) throw new Error(`search index: ${file.path} does not start with Pagefind's "${INFLATED_MARKER}" marker`);
  return decode(bytes.subarray(MARKER.length));
}

/** Pagefind's file bytes for CBOR `encoded` (the marker and the CBOR, gzipped) and the SHA-1 of the CBOR, in hex. */
function deflate(encoded: Uint8Array): { content: Uint8Array; hash: string } {
  return { content: gzipSync(Buffer.concat([MARKER, encoded])), hash: createHash('sha1').update(encoded).digest('hex') };
}

/** The head of a CBOR array of `length` items (RFC 8949, section 3.1: major type 4, the length in the head or in the 1, 2 or 4 bytes after it). */
export function cborArrayHead(length: number): Uint8Array {
  if (length < 24) return Uint8Array.of(0x80 + length);
  if (length < 0x100) return Uint8Array.of(0x98, length);
  if (length < 0x10000) return Uint8Array.of(0x99, length >> 8, length & 0xff);
  return Uint8Array.of(0x9a, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
}

/**
 * A chunk's CBOR, `[words]` as Pagefind writes it, from its words' CBOR
 * (each word encoded once, to size the chunks, and not again).
 */
function chunkCbor(words: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat([cborArrayHead(1), cborArrayHead(words.length), ...words]);
}

/** Pagefind's name for content of SHA-1 `hash`: `${language}_` and the hash's first `length` hex digits, more while `taken` has it. */
export function contentName(language: string, hash: string, length: number, taken: ReadonlySet<string>): string {
  let digits = length;
  while (taken.has(`${language}_${hash.slice(0, digits)}`) && digits < hash.length) digits++;
  return `${language}_${hash.slice(0, digits)}`;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isMetaChunk = (value: unknown): value is MetaChunk => Array.isArray(value) && value.length === 3 && value.every(isString);
const isWordEntry = (value: unknown): value is WordEntry => Array.isArray(value) && isString(value[0]);

function chunkWords(file: IndexFile | undefined, hash: string, metaPath: string): WordEntry[] {
  if (!file) throw new Error(`search index: ${metaPath} lists the word chunk index/${hash}.pf_index, which Pagefind did not write`);
  const chunk = inflate(file);
  const words = Array.isArray(chunk) ? (chunk[0] as unknown) : undefined;
  if (!Array.isArray(words) || !words.every(isWordEntry)) throw new Error(`search index: ${file.path} is not a list of words as Pagefind 1.6 writes it`);
  return words;
}

/**
 * The files of one Pagefind index (`files`: paths inside the bundle, as
 * `getFiles` hands them back) with each language's word chunks cut to at most
 * `maxBytes` of CBOR (WORD_CHUNK_BYTES; a word larger than that alone), its
 * metadata rewritten to list them under a new name, and pagefind-entry.json
 * pointing to it. Every other file is handed back as it is. Throws naming the
 * file when the entry, a metadata file or a chunk is missing or not in
 * Pagefind's format (module comment).
 */
export function smallerWordChunks(files: readonly IndexFile[], maxBytes: number = WORD_CHUNK_BYTES): IndexFile[] {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const entryFile = byPath.get(ENTRY_FILE);
  if (!entryFile) throw new Error(`search index: Pagefind wrote no ${ENTRY_FILE}`);
  const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as PagefindEntry;
  const replaced = new Set<string>([ENTRY_FILE]);
  const written: IndexFile[] = [];
  for (const [language, index] of Object.entries(entry.languages)) {
    const metaPath = `pagefind.${index.hash}.pf_meta`;
    const metaFile = byPath.get(metaPath);
    if (!metaFile) throw new Error(`search index: ${ENTRY_FILE} names ${metaPath}, which Pagefind did not write`);
    const meta = inflate(metaFile);
    if (!Array.isArray(meta) || !Array.isArray(meta[2]) || !meta[2].every(isMetaChunk)) throw new Error(`search index: ${metaPath} has no list of word chunks as Pagefind 1.6 writes it`);
    const words = (meta[2] as MetaChunk[]).flatMap(([, , hash]) => {
      const path = `index/${hash}.pf_index`;
      replaced.add(path);
      return chunkWords(byPath.get(path), hash, metaPath);
    });
    const taken = new Set<string>();
    const encoded = words.map((word) => ({ word: word[0], cbor: cbor.encode(word) }));
    meta[2] = runsUpTo(encoded, (word) => word.cbor.length, maxBytes).map((run): MetaChunk => {
      const chunk = deflate(chunkCbor(run.map((word) => word.cbor)));
      const name = contentName(language, chunk.hash, 7, taken);
      taken.add(name);
      written.push({ path: `index/${name}.pf_index`, content: chunk.content });
      return [run[0]!.word, run.at(-1)!.word, name];
    });
    const rewritten = deflate(cbor.encode(meta));
    const metaName = contentName(language, rewritten.hash, 10, new Set());
    written.push({ path: `pagefind.${metaName}.pf_meta`, content: rewritten.content });
    replaced.add(metaPath);
    index.hash = metaName;
  }
  written.push({ path: ENTRY_FILE, content: new TextEncoder().encode(JSON.stringify(entry)) });
  return [...files.filter((file) => !replaced.has(file.path)), ...written];
}
