/** Which word chunks a half-typed syllable may complete into (src/lib/search/prefix-chunks.ts). */
import { describe, expect, it } from 'vitest';
import { checkWordChunks, PREFIX_CHUNK_BYTES, prefixChunkProbes, probePrefix, queryWordChunks, withinBytes, type WordChunk } from '../../../src/lib/search/prefix-chunks.ts';

/** Chunk starts as Pagefind bounds them at 1,000 locations (the 1,000-item benchmark's summary around "h"), each 2 KB, its file named after its start. */
const CHUNKS: WordChunk[] = ['01', 'duo', 'gian', 'gop', 'han', 'hi', 'hieu', 'hoa', 'hoan', 'hop', 'huy', 'i', 'kh'].map((start) => [start, 2048, `vi_${start}`]);
const hashes = (chunks: readonly WordChunk[]) => chunks.map(([, , hash]) => hash);

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
    const heavy = (bytes: number): WordChunk[] => [['ta', 100, 'vi_1'], ['tai', bytes, 'vi_2'], ['tam', 100, 'vi_3'], ['u', 100, 'vi_4']];
    expect(prefixChunkProbes(heavy(PREFIX_CHUNK_BYTES), 't')).toEqual(['ta', 'tai']);
    expect(prefixChunkProbes(heavy(PREFIX_CHUNK_BYTES + 1), 't')).toEqual(['ta']);
    expect(prefixChunkProbes(heavy(PREFIX_CHUNK_BYTES + 1), 'tam')).toEqual(['tam']);
  });
});

describe('queryWordChunks', () => {
  it('names the chunk each term falls in, as Pagefind loads it for a word the index holds: the last one starting at or before it', () => {
    expect(hashes(queryWordChunks(CHUNKS, 'dong', ''))).toEqual(['vi_01']);
    expect(hashes(queryWordChunks(CHUNKS, 'duoc', ''))).toEqual(['vi_duo']);
    expect(hashes(queryWordChunks(CHUNKS, 'hoa', ''))).toEqual(['vi_hoa']);
    expect(hashes(queryWordChunks(CHUNKS, 'hoach', ''))).toEqual(['vi_hoa']);
  });

  it('names the chunk before a term the index may not hold (past the last start: the last chunk), which Pagefind may not load: a wasted preload, never a missed one', () => {
    expect(hashes(queryWordChunks(CHUNKS, 'zeta', ''))).toEqual(['vi_kh']);
  });

  it('takes each term as Pagefind does (marks folded, lower case, punctuation dropped), each chunk once, in chunk order', () => {
    expect(hashes(queryWordChunks(CHUNKS, 'Hóa  được (duoc)', ''))).toEqual(['vi_duo', 'vi_hoa']);
  });

  it('adds the chunks the half-typed prefix may complete into, within the limit', () => {
    expect(hashes(queryWordChunks(CHUNKS, 'duoc h', 'h'))).toEqual(['vi_duo', 'vi_gop', 'vi_han', 'vi_hi', 'vi_hieu', 'vi_hoa', 'vi_hoan', 'vi_hop', 'vi_huy']);
    expect(hashes(queryWordChunks(CHUNKS, 'duoc h', 'h', 2 * 2048))).toEqual(['vi_duo', 'vi_gop', 'vi_han', 'vi_hi']);
  });

  it('names nothing for a term before the first chunk, an empty term or an empty index', () => {
    expect(queryWordChunks(CHUNKS, '0', '')).toEqual([]);
    expect(queryWordChunks(CHUNKS, ' ', '')).toEqual([]);
    expect(queryWordChunks([], 'dong h', 'h')).toEqual([]);
  });
});

describe('withinBytes', () => {
  it('keeps the chunks whole when they weigh at most the limit, and none over it', () => {
    const wanted = queryWordChunks(CHUNKS, 'duoc hoa', '');
    expect(withinBytes(wanted, 2 * 2048)).toEqual(wanted);
    expect(withinBytes(wanted, 2 * 2048 - 1)).toEqual([]);
    expect(withinBytes([], 0)).toEqual([]);
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
  it('accepts a list of [start, bytes, hash] and names the file otherwise', () => {
    expect(() => checkWordChunks([['a', 10, 'vi_1a'], ['b', 0, 'vi_2b']], 'x.json')).not.toThrow();
    expect(() => checkWordChunks({ chunks: [] }, '/pagefind/tom-tat/word-chunks.json')).toThrow('/pagefind/tom-tat/word-chunks.json: expected a JSON array of [start, bytes, hash]');
    expect(() => checkWordChunks([['a', -1, 'vi_1']], 'x.json')).toThrow('x.json: expected');
    expect(() => checkWordChunks([['a', 10]], 'x.json')).toThrow('x.json: expected');
    // The hash becomes part of a URL: nothing but a file name's characters.
    expect(() => checkWordChunks([['a', 10, '../x?y']], 'x.json')).toThrow('x.json: expected');
    expect(() => checkWordChunks(['a'], 'x.json')).toThrow('x.json: expected');
  });
});
