/** The search page's preload links for the summary index. */
import { describe, expect, it } from 'vitest';
import { headIndexedYears, indexedYears, searchPageHead, summaryPreloadLinks, withPreloadLinks } from '../../../src/lib/search/preload.ts';
import { fullTextIndexYear, yearBundle } from '../../../src/lib/search/bundles.ts';
import { indexedYear } from '../../../src/lib/search/index-html.ts';

const entry = { languages: { vi: { hash: 'vi_5599ef83ab', wasm: null } } };

describe('summary preload links', () => {
  it("names Pagefind's script, and the summary entry (with the tag the page passes), metadata, WebAssembly and list of word chunks", () => {
    expect(summaryPreloadLinks(entry, 'vi')).toBe(
      '<link rel="modulepreload" href="/pagefind/pagefind.js">' +
        '<link rel="preload" as="fetch" crossorigin href="/pagefind/tom-tat/pagefind-entry.json?ts=vi_5599ef83ab" data-search-cache-tag="vi_5599ef83ab">' +
        '<link rel="preload" as="fetch" crossorigin href="/pagefind/tom-tat/pagefind.vi_5599ef83ab.pf_meta">' +
        '<link rel="preload" as="fetch" crossorigin href="/pagefind/tom-tat/wasm.unknown.pagefind">' +
        '<link rel="preload" as="fetch" crossorigin href="/pagefind/tom-tat/word-chunks.json">',
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
    const once = withPreloadLinks('<html><head><title>x</title></head><body></body></html>', '<link>', 'dist/tim-kiem/index.html');
    expect(once).toBe('<html><head><title>x</title><!-- search index --><link><!-- /search index --></head><body></body></html>');
    // Indexed again (the search step run twice on one build): replaced, not repeated.
    expect(withPreloadLinks(once, '<link rel="new">', 'dist/tim-kiem/index.html')).toBe('<html><head><title>x</title><!-- search index --><link rel="new"><!-- /search index --></head><body></body></html>');
    expect(() => withPreloadLinks('<p>x</p>', '<link>', 'dist/tim-kiem/index.html')).toThrow('dist/tim-kiem/index.html: no </head>');
  });

  it('says in the head which years have a full-text index and which the summary holds, which the page reads back', () => {
    const head = searchPageHead(entry, 'vi', ['2026', '2025', '2022'], ['2026'], { bundle: '/pagefind/nam-2026/', entry: { languages: { vi: { hash: 'vi_2026abcdef', wasm: null } } } });
    expect(head.startsWith(summaryPreloadLinks(entry, 'vi'))).toBe(true);
    // The newest year's entry, with the tag the page passes to Pagefind for that index.
    expect(head).toContain('<link rel="preload" as="fetch" crossorigin href="/pagefind/nam-2026/pagefind-entry.json?ts=vi_2026abcdef" data-search-cache-tag="vi_2026abcdef">');
    expect(searchPageHead(entry, 'vi', [], [])).toBe(`${summaryPreloadLinks(entry, 'vi')}<meta name="search-years" content=""><meta name="search-summary-years" content="">`);
    expect(head).toContain('<meta name="search-years" content="2026 2025 2022">');
    expect(head).toContain('<meta name="search-summary-years" content="2026">');
    expect(indexedYears('2026 2025 2022')).toEqual(['2026', '2025', '2022']);
    expect(indexedYears(null), 'no index (the dev server)').toEqual([]);
    expect(indexedYears('2026 x 20255')).toEqual(['2026']);
    expect(headIndexedYears('2026 2025 2022', '2026')).toEqual({ fullText: ['2026', '2025', '2022'], summary: ['2026'] });
    expect(headIndexedYears('2026 2025', null), 'a head from before the summary held only some years: every year').toEqual({ fullText: ['2026', '2025'], summary: ['2026', '2025'] });
    expect(headIndexedYears(undefined, undefined), 'no index (the dev server)').toEqual({ fullText: [], summary: [] });
    expect(headIndexedYears('2026', ''), 'an empty summary (no page to index)').toEqual({ fullText: ['2026'], summary: [] });
  });
});

describe('full text by year', () => {
  it('puts a year under /pagefind/, and nothing that is not a year', () => {
    expect(yearBundle('2026')).toBe('/pagefind/nam-2026/');
    expect(() => yearBundle('../x')).toThrow('"../x" is not a four-digit year');
    expect(fullTextIndexYear('2022', '2026')).toBe('2022');
    expect(fullTextIndexYear('2026', '2026')).toBe('2026');
    expect(fullTextIndexYear('2027', '2026')).toBe('2026');
  });

  it('reads the year an item page passes, or names the page that has none', () => {
    expect(indexedYear('<main data-pagefind-body><span hidden data-search-summary data-pagefind-filter="year:2025"></span></main>', 'a.html')).toBe('2025');
    expect(() => indexedYear('<main data-pagefind-body><span data-pagefind-filter="type:tin-tuc"></span></main>', 'dist/a/index.html')).toThrow('dist/a/index.html: the page is marked for search');
  });
});
