/**
 * The search indexes kept between builds (src/lib/search/index-cache.ts):
 * the key changes with anything an index is built from, and a cache file is
 * trusted only whole and under its own key. With the real Pagefind, on
 * built pages: tests/integrations/pagefind-services.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { indexCacheFile, indexFingerprint, indexKey, packIndex, pageFingerprint, unpackIndex, type IndexInputs } from '../../../src/lib/search/index-cache.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const files = [
  { path: 'pagefind/nam-2026/pagefind-entry.json', content: bytes('{"version":"1.6.0"}') },
  { path: 'pagefind/nam-2026/fragment/vi_1.pf_fragment', content: new Uint8Array([0x1f, 0x8b, 0x0a, 0x00, 0xff]) },
  { path: 'pagefind/nam-2026/empty', content: new Uint8Array() },
];

describe('packIndex and unpackIndex', () => {
  it('give back the files packed, bytes and order, under the same key', () => {
    const unpacked = unpackIndex(packIndex('k1', files), 'k1', 'pagefind/nam-2026');
    expect(unpacked?.map((file) => file.path)).toEqual(files.map((file) => file.path));
    unpacked?.forEach((file, n) => expect([...file.content], file.path).toEqual([...files[n]!.content]));
    expect(unpackIndex(packIndex('k1', []), 'k1', 'pagefind/nam-2026')).toEqual([]);
  });

  it('trust no other key, no other format and no file cut short or run long', () => {
    const packed = packIndex('k1', files);
    expect(unpackIndex(packed, 'k2', 'pagefind/nam-2026')).toBeUndefined();
    expect(unpackIndex(undefined, 'k1', 'pagefind/nam-2026')).toBeUndefined();
    for (let end = 0; end < packed.length; end++) expect(unpackIndex(packed.subarray(0, end), 'k1', 'pagefind/nam-2026'), `cut at ${end} of ${packed.length} bytes`).toBeUndefined();
    const longer = new Uint8Array(packed.length + 1);
    longer.set(packed);
    expect(unpackIndex(longer, 'k1', 'pagefind/nam-2026')).toBeUndefined();
    const otherFormat = Uint8Array.from(packed);
    otherFormat[0] = 'D'.charCodeAt(0);
    expect(unpackIndex(otherFormat, 'k1', 'pagefind/nam-2026')).toBeUndefined();
    const head = (json: string) => bytes(`do-luong search index 1\n${json}\n`);
    for (const json of ['not json', 'null', '[]', '{"key":"k1"}', '{"key":"k1","files":[["pagefind/a"]]}', '{"key":"k1","files":[["pagefind/a",-1]]}', '{"key":"k1","files":[["pagefind/a",1.5]]}', '{"key":"k1","files":[[1,0]]}']) {
      expect(unpackIndex(head(json), 'k1', 'pagefind/nam-2026'), json).toBeUndefined();
    }
    expect(unpackIndex(bytes('\xff\xfe\n{}\n'), 'k1', 'pagefind/nam-2026')).toBeUndefined();
  });

  it("trust no path outside the bundle's folder but those allowed", () => {
    for (const path of ['pagefind/nam-2026/../nam-2025/a', 'pagefind/nam-2026/../../etc/passwd', '../pagefind/nam-2026/a', 'dist/pagefind/nam-2026/a', 'pagefind/nam-2026', 'pagefind/nam-2026/', 'pagefind/nam-2026//a', 'pagefind/nam-2026/./a', '/pagefind/nam-2026/a', 'pagefind/nam-2025/a', 'pagefind/pagefind.js']) {
      expect(unpackIndex(packIndex('k1', [{ path, content: bytes('x') }]), 'k1', 'pagefind/nam-2026'), path).toBeUndefined();
    }
    expect(unpackIndex(packIndex('k1', [{ path: 'pagefind/pagefind.js', content: bytes('x') }]), 'k1', 'pagefind/tom-tat', ['pagefind/pagefind.js'])).toHaveLength(1);
  });
});

describe('indexKey', () => {
  const inputs: IndexInputs = {
    bundle: '/pagefind/nam-2026/',
    language: 'vi',
    chunkLocations: 1000,
    pages: [
      { url: '/tin-tuc/a/', fingerprint: pageFingerprint('<h1>A</h1>') },
      { url: '/tin-tuc/b/', fingerprint: pageFingerprint('<h1>B</h1>') },
    ],
  };
  const code = indexFingerprint(['export const a = 1;'], 'lockfile');

  it('is the same for the same inputs and changes with each of them', () => {
    const key = indexKey(code, inputs);
    expect(indexKey(code, structuredClone(inputs))).toBe(key);
    const others: [string, string][] = [
      ['another code', indexKey(indexFingerprint(['export const a = 2;'], 'lockfile'), inputs)],
      ['another lockfile', indexKey(indexFingerprint(['export const a = 1;'], 'lockfile 2'), inputs)],
      ['another bundle', indexKey(code, { ...inputs, bundle: '/pagefind/nam-2025/' })],
      ['another language', indexKey(code, { ...inputs, language: 'en' })],
      ['another chunk size', indexKey(code, { ...inputs, chunkLocations: 40 })],
      ['pages in another order', indexKey(code, { ...inputs, pages: [...inputs.pages].reverse() })],
      ['a page fewer', indexKey(code, { ...inputs, pages: inputs.pages.slice(1) })],
      ['a page moved', indexKey(code, { ...inputs, pages: [{ ...inputs.pages[0]!, url: '/tin-tuc/c/' }, inputs.pages[1]!] })],
      ['a page changed', indexKey(code, { ...inputs, pages: [{ ...inputs.pages[0]!, fingerprint: pageFingerprint('<h1>A!</h1>') }, inputs.pages[1]!] })],
      ['parts run together', indexKey(code, { ...inputs, pages: [{ url: '/tin-tuc/a/', fingerprint: '' }] })],
    ];
    for (const [what, other] of others) expect(other, what).not.toBe(key);
    expect(new Set(others.map(([, other]) => other)).size).toBe(others.length);
  });
});

describe('indexCacheFile', () => {
  it('names a file of the cache folder after the bundle', () => {
    expect(indexCacheFile('/pagefind/tom-tat/')).toBe('search-index/pagefind-tom-tat.bin');
    expect(indexCacheFile('/pagefind/nam-2026/')).toBe('search-index/pagefind-nam-2026.bin');
    expect(() => indexCacheFile('/pagefind/../x/')).toThrow('does not make a file name');
  });
});
