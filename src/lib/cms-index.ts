/**
 * The content index the CMS checks a save against (/admin/noi-dung.json, read
 * by admin/app/validate.ts), as anyone may fetch it from the public site:
 * - drafts and items dated in the future are left out: the site publishes them
 *   nowhere, and a static file cannot ask who is reading (the build still
 *   checks them, with everything else);
 * - each image is the path the file stores ("../anh/x.jpg"), never the
 *   astro:assets image: reading an image's fields marks its original as used,
 *   and the build would then ship every uploaded original (several MB each)
 *   beside its optimised copies.
 */
import { posix } from 'node:path';
import type { SiteEntry } from './validation/site.ts';

/** An astro:assets image as content data holds it; `fsPath` is the one field that can be read without marking the original as used. */
interface ContentImage {
  fsPath: string;
}

function isContentImage(value: object): value is ContentImage {
  return typeof (value as Partial<ContentImage>).fsPath === 'string';
}

/** `value` with every image replaced by its path relative to `entryFile`'s folder (both repository paths, "/" separated). */
function withImagePaths(value: unknown, entryFile: string, root: string, originalOf: (path: string) => string): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (isContentImage(value)) return posix.relative(posix.dirname(posix.join(root, entryFile)), originalOf(value.fsPath));
  if (Array.isArray(value)) return value.map((item) => withImagePaths(item, entryFile, root, originalOf));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withImagePaths(item, entryFile, root, originalOf)]));
}

/** Not for the public yet: a draft, or dated after `now` (the rule of src/lib/publishing.ts, for any content type that has these fields). */
function isUnpublished(data: Record<string, unknown>, now: Date): boolean {
  const dated = data.publishedAt instanceof Date ? data.publishedAt : undefined;
  return data.draft === true || (dated !== undefined && dated.getTime() > now.getTime());
}

/**
 * The index: per collection, each public entry as { id, file, data }, or
 * every entry with `everyEntry` (the dev server, which answers on loopback
 * only). `root` is the absolute folder `file` paths are relative to (images
 * carry absolute paths). A build reads large pictures through masters in its
 * cache (src/lib/image-masters.ts): `originalOf` gives the picture a master
 * stands for. Pure; never throws.
 */
export function publicContentIndex<N extends string>(
  collections: Readonly<Record<N, readonly SiteEntry[]>>,
  now: Date,
  root: string,
  everyEntry = false,
  originalOf: (path: string) => string = (path) => path,
): Record<N, SiteEntry[]> {
  return Object.fromEntries(
    (Object.entries(collections) as [N, readonly SiteEntry[]][]).map(([name, entries]) => [
      name,
      entries
        .filter((entry) => everyEntry || !isUnpublished(entry.data as Record<string, unknown>, now))
        .map((entry) => ({ ...entry, data: withImagePaths(entry.data, entry.file, root, originalOf) as SiteEntry['data'] })),
    ]),
  ) as Record<N, SiteEntry[]>;
}
