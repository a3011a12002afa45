/** Which word chunks a half-typed syllable may complete into (src/lib/search/prefix-chunks.ts). */
import { describe, expect, it } from 'vitest';
import { checkChunkStarts, prefixChunkProbes } from '../../../src/lib/search/prefix-chunks.ts';

/** Chunk starts as Pagefind bounds them at 1,000 locations (the 1,000-item benchmark's summary around "h"). */
const STARTS = ['01', 'duo', 'gian', 'gop', 'han', 'hi', 'hieu', 'hoa', 'hoan', 'hop', 'huy', 'i', 'kh'];

describe('prefixChunkProbes', () => {
  it('names each chunk that may hold a word starting with the prefix: the one the prefix falls in and every one after that starts with it', () => {
    expect(prefixChunkProbes(STARTS, 'h')).toEqual(['gop', 'han', 'hi', 'hieu', 'hoa', 'hoan', 'hop', 'huy']);
    expect(prefixChunkProbes(STARTS, 'ho')).toEqual(['hieu', 'hoa', 'hoan', 'hop']);
    expect(prefixChunkProbes(STARTS, 'hoa')).toEqual(['hoa', 'hoan']);
  });

  it('names one chunk for a prefix whose words all fall inside it, and the last chunk for a prefix after every start', () => {
    expect(prefixChunkProbes(STARTS, 'hiem')).toEqual(['hi']);
    expect(prefixChunkProbes(STARTS, 'du')).toEqual(['01', 'duo']);
    expect(prefixChunkProbes(STARTS, 'x')).toEqual(['kh']);
  });

  it('names the first chunk for a prefix before every start, and nothing for an empty prefix or index', () => {
    expect(prefixChunkProbes(STARTS, '0')).toEqual(['01']);
    expect(prefixChunkProbes(STARTS, '')).toEqual([]);
    expect(prefixChunkProbes([], 'h')).toEqual([]);
  });
});

describe('checkChunkStarts', () => {
  it('accepts a list of strings and names the file otherwise', () => {
    expect(() => checkChunkStarts(['a', 'b'], 'x.json')).not.toThrow();
    expect(() => checkChunkStarts({ starts: [] }, '/pagefind/tom-tat/chunk-starts.json')).toThrow('/pagefind/tom-tat/chunk-starts.json: expected a JSON array of strings (where each word chunk starts)');
    expect(() => checkChunkStarts(['a', 1], 'x.json')).toThrow('x.json: expected');
  });
});
