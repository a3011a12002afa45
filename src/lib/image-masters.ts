/**
 * Image masters: what a build reads in place of a content picture wider than
 * anything we publish. Readers never get more than MASTER_WIDTH pixels of any
 * picture, yet every phone photo (4000×3000, about 3 MB) went through Vite
 * whole: read, hashed, held in memory until written to the output, read back
 * by Astro's image step and deleted (README, "Build cost"). A master is the
 * same picture scaled down once to MASTER_WIDTH, in the same format at high
 * quality, kept in the build cache under a hash of the original's bytes;
 * src/integrations/image-masters.ts makes them and points Vite at them.
 * What is decided here (which files, which size, where the master lives) is
 * pure; the integration does the reading and encoding.
 */
import { basename, extname, join, relative, sep } from 'node:path';
import { IMAGE_WIDTHS } from './images.ts';
import { COVER_MAX_WIDTH } from './syndication/share-image.ts';

/** The widest picture the site publishes: the largest responsive width, or the share JPEG of a cover. */
export const MASTER_WIDTH = Math.max(...IMAGE_WIDTHS.card, ...IMAGE_WIDTHS.full, COVER_MAX_WIDTH);

/**
 * How a master is encoded, by format: each keeps its own format so the names
 * and formats readers see do not change. JPEG at quality 95 with full-resolution
 * chroma (4:4:4) and libjpeg-turbo's plain encoder (mozjpeg's trellis
 * quantisation is slower and tuned for final delivery, not for a source).
 * Measured on the benchmark's phone photos (README, "Build cost"): the variants
 * made from it are within 0.1 dB PSNR of those made from the original and
 * at most 2 % larger in AVIF, 8 % in WebP and 4 % for the JPEG fallback (at
 * 1,200 px; less at smaller widths); quality 90 halved
 * the master (200 KB against 350 KB) but made that fallback 27 % larger, as
 * a JPEG encoded again at the same size compounds its artefacts.
 * PNG stays lossless; WebP at quality 95. Part of the cache key: changing it
 * makes new masters.
 */
export const MASTER_ENCODING = {
  width: MASTER_WIDTH,
  jpeg: { quality: 95, chromaSubsampling: '4:4:4', mozjpeg: false },
  png: { compressionLevel: 6 },
  webp: { quality: 95 },
} as const;

export type MasterFormat = 'jpeg' | 'png' | 'webp';

const FORMATS: Readonly<Record<string, MasterFormat>> = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png', '.webp': 'webp' };

/**
 * The format a master of `file` is written in, when it may get one: a JPEG,
 * PNG or WebP picture inside the content folder `contentRoot` (both absolute).
 * Other pictures (SVG, GIF, AVIF, TIFF, anything outside content/) are read as they are.
 */
export function masterFormat(file: string, contentRoot: string): MasterFormat | undefined {
  const inside = relative(contentRoot, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || /^([a-z]:|\/)/i.test(inside)) return undefined;
  return FORMATS[extname(file).toLowerCase()];
}

/**
 * The width a picture is shown at: EXIF orientations 5–8 turn it a quarter,
 * so its stored height is its width on screen (Astro and sharp both apply the
 * orientation).
 */
export function displayedWidth(metadata: { width: number; height: number; orientation?: number | undefined }): number {
  return (metadata.orientation ?? 1) >= 5 ? metadata.height : metadata.width;
}

/** Whether a picture gets a master: it is wider on screen than anything we publish. */
export function needsMaster(metadata: { width: number; height: number; orientation?: number | undefined }): boolean {
  return displayedWidth(metadata) > MASTER_WIDTH;
}

/**
 * Where the master of `file` lives: `<mastersDir>/<key>/<file's own name>`,
 * `key` being a hash of the original's bytes and MASTER_ENCODING. The file
 * name stays the original's, since Vite names the published variants after it
 * ("can-tai-cho.jpg" → "/_astro/can-tai-cho.<hash>.avif").
 */
export function masterPath(mastersDir: string, key: string, file: string): string {
  return join(mastersDir, key, basename(file));
}

/** A master's folder name: the key masterPath files it under (32 hex digits of a SHA-256). */
const MASTER_KEY = /^[0-9a-f]{32}$/;

/**
 * How long a master no build has used is kept: a build of other content on
 * the same cache (a fixture, a benchmark) or one running beside it must not
 * cost the next real build its masters, or remove one it is about to read.
 */
export const UNUSED_MASTER_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The folders of the masters' folder that a build which used the masters
 * keyed `used` removes: those no build has used for UNUSED_MASTER_KEPT_MS
 * (each folder's modification time, which a build sets on the masters it
 * uses), masters of originals since replaced or removed, or of another
 * encoding. Only names shaped like a key: anything else there was not
 * written by a build and is left alone. `entries`: each folder's name and
 * modification time (ms since the epoch); `now` likewise.
 */
export function unusedMasters(entries: readonly { name: string; mtimeMs: number }[], used: ReadonlySet<string>, now: number): string[] {
  return entries.filter((entry) => MASTER_KEY.test(entry.name) && !used.has(entry.name) && now - entry.mtimeMs > UNUSED_MASTER_KEPT_MS).map((entry) => entry.name);
}

/**
 * Where a build records each master's original (master path → original
 * path), for what must name a picture as its entry does (the CMS content
 * index, src/lib/cms-index.ts). A global, like Astro's own `astroAsset`: the
 * build's pages run in the process that ran the Vite plugin, but from a bundle
 * of their own, so they share no module with it.
 */
export const MASTER_SOURCES = Symbol.for('image-masters:sources');

/**
 * What the build cache remembers of an original (`masters/index.json`): its
 * size and modification time when it was last hashed, and the key of its
 * master, or null when it needs none (no wider than MASTER_WIDTH).
 */
export interface KnownOriginal {
  size: number;
  mtimeMs: number;
  key: string | null;
}

/**
 * The remembered entry of an original whose size and modification time are
 * still those it had when it was hashed, so a warm build need not read it
 * again (175 phone photos are 500 MB); anything else (a new, replaced or
 * touched file: a fresh git checkout touches them all) is read and hashed.
 */
export function unchangedOriginal(known: KnownOriginal | undefined, now: { size: number; mtimeMs: number }): KnownOriginal | undefined {
  return known && known.size === now.size && known.mtimeMs === now.mtimeMs ? known : undefined;
}
