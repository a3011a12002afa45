/**
 * Registers the two file formats the collections use ("yaml-preserving",
 * "frontmatter-preserving", see admin/formats/preserving.ts) and the preSave
 * hook that hands them the file as it was before the edit.
 *
 * Decap's formatter API only passes the data to write, so the original text
 * comes from the entry being saved (its `raw`), remembered in preSave together
 * with the data that will be written: the formatter uses it only for exactly
 * that data (Decap also renders drafts for its local backup in between).
 */
import type { CMS } from 'decap-cms-core';
import { canonical, freshYaml, parseFrontMatter, parseYaml, patchYaml, writeFrontMatter } from '../formats/preserving.ts';
import { FILE_SLUG_KEY } from '../collections/shared.ts';

let remembered: { key: string; raw: string } | undefined;

// Key order is not kept: Decap holds the data in an Immutable Map, which reorders the keys of a map with more than eight.
const keyOf = (data: unknown) => canonical(data);

/** Called from preSave with the entry's original file text ('' for a new entry) and the data to be written. */
export function rememberOriginal(raw: string, data: unknown): void {
  remembered = raw ? { key: keyOf(data), raw } : undefined;
}

function originalFor(data: unknown): string | undefined {
  return remembered && remembered.key === keyOf(data) ? remembered.raw : undefined;
}

type Data = Record<string, unknown>;

/** The data a file holds: without the file name the preSave hook passed to the slug template (hooks.ts withFileSlug). */
export function fileData(data: Data): Data {
  const { [FILE_SLUG_KEY]: _fileSlug, ...rest } = data;
  return rest;
}

export function registerFormats(cms: CMS): void {
  cms.registerCustomFormat('yaml-preserving', 'yaml', {
    fromFile: (text: string) => parseYaml(text),
    toFile: (data: Data, sortedKeys: string[] = []) => {
      const original = originalFor(data);
      return original === undefined ? freshYaml(fileData(data), sortedKeys) : patchYaml(original, fileData(data), sortedKeys);
    },
  });
  cms.registerCustomFormat('frontmatter-preserving', 'md', {
    fromFile: (text: string) => parseFrontMatter(text),
    toFile: (data: Data, sortedKeys: string[] = []) => writeFrontMatter(fileData(data), originalFor(data), sortedKeys),
  });
}
