/**
 * Feeds' and the API's bodies kept between builds. Turning a rendered body into
 * what feeds and the API carry (syndicatedBody: parsing its HTML, making its
 * URLs absolute, taking its text and pictures) was most of what syndication
 * cost a warm build (README, "Build cost"), and its result depends only on the
 * body's HTML, the item page's URL and the code that does it. So each result is
 * kept in the build cache under a hash of the first two, in one file stamped
 * with a fingerprint of the third: a build that finds another stamp (the
 * transform or a package it runs on changed) starts afresh, so a change to the
 * transform never serves stale output. What is decided here (keys, the file's
 * shape, which entries to trust) is pure; src/data/syndication.ts reads and
 * writes the file.
 */
import { cacheHash } from '../build-cache.ts';
import { z } from 'astro/zod';
import { syndicatedBody, type SyndicatedBody } from './html.ts';

/** The cache file, under the build cache (src/lib/build-cache.ts). */
export const BODY_CACHE_FILE = 'syndication/bodies.json';

/**
 * What a cached body's correctness rests on besides its inputs: the source of
 * the transform (src/lib/syndication/html.ts, whole) and the lockfile, which
 * pins the parser, printer and tree walkers it calls.
 */
export const transformFingerprint = (transformSource: string, lockfile: string): string => cacheHash(transformSource, lockfile);

/** An entry's key: the body's HTML and the page its relative URLs resolve against (site URL, base and the item's path). */
export const bodyKey = (html: string, base: URL): string => cacheHash(base.href, html);

/**
 * The shape a cached entry must have to be trusted: the fields of
 * SyndicatedBody this code reads. Loose objects, so an entry keeps whatever
 * else the transform wrote (a field added to SyndicatedBody later survives
 * the cache instead of being stripped from every warm build's output).
 */
const cachedBody = z.looseObject({
  html: z.string(),
  text: z.string(),
  images: z.array(z.looseObject({ url: z.string(), alt: z.string(), width: z.number().optional(), height: z.number().optional() })),
});

/**
 * The entries of a cache file's text that can be trusted: none when the file
 * is missing, unreadable as JSON or stamped with another fingerprint; an entry
 * of the wrong shape is left out (it is made again), never an error.
 */
export function readBodyCache(text: string | undefined, fingerprint: string): Map<string, SyndicatedBody> {
  const entries = new Map<string, SyndicatedBody>();
  let file: unknown;
  try {
    file = text === undefined ? undefined : JSON.parse(text);
  } catch {
    return entries;
  }
  if (typeof file !== 'object' || file === null || (file as { fingerprint?: unknown }).fingerprint !== fingerprint) return entries;
  const bodies = (file as { bodies?: unknown }).bodies;
  if (typeof bodies !== 'object' || bodies === null) return entries;
  for (const [key, value] of Object.entries(bodies)) {
    const body = cachedBody.safeParse(value);
    if (body.success) entries.set(key, body.data);
  }
  return entries;
}

/** A cache file's text for `entries`. */
export const bodyCacheText = (fingerprint: string, entries: ReadonlyMap<string, SyndicatedBody>): string =>
  JSON.stringify({ fingerprint, bodies: Object.fromEntries(entries) });

/**
 * syndicatedBody through the cache of an earlier build (`earlier`): a body
 * found there is not parsed. `used` is what this build needs, the next
 * build's cache; `changed` says whether it differs from `earlier`.
 */
export function cachedBodies(earlier: ReadonlyMap<string, SyndicatedBody>) {
  const used = new Map<string, SyndicatedBody>();
  let parsed = 0;
  return {
    body(html: string, base: URL): SyndicatedBody {
      const key = bodyKey(html, base);
      let body = used.get(key) ?? earlier.get(key);
      if (!body) {
        body = syndicatedBody(html, base);
        parsed += 1;
      }
      used.set(key, body);
      return body;
    },
    get parsed() {
      return parsed;
    },
    used,
    get changed() {
      return parsed > 0 || used.size !== earlier.size;
    },
  };
}
