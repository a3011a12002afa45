/**
 * A built page as we hand it to Pagefind (never as served): text in index
 * spelling (encoding.ts) and a space before the end of every element that is
 * not inline. Pagefind separates words only at the block elements it knows
 * (h1–h6, p, td, div, ul, li, article, section: SENTENCE_SELECTORS in its
 * fossick/parser.rs), so "<dt>Ngày kỷ niệm</dt><dd>Hằng năm</dd>" would be
 * indexed as the one word "niệmHằng" and neither half could be found.
 *
 * The summary index (src/integrations/pagefind.ts) reads the same page with
 * only its title, lead and search facets as Pagefind's body: the elements an
 * item page marks `data-search-summary`.
 */
import { toIndexText } from './encoding.ts';

/** Inline elements, after which text runs on without a space (as in Pagefind's INLINE_SELECTORS). */
const INLINE = new Set(['a', 'abbr', 'acronym', 'b', 'bdo', 'big', 'br', 'button', 'cite', 'code', 'dfn', 'em', 'i', 'img', 'input', 'kbd', 'label', 'map', 'mark', 'object', 'output', 'q', 's', 'samp', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'tt', 'u', 'var']);

export function indexableHtml(html: string): string {
  return toIndexText(html).replace(/<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/g, (tag, name: string) => (INLINE.has(name.toLowerCase()) ? tag : ` ${tag}`));
}

/** Marks an element as part of the page's summary (title, lead, facets) for the summary index. */
const SUMMARY_ATTRIBUTE = 'data-search-summary';

/**
 * The page for the summary index: main loses data-pagefind-body and the
 * elements marked SUMMARY_ATTRIBUTE take it (Pagefind indexes every
 * data-pagefind-body element of a page), then as indexableHtml.
 */
export function summaryHtml(html: string): string {
  const summary = html
    .replace(/(<main\b[^>]*?)\sdata-pagefind-body(="")?(?=[\s>])/, '$1')
    .replace(new RegExp(`(<[a-zA-Z][^>]*?\\s)${SUMMARY_ATTRIBUTE}(="")?(?=[\\s>/])`, 'g'), '$1data-pagefind-body');
  return indexableHtml(summary);
}
