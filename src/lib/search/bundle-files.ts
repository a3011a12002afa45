/**
 * What the site publishes of each search index Pagefind builds
 * (src/integrations/pagefind.ts): the files its Node API hands back
 * (`getFiles`, paths inside the bundle such as "fragment/vi_….pf_fragment"),
 * placed under the bundle's folder of the site (bundles.ts), less what the
 * site does not use:
 *
 * - Pagefind's ready-made search UIs and its worker, in every bundle: the
 *   site has its own page, which runs Pagefind on the page's thread
 *   (src/scripts/search/pagefind.ts);
 * - the script, `pagefind.js`: one copy for every index, the summary's, moved
 *   up to PAGEFIND_SCRIPT;
 * - a year's WebAssembly: the module is one for every instance of that
 *   script and the page opens the summary's first, so each year's 46.8 KB
 *   copy would be downloaded only to be thrown away. It is published as
 *   Pagefind's "already inflated" marker alone (INFLATED_MARKER), which its
 *   loader reads as an empty file and hands to wasm-bindgen's init, which
 *   returns the module already loaded (README, "Search").
 */
import { PAGEFIND_SCRIPT, SUMMARY_BUNDLE } from './bundles.ts';

/** A file of the search index: its path from the site's root ("pagefind/tom-tat/…"), or inside a bundle as Pagefind names it, and its bytes. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;
const SCRIPT = 'pagefind.js';
const WASM_FILE = /^wasm\.[^/]+\.pagefind$/;

/** How Pagefind's loader recognises a file it need not inflate (the first 12 bytes of every file it writes, once inflated). */
export const INFLATED_MARKER = 'pagefind_dcd';

/**
 * The files the site publishes of the bundle `bundle` (SUMMARY_BUNDLE or a
 * yearBundle path) from what Pagefind built (`files`, paths inside the
 * bundle), at paths from the site's root: see the module comment.
 */
export function publishedFiles(bundle: string, files: readonly IndexFile[]): IndexFile[] {
  const summary = bundle === SUMMARY_BUNDLE;
  const folder = bundle.replace(/^\//, '');
  return files.flatMap((file): IndexFile[] => {
    if (UNUSED.test(file.path)) return [];
    if (file.path === SCRIPT) return summary ? [{ path: PAGEFIND_SCRIPT.replace(/^\//, ''), content: file.content }] : [];
    if (!summary && WASM_FILE.test(file.path)) return [{ path: folder + file.path, content: new TextEncoder().encode(INFLATED_MARKER) }];
    return [{ path: folder + file.path, content: file.content }];
  });
}
