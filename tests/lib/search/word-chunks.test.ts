/** Pagefind's word index cut into smaller chunks (src/lib/search/word-chunks.ts), on indexes the real Pagefind builds. */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cbor-x';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INFLATED_MARKER, type IndexFile } from '../../../src/lib/search/bundle-files.ts';
import { cborArrayHead, contentName, runsUpTo, smallerWordChunks, WORD_CHUNK_BYTES } from '../../../src/lib/search/word-chunks.ts';

type Word = [string, ...unknown[]];
type Chunk = [string, string, string];

const inflated = (file: IndexFile): unknown => {
  const bytes = gunzipSync(file.content);
  expect(bytes.subarray(0, INFLATED_MARKER.length).toString()).toBe(INFLATED_MARKER);
  return decode(bytes.subarray(INFLATED_MARKER.length));
};
const file = (files: readonly IndexFile[], path: string) => {
  const found = files.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no ${path} among ${files.map((candidate) => candidate.path).join(', ')}`);
  return found;
};
const entryOf = (files: readonly IndexFile[]) => JSON.parse(new TextDecoder().decode(file(files, 'pagefind-entry.json').content)) as { version: string; languages: { vi: { hash: string; page_count: number } } };
const metaOf = (files: readonly IndexFile[]) => inflated(file(files, `pagefind.${entryOf(files).languages.vi.hash}.pf_meta`)) as unknown[];
const chunksOf = (files: readonly IndexFile[]) => metaOf(files)[2] as Chunk[];
const wordsOf = (files: readonly IndexFile[], hash: string) => (inflated(file(files, `index/${hash}.pf_index`)) as [Word[]])[0];
const allWords = (files: readonly IndexFile[]) => chunksOf(files).flatMap(([, , hash]) => wordsOf(files, hash));

/** Sixty pages of metrology news, each with its own figures, so that the index holds some hundreds of words over several of Pagefind's chunks. */
const SYLLABLES = ['cân', 'đồng', 'hồ', 'đo', 'nước', 'kiểm', 'định', 'chợ', 'taximet', 'công', 'tơ', 'điện', 'khó', 'khăn', 'vướng', 'mắc', 'doanh', 'nghiệp', 'quả', 'chuẩn', 'lường', 'xăng', 'dầu', 'huyện', 'xã'];
function page(n: number): string {
  const words = Array.from({ length: 400 }, (_, i) => SYLLABLES[(n * 7 + i * i) % SYLLABLES.length]);
  return `<!doctype html><html lang="vi"><head><title>Bài ${n}</title></head><body><main data-pagefind-body><h1>Bài ${n}: ${SYLLABLES[n % SYLLABLES.length]}</h1><p>${words.join(' ')} mã-${n}-${n * 37} số ${n * 1013} ngày ${(n % 28) + 1}/${(n % 12) + 1}/2026</p></main></body></html>`;
}

let built: IndexFile[];
beforeAll(async () => {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(errors.join('; '));
  for (let n = 0; n < 60; n++) await index.addHTMLFile({ url: `/tin-tuc/bai-${n}/`, content: page(n) });
  built = (await index.getFiles()).files.map(({ path, content }) => ({ path, content }));
}, 60_000);
afterAll(() => pagefind.close());

describe('runsUpTo', () => {
  it('groups items in order into runs of at most the bytes given, an item over them alone', () => {
    expect(runsUpTo([3, 4, 2, 9, 1, 1, 5], (size) => size, 8)).toEqual([[3, 4], [2], [9], [1, 1, 5]]);
    expect(runsUpTo([8, 8], (size) => size, 8)).toEqual([[8], [8]]);
    expect(runsUpTo([], (size: number) => size, 8)).toEqual([]);
  });
});

describe('contentName', () => {
  it('names as Pagefind does: the language and the start of the hash, one digit more for each clash', () => {
    const hash = 'abcdef0123456789';
    expect(contentName('vi', hash, 7, new Set())).toBe('vi_abcdef0');
    expect(contentName('vi', hash, 7, new Set(['vi_abcdef0', 'vi_abcdef01']))).toBe('vi_abcdef012');
  });
});

describe('smallerWordChunks', () => {
  it('keeps every word whole, in Pagefind\'s order, in chunks of at most the bytes given', () => {
    const maxBytes = 1024;
    const before = chunksOf(built);
    const files = smallerWordChunks(built, maxBytes);
    const after = chunksOf(files);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(before.length * 4);
    expect(allWords(files)).toEqual(allWords(built));
    for (const [from, to, hash] of after) {
      const words = wordsOf(files, hash);
      expect([from, to]).toEqual([words[0]![0], words.at(-1)![0]]);
      const bytes = gunzipSync(file(files, `index/${hash}.pf_index`).content).length - INFLATED_MARKER.length;
      // The words, plus the heads of the two arrays around them (at most 3 bytes each here).
      if (words.length > 1) expect(bytes, hash).toBeLessThanOrEqual(maxBytes + 6);
      expect(hash).toBe(`vi_${createHash('sha1').update(gunzipSync(file(files, `index/${hash}.pf_index`).content).subarray(INFLATED_MARKER.length)).digest('hex').slice(0, 7)}`);
    }
    // Bounds in order, none overlapping: Pagefind takes the first chunk whose bounds hold a term.
    for (let i = 1; i < after.length; i++) expect(after[i - 1]![1] < after[i]![0], `${after[i - 1]![1]} < ${after[i]![0]}`).toBe(true);
  });

  it('writes the metadata again under a new name with only its chunk list changed, and the entry pointing to it', () => {
    const files = smallerWordChunks(built);
    const [entryBefore, entryAfter] = [entryOf(built), entryOf(files)];
    expect(entryAfter.languages.vi.hash).not.toBe(entryBefore.languages.vi.hash);
    expect(entryAfter.languages.vi.hash).toMatch(/^vi_[0-9a-f]{10}$/);
    expect({ ...entryAfter, languages: { vi: { ...entryAfter.languages.vi, hash: '' } } }).toEqual({ ...entryBefore, languages: { vi: { ...entryBefore.languages.vi, hash: '' } } });
    const [metaBefore, metaAfter] = [metaOf(built), metaOf(files)];
    expect(metaAfter.filter((_, i) => i !== 2)).toEqual(metaBefore.filter((_, i) => i !== 2));
    expect(chunksOf(files).length).toBeGreaterThan(chunksOf(built).length);
  });

  it('leaves every other file as it is and drops the chunks and metadata it replaced', () => {
    const files = smallerWordChunks(built);
    const replaced = (path: string) => path === 'pagefind-entry.json' || path.endsWith('.pf_meta') || path.startsWith('index/');
    expect(files.filter((candidate) => !replaced(candidate.path))).toEqual(built.filter((candidate) => !replaced(candidate.path)));
    const listed = new Set(chunksOf(files).map(([, , hash]) => `index/${hash}.pf_index`));
    expect(files.filter((candidate) => candidate.path.startsWith('index/')).map((candidate) => candidate.path).sort()).toEqual([...listed].sort());
    expect(files.filter((candidate) => candidate.path.endsWith('.pf_meta'))).toHaveLength(1);
  });

  it('gives the same bytes for the same index, and WORD_CHUNK_BYTES by default', () => {
    const once = smallerWordChunks(built);
    expect(smallerWordChunks(built)).toEqual(once);
    expect(smallerWordChunks(built, WORD_CHUNK_BYTES)).toEqual(once);
  });

  it('stops naming the file when a chunk, the metadata or the entry is missing or not Pagefind\'s format', () => {
    const [, , firstChunk] = chunksOf(built)[0]!;
    const metaPath = `pagefind.${entryOf(built).languages.vi.hash}.pf_meta`;
    expect(() => smallerWordChunks(built.filter((candidate) => candidate.path !== `index/${firstChunk}.pf_index`))).toThrow(`${metaPath} lists the word chunk index/${firstChunk}.pf_index, which Pagefind did not write`);
    expect(() => smallerWordChunks(built.filter((candidate) => candidate.path !== metaPath))).toThrow(`pagefind-entry.json names ${metaPath}, which Pagefind did not write`);
    expect(() => smallerWordChunks(built.filter((candidate) => candidate.path !== 'pagefind-entry.json'))).toThrow('Pagefind wrote no pagefind-entry.json');
    const replace = (path: string, content: Uint8Array) => built.map((candidate) => (candidate.path === path ? { path, content } : candidate));
    expect(() => smallerWordChunks(replace(metaPath, new TextEncoder().encode('not gzip')))).toThrow(`${metaPath} is not gzip`);
    expect(() => smallerWordChunks(replace(metaPath, gzipSync('no marker')))).toThrow(`${metaPath} does not start with Pagefind's "${INFLATED_MARKER}" marker`);
    const chunkPath = `index/${firstChunk}.pf_index`;
    expect(() => smallerWordChunks(replace(chunkPath, gzipSync(Buffer.concat([Buffer.from(INFLATED_MARKER), Buffer.from([0x81, 0x81, 0x01])]))))).toThrow(`${chunkPath} is not a list of words as Pagefind 1.6 writes it`);
  });
});

describe('cborArrayHead', () => {
  it('writes the head of an array of each length as a CBOR library does (RFC 8949, 3.1)', async () => {
    const { encode } = await import('cbor-x');
    for (const length of [0, 1, 23, 24, 255, 256, 65_535, 65_536]) {
      expect(Buffer.from(cborArrayHead(length)), String(length)).toEqual(Buffer.from(encode(new Array(length).fill(0))).subarray(0, cborArrayHead(length).length));
    }
  });
});
