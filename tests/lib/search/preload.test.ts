/** The search page's preload links for the summary index. */
import { describe, expect, it } from 'vitest';
import { summaryPreloadLinks, withPreloadLinks } from '../../../src/lib/search/preload.ts';

const entry = { languages: { vi: { hash: 'vi_5599ef83ab', wasm: null } } };

describe('summary preload links', () => {
  it("names Pagefind's script, and the summary entry (with the tag the page passes), metadata and WebAssembly", () => {
    expect(summaryPreloadLinks(entry, 'vi')).toBe(
      '<link rel="modulepreload" href="/pagefind/pagefind.js">' +
        '<link rel="preload" as="fetch" crossorigin href="/pagefind/tom-tat/pagefind-entry.json?ts=vi_5599ef83ab" data-search-cache-tag="vi_5599ef83ab">' +
        '<link rel="preload" as="fetch" crossorigin href="/pagefind/tom-tat/pagefind.vi_5599ef83ab.pf_meta">' +
        '<link rel="preload" as="fetch" crossorigin href="/pagefind/tom-tat/wasm.unknown.pagefind">',
    );
  });

  it("chooses the language's index as Pagefind does, with its stemmer's WebAssembly", () => {
    const links = summaryPreloadLinks({ languages: { en: { hash: 'en_1', wasm: 'en' } } }, 'en-GB');
    expect(links).toContain('/pagefind/tom-tat/pagefind.en_1.pf_meta');
    expect(links).toContain('/pagefind/tom-tat/wasm.en.pagefind');
  });

  it('says which index is missing', () => {
    expect(() => summaryPreloadLinks({ languages: {} }, 'vi')).toThrow('/pagefind/tom-tat/pagefind-entry.json: languages has no "vi" index (it has none)');
  });

  it('adds the links at the end of the head, or names the page without one', () => {
    expect(withPreloadLinks('<html><head><title>x</title></head><body></body></html>', '<link>', 'dist/tim-kiem/index.html')).toBe('<html><head><title>x</title><link></head><body></body></html>');
    expect(() => withPreloadLinks('<p>x</p>', '<link>', 'dist/tim-kiem/index.html')).toThrow('dist/tim-kiem/index.html: no </head>');
  });
});
