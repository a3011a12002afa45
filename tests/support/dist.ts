/** Reading a built site: its HTML pages and their parsed documents. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every file under a folder, as paths relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export function htmlPages(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html')).sort();
}

/** The URL path a built page is served at: "tin-tuc/index.html" → "/tin-tuc/". */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function readPage(dir: string, file: string): Document {
  return parseHTML(readFileSync(join(dir, file), 'utf8')).document;
}

/** Text of a page with whitespace folded, for "the page says X" checks. */
export function pageText(document: Document): string {
  return (document.body?.textContent ?? '').replace(/\s+/g, ' ');
}
