/** What the site publishes of each Pagefind bundle (src/lib/search/bundle-files.ts). */
import { describe, expect, it } from 'vitest';
import { INFLATED_MARKER, publishedFiles } from '../../../src/lib/search/bundle-files.ts';
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
