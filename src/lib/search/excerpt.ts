/**
 * Pagefind's excerpts are HTML: the page's text with &, <, > escaped and the
 * matched words wrapped in <mark>. We never assign them as HTML; this splits
 * one into plain-text runs, marked or not, for the page to build as text nodes.
 */
import { fromIndexText } from './encoding.ts';

export interface ExcerptRun {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Undoes HTML escaping: named entities above and numeric ones; unknown entities stay as written. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Text runs of an excerpt; any tag other than <mark> is dropped with its angle brackets. */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) marked = true;
    else if (/^<\/mark>$/i.test(part)) marked = false;
    else {
      const text = fromIndexText(decodeEntities(part.replace(/<[^>]*>/g, '')));
      if (!text) continue;
      const last = runs.at(-1);
      if (last && last.marked === marked) last.text += text;
      else runs.push({ text, marked });
    }
  }
  return runs;
}
