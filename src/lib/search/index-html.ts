/**
 * A built page as we hand it to Pagefind (never as served): only the parts
 * Pagefind reads (pagefindDocument), text in index spelling (encoding.ts)
 * and a space before the end of every element that is not inline. Pagefind
 * separates words only at the block elements it knows (h1–h6, p, td, div, ul,
 * li, article, section: SENTENCE_SELECTORS in its fossick/parser.rs), so
 * "<dt>Ngày kỷ niệm</dt><dd>Hằng năm</dd>" would be indexed as the one word
 * "niệmHằng" and neither half could be found.
 *
 * The summary index (src/integrations/pagefind.ts) reads the same page with
 * only its title, lead and search facets as Pagefind's body: the elements an
 * item page marks `data-search-summary`.
 */
import { toIndexText } from './encoding.ts';

/** Inline elements, after which text runs on without a space (as in Pagefind's INLINE_SELECTORS). */
const INLINE = new Set(['a', 'abbr', 'acronym', 'b', 'bdo', 'big', 'br', 'button', 'cite', 'code', 'dfn', 'em', 'i', 'img', 'input', 'kbd', 'label', 'map', 'mark', 'object', 'output', 'q', 's', 'samp', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'tt', 'u', 'var']);

/** Elements with no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** An opening tag, its attribute values quoted or not (a value may hold ">"). */
const OPENING_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;

/** Attributes that make Pagefind read an element wherever it stands: its body, filters, metadata, sort keys. */
const READ_BY_PAGEFIND = /\sdata-pagefind-(?:body|filter|meta|sort)(?=[\s=>/])/;

/** What the parts kept cannot express: an ancestor that hides its filters and metadata too, or other automatic metadata. */
const WHOLE_PAGE_NEEDED = /data-pagefind-ignore=["']?all|data-pagefind-default-meta/;

const tagsNamed = new Map<string, RegExp>();

/** Where the element whose opening tag ends at `from` ends (after its end tag), counting nested elements of its name; -1 if it never does. */
function elementEnd(html: string, name: string, from: number): number {
  let tags = tagsNamed.get(name);
  if (!tags) tagsNamed.set(name, (tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi')));
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

/**
 * The parts of a built page Pagefind reads, as a page of their own, so that
 * its service parses a third of each page instead of all of it (README,
 * "Build cost"): the <html> tag (lang), the <title>, every element marked
 * data-pagefind-body, -filter, -meta or -sort (the outermost, with all it
 * holds), and what Pagefind takes its automatic metadata from, the first h1
 * and the first img after it (pagefind.app/docs/metadata). Everything else
 * (head metadata, header, navigation, footer) never reaches an index, so the
 * index written is the same, byte for byte, as from the whole page
 * (tests/integrations/pagefind.test.ts compares them). A page that marks
 * something this does not model, or whose markup it cannot follow, is kept
 * whole.
 */
export function pagefindDocument(html: string): string {
  if (WHOLE_PAGE_NEEDED.test(html)) return html;
  let htmlTag = '<html>';
  const parts: string[] = [];
  let keptUntil = 0;
  let h1Seen = false;
  let imgSeen = false;
  OPENING_TAG.lastIndex = 0;
  for (let tag = OPENING_TAG.exec(html); tag; tag = OPENING_TAG.exec(html)) {
    const name = tag[1]!.toLowerCase();
    if (name === 'html') {
      htmlTag = tag[0];
      continue;
    }
    let wanted = name === 'title' || READ_BY_PAGEFIND.test(tag[0]);
    if (name === 'h1' && !h1Seen) wanted = h1Seen = true;
    else if (name === 'img' && h1Seen && !imgSeen) wanted = imgSeen = true;
    if (!wanted || tag.index < keptUntil) continue;
    const end = VOID.has(name) || tag[0].endsWith('/>') ? OPENING_TAG.lastIndex : elementEnd(html, name, OPENING_TAG.lastIndex);
    if (end < 0) return html;
    parts.push(html.slice(tag.index, end));
    keptUntil = end;
  }
  if (!h1Seen) return html;
  return `<!DOCTYPE html>${htmlTag}<body>${parts.join('')}</body></html>`;
}

/** The page for the full-text index: the parts Pagefind reads, in index spelling, words kept apart. */
export function indexableHtml(html: string): string {
  return spaced(pagefindDocument(html));
}

function spaced(html: string): string {
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
