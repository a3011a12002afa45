/** Which word chunks a half-typed syllable may complete into (src/lib/search/prefix-chunks.ts). */
import { describe, expect, it } from 'vitest';
import { checkWordChunks, PREFIX_CHUNK_BYTES, prefixChunkProbes, probePrefix, type WordChunk } from '../../../src/lib/search/prefix-chunks.ts';

/** Chunk starts as Pagefind bounds them at 1,000 locations (the 1,000-item benchmark's summary around "h"), each 2 KB. */
const CHUNKS: WordChunk[] = ['01', 'duo', 'gian', 'gop', 'han', 'hi', 'hieu', 'hoa', 'hoan', 'hop', 'huy', 'i', 'kh'].map((start) => [start, 2048]);

describe('prefixChunkProbes', () => {
  it('names each chunk that may hold a word starting with the prefix: the one the prefix falls in and every one after that starts with it', () => {
    expect(prefixChunkProbes(CHUNKS, 'h')).toEqual(['gop', 'han', 'hi', 'hieu', 'hoa', 'hoan', 'hop', 'huy']);
    expect(prefixChunkProbes(CHUNKS, 'ho')).toEqual(['hieu', 'hoa', 'hoan', 'hop']);
    expect(prefixChunkProbes(CHUNKS, 'hoa')).toEqual(['hoa', 'hoan']);
  });

  it('starts with the chunk a prefix equal to a chunk start opens, not the one before it', () => {
    expect(prefixChunkProbes(CHUNKS, 'hi')).toEqual(['hi', 'hieu']);
  });

  it('names the chunk before a start the prefix begins, and that chunk', () => {
    expect(prefixChunkProbes(CHUNKS, 'du')).toEqual(['01', 'duo']);
  });

  it('names one chunk for a prefix whose words all fall inside it, and the last chunk for a prefix after every start', () => {
    expect(prefixChunkProbes(CHUNKS, 'hiem')).toEqual(['hi']);
    expect(prefixChunkProbes(CHUNKS, 'x')).toEqual(['kh']);
  });

  it('names the first chunk for a prefix before every start, and nothing for an empty prefix or index', () => {
    expect(prefixChunkProbes(CHUNKS, '0')).toEqual(['01']);
    expect(prefixChunkProbes(CHUNKS, '')).toEqual([]);
    expect(prefixChunkProbes([], 'h')).toEqual([]);
  });

  it('adds the chunks after the one the prefix falls in, nearest first, while their bytes stay within the limit', () => {
    expect(prefixChunkProbes(CHUNKS, 'h', 3 * 2048)).toEqual(['gop', 'han', 'hi', 'hieu']);
    expect(prefixChunkProbes(CHUNKS, 'h', 2047)).toEqual(['gop']);
    // A heavy chunk stops the list: the completions stay one run in Pagefind's order.
    const heavy = (bytes: number): WordChunk[] => [['ta', 100], ['tai', bytes], ['tam', 100], ['u', 100]];
    expect(prefixChunkProbes(heavy(PREFIX_CHUNK_BYTES), 't')).toEqual(['ta', 'tai']);
    expect(prefixChunkProbes(heavy(PREFIX_CHUNK_BYTES + 1), 't')).toEqual(['ta']);
    expect(prefixChunkProbes(heavy(PREFIX_CHUNK_BYTES + 1), 'tam')).toEqual(['tam']);
  });
});

describe('probePrefix', () => {
  it('drops the punctuation Pagefind drops from a term, keeping "_"', () => {
    expect(probePrefix('h,')).toBe('h');
    expect(probePrefix('kiem-t')).toBe('kiemt');
    expect(probePrefix('(kiem')).toBe('kiem');
    expect(probePrefix('409/kh-u')).toBe('409khu');
    expect(probePrefix('ma_so')).toBe('ma_so');
  });
});

describe('checkWordChunks', () => {
  it('accepts a list of [start, bytes] and names the file otherwise', () => {
    expect(() => checkWordChunks([['a', 10], ['b', 0]], 'x.json')).not.toThrow();
    expect(() => checkWordChunks({ chunks: [] }, '/pagefind/tom-tat/word-chunks.json')).toThrow('/pagefind/tom-tat/word-chunks.json: expected a JSON array of [start, bytes]');
    expect(() => checkWordChunks([['a', -1]], 'x.json')).toThrow('x.json: expected');
    expect(() => checkWordChunks(['a'], 'x.json')).toThrow('x.json: expected');
  });
});
