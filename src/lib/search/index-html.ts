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
import { Parser } from 'htmlparser2';
import { toIndexText } from './encoding.ts';

/** Inline elements, after which text runs on without a space (as in Pagefind's INLINE_SELECTORS). */
const INLINE = new Set(['a', 'abbr', 'acronym', 'b', 'bdo', 'big', 'br', 'button', 'cite', 'code', 'dfn', 'em', 'i', 'img', 'input', 'kbd', 'label', 'map', 'mark', 'object', 'output', 'q', 's', 'samp', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'tt', 'u', 'var']);

/** Attributes that make Pagefind read an element wherever it stands: its body, filters, metadata, sort keys. */
const READ_BY_PAGEFIND = /^data-pagefind-(?:body|filter|meta|sort)$/;

/** What the parts kept cannot express: an ancestor that hides its filters and metadata too, or other automatic metadata. */
const WHOLE_PAGE_NEEDED = /data-pagefind-ignore=["']?all|data-pagefind-default-meta/;

/** Elements with no end tag (htmlparser2 closes them where they open). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The parts of a built page Pagefind reads, as a page of their own, so that
 * its service parses a third of each page instead of all of it (README,
 * "Build cost"): the <html> tag (lang), the <title>, every element marked
 * data-pagefind-body, -filter, -meta or -sort (the outermost, with all it
 * holds), and what Pagefind takes its automatic metadata from, the first h1
 * and the first img after it (pagefind.app/docs/metadata). Everything else
 * (head metadata, header, navigation, footer) never reaches an index, so the
 * index written is the same, byte for byte, as from the whole page
 * (tests/lib/search/index-html.test.ts compares them). The page is read with
 * htmlparser2, whose source offsets cut each part out of the page as it was
 * written. A page that marks something this does not model, or with an
 * element kept whose end tag is missing, is kept whole.
 */
export function pagefindDocument(html: string): string {
  if (WHOLE_PAGE_NEEDED.test(html)) return html;
  let htmlTag = '<html>';
  const parts: string[] = [];
  /** Open elements: where each starts, and whether it is a part kept. */
  const open: { start: number; kept: boolean }[] = [];
  let inKept = false;
  let h1Seen = false;
  let imgSeen = false;
  let unfollowed = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      const start = parser.startIndex;
      if (name === 'html') htmlTag = html.slice(start, parser.endIndex + 1);
      let wanted = name === 'title' || Object.keys(attributes).some((attribute) => READ_BY_PAGEFIND.test(attribute));
      if (name === 'h1' && !h1Seen) wanted = h1Seen = true;
      else if (name === 'img' && h1Seen && !imgSeen) wanted = imgSeen = true;
      const kept = wanted && !inKept && name !== 'html';
      if (kept) inKept = true;
      open.push({ start, kept });
    },
    onclosetag(name, isImplied) {
      const element = open.pop();
      if (!element?.kept) return;
      if (isImplied && !VOID.has(name)) unfollowed = true;
      parts.push(html.slice(element.start, parser.endIndex + 1));
      inKept = false;
    },
  }, { decodeEntities: false });
  parser.end(html);
  if (!h1Seen || unfollowed) return html;
  return `<!DOCTYPE html>${htmlTag}<body>${parts.join('')}</body></html>`;
}

/** A document as Pagefind is handed it: text in index spelling, words kept apart. */
function spaced(html: string): string {
  return toIndexText(html).replace(/<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/g, (tag, name: string) => (INLINE.has(name.toLowerCase()) ? tag : ` ${tag}`));
}

/** Marks an element as part of the page's summary (title, lead, facets) for the summary index. */
const SUMMARY_ATTRIBUTE = 'data-search-summary';

/**
 * The page with its summary as Pagefind's body: main loses
 * data-pagefind-body and the elements marked SUMMARY_ATTRIBUTE take it
 * (Pagefind indexes every data-pagefind-body element of a page).
 */
export function summaryAsBody(html: string): string {
  return html
    .replace(/(<main\b[^>]*?)\sdata-pagefind-body(="")?(?=[\s>])/, '$1')
    .replace(new RegExp(`(<[a-zA-Z][^>]*?\\s)${SUMMARY_ATTRIBUTE}(="")?(?=[\\s>/])`, 'g'), '$1data-pagefind-body');
}

/** What a built page gives each kind of search index, as Pagefind is handed it. */
export interface SearchDocuments {
  /** For its year's full-text index: the parts Pagefind reads (pagefindDocument), in index spelling, words kept apart. */
  fullText: string;
  /** For the summary index: the same, with the title, lead and facets as the body (summaryAsBody). */
  summary: string;
}

/**
 * Both documents of a built page, from one reading of the whole page: the
 * summary's is cut from the parts the full text keeps (pagefindDocument),
 * which hold every element it reads (main with the title, lead and facets,
 * and whatever Pagefind reads outside main), so the page's header, navigation
 * and footer are parsed once, not twice. The same strings as from the whole
 * page (tests/lib/search/index-html.test.ts; every page of the real site in
 * tests/build/site.test.ts).
 */
export function searchDocuments(html: string): SearchDocuments {
  const document = pagefindDocument(html);
  return { fullText: spaced(document), summary: spaced(pagefindDocument(summaryAsBody(document))) };
}

/**
 * Whether a built page is one Pagefind reads: its <main> carries
 * data-pagefind-body (BaseLayout marks item pages so). Looked for inside a
 * tag, never in the text: a page whose text names the attribute (an article
 * about this site) is not taken for one.
 */
export function markedForSearch(html: string): boolean {
  return /<main\b[^<>]*\sdata-pagefind-body(?=[\s=>/])/i.test(html);
}

/** The year filter an item page passes (facetMarkers: `data-pagefind-filter="year:2026"`), inside a tag. */
const YEAR_FILTER = /<[a-z][^<>]*\sdata-pagefind-filter=["']?year:(\d{4})["'\s>]/i;

/**
 * The year whose full-text index a page goes into (src/integrations/pagefind.ts).
 * Every searchable item has a year (each type's facets derive it from a
 * required date), so a page marked for search without one is a mistake in its
 * page, reported with the file's name rather than left out of the full text.
 */
export function indexedYear(html: string, file: string): string {
  const year = YEAR_FILTER.exec(html)?.[1];
  if (!year) throw new Error(`${file}: the page is marked for search (data-pagefind-body) but has no year filter (data-pagefind-filter="year:…"); pass its facets to BaseLayout's search prop`);
  return year;
}
