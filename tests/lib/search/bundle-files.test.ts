/** What the site publishes of each Pagefind bundle (src/lib/search/bundle-files.ts). */
import { gzipSync } from 'node:zlib';
import { encode } from 'cbor2';
import { describe, expect, it } from 'vitest';
import { INFLATED_MARKER, publishedFiles, withWordChunks } from '../../../src/lib/search/bundle-files.ts';
import { SUMMARY_BUNDLE, yearBundle } from '../../../src/lib/search/bundles.ts';

const text = (content: Uint8Array) => new TextDecoder().decode(content);
const built = ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-worker.js', 'pagefind-highlight.js', 'pagefind-modular-ui.js', 'pagefind-component-ui.css', 'wasm.vi.pagefind', 'pagefind-entry.json', 'pagefind.vi_1.pf_meta', 'fragment/vi_2.pf_fragment', 'index/vi_3.pf_index', 'filter/vi_4.pf_filter'].map((path) => ({
  path,
  content: new TextEncoder().encode(`bytes of ${path}`),
}));

describe('publishedFiles', () => {
  it('publishes the summary without the ready-made UIs and worker, its script moved up for every index', () => {
    const files = publishedFiles(SUMMARY_BUNDLE, built);
    expect(files.map((file) => file.path).sort()).toEqual([
      'pagefind/pagefind.js',
      'pagefind/tom-tat/filter/vi_4.pf_filter',
      'pagefind/tom-tat/fragment/vi_2.pf_fragment',
      'pagefind/tom-tat/index/vi_3.pf_index',
      'pagefind/tom-tat/pagefind-entry.json',
      'pagefind/tom-tat/pagefind.vi_1.pf_meta',
      'pagefind/tom-tat/wasm.vi.pagefind',
    ]);
    expect(text(files.find((file) => file.path === 'pagefind/tom-tat/wasm.vi.pagefind')!.content)).toBe('bytes of wasm.vi.pagefind');
  });

  it('publishes a year without a script of its own, its WebAssembly as the inflated-file marker alone', () => {
    const files = publishedFiles(yearBundle('2025'), built);
    expect(files.map((file) => file.path).sort()).toEqual([
      'pagefind/nam-2025/filter/vi_4.pf_filter',
      'pagefind/nam-2025/fragment/vi_2.pf_fragment',
      'pagefind/nam-2025/index/vi_3.pf_index',
      'pagefind/nam-2025/pagefind-entry.json',
      'pagefind/nam-2025/pagefind.vi_1.pf_meta',
      'pagefind/nam-2025/wasm.vi.pagefind',
    ]);
    expect(text(files.find((file) => file.path.endsWith('.pagefind'))!.content)).toBe(INFLATED_MARKER);
  });
});

describe('withWordChunks', () => {
  /** Pagefind's metadata as version 1.6 writes it: gzip of its marker and CBOR [version, pages, chunks, filters, sorts, …]. */
  const meta = (value: unknown) => new Uint8Array(gzipSync(Buffer.concat([Buffer.from(INFLATED_MARKER), encode(value)])));
  const entry = (languages: Record<string, unknown>) => ({ path: 'pagefind-entry.json', content: new TextEncoder().encode(JSON.stringify({ version: '1.6.0', languages })) });
  const index = [
    entry({ vi: { hash: 'vi_0123456789', wasm: null, page_count: 2 } }),
    { path: 'pagefind.vi_0123456789.pf_meta', content: meta(['1.6.0', [['a', 3]], [['01', 'dia', 'vi_1'], ['die', 'le', 'vi_2'], ['lo', 'yeu', 'vi_3']], [], [], []]) },
    { path: 'index/vi_1.pf_index', content: new Uint8Array([1]) },
    { path: 'index/vi_2.pf_index', content: new Uint8Array(300) },
    { path: 'index/vi_3.pf_index', content: new Uint8Array(42) },
  ];

  it('adds each word chunk’s start, file size and hash, in Pagefind’s order, as a JSON array, and keeps every file', () => {
    const files = withWordChunks(index);
    expect(files.slice(0, index.length)).toEqual(index);
    expect(files.map((file) => file.path).at(-1)).toBe('word-chunks.json');
    expect(JSON.parse(text(files.at(-1)!.content))).toEqual([['01', 1, 'vi_1'], ['die', 300, 'vi_2'], ['lo', 42, 'vi_3']]);
  });

  it('stops naming the file when the entry, the metadata or a chunk is missing or not as Pagefind 1.6 writes it', () => {
    const metaPath = 'pagefind.vi_0123456789.pf_meta';
    const replaced = (path: string, content: Uint8Array) => index.map((file) => (file.path === path ? { path, content } : file));
    expect(() => withWordChunks(index.slice(1))).toThrow('search index: Pagefind wrote no pagefind-entry.json');
    expect(() => withWordChunks([entry({}), ...index.slice(1)])).toThrow('pagefind-entry.json lists 0 languages; the site indexes one');
    expect(() => withWordChunks([{ path: 'pagefind-entry.json', content: new TextEncoder().encode('{"version":') }, ...index.slice(1)])).toThrow("search index: pagefind-entry.json is not Pagefind's entry");
    expect(() => withWordChunks([{ path: 'pagefind-entry.json', content: new TextEncoder().encode('{}') }, ...index.slice(1)])).toThrow("search index: pagefind-entry.json is not Pagefind's entry");
    expect(() => withWordChunks(index.filter((file) => file.path !== metaPath))).toThrow(`pagefind-entry.json names ${metaPath}, which Pagefind did not write`);
    expect(() => withWordChunks(replaced(metaPath, new TextEncoder().encode('not gzip')))).toThrow(`${metaPath} is not Pagefind's metadata as version 1.6 writes it`);
    expect(() => withWordChunks(replaced(metaPath, new Uint8Array(gzipSync('no marker here'))))).toThrow(`${metaPath} is not Pagefind's metadata as version 1.6 writes it (no "pagefind_dcd" marker)`);
    expect(() => withWordChunks(replaced(metaPath, meta(['1.6.0', [], 'no chunks'])))).toThrow(`${metaPath} has no list of word chunks as Pagefind 1.6 writes it`);
    expect(() => withWordChunks(replaced(metaPath, meta(['1.6.0', [], [[1, 2, 'vi_1']]])))).toThrow(`${metaPath} has no list of word chunks`);
    expect(() => withWordChunks(index.filter((file) => file.path !== 'index/vi_2.pf_index'))).toThrow(`${metaPath} lists the word chunk index/vi_2.pf_index, which Pagefind did not write`);
  });
});

