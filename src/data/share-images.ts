/**
 * The share files made with sharp at build time (src/lib/syndication/share-image.ts
 * says what they are): each cover's JPEG, made once per source file and kept
 * in the build cache for later builds, and the default card rendered from its SVG.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ImageMetadata } from 'astro';
import { imageSize } from 'image-size';
import sharp from 'sharp';
import writeFileAtomic from 'write-file-atomic';
import { buildCacheDir } from '../lib/build-cache.ts';
import { CARD, COVER_MAX_WIDTH, defaultCardSvg, sharePaths } from '../lib/syndication/share-image.ts';
import { PAGE_BACKGROUND } from '../lib/image-background.ts';
import { contentHashedName, unreferencedMetadata } from '../lib/images.ts';
import type { MetaContext } from '../lib/syndication/item.ts';

export interface ShareFile {
  bytes: Uint8Array<ArrayBuffer>;
  type: string;
  width: number;
  height: number;
}

const covers = new Map<string, Promise<ShareFile>>();

/**
 * Share JPEGs of earlier builds, named by the hash of their encoding and
 * source file: a warm build reads them instead of decoding every cover photo
 * again (about 0.1 s each for a phone photo). In a build the source is known
 * by the content-hashed name Vite gave it, so a warm build need not read and
 * hash every photo either (375 MB at 1,000 items); under astro dev by its bytes.
 */
const SHARE_CACHE = resolve(buildCacheDir(process.env), 'share-images');
const ENCODING = { width: COVER_MAX_WIDTH, quality: 80, background: PAGE_BACKGROUND } as const;

async function encodeCover(sourcePath: string, hashedName: string | undefined): Promise<ShareFile> {
  let source: Buffer | undefined;
  const key = createHash('sha256').update(JSON.stringify(ENCODING));
  if (hashedName) key.update(`name:${hashedName}`);
  else key.update((source = await readFile(sourcePath)));
  const cached = join(SHARE_CACHE, `${key.digest('hex')}.jpg`);
  const hit = await readFile(cached).catch(() => undefined);
  if (hit) {
    const { width, height } = imageSize(hit);
    return { bytes: new Uint8Array(hit), type: 'image/jpeg', width, height };
  }
  const { data, info } = await sharp(source ?? (await readFile(sourcePath)))
    .rotate()
    .resize({ width: ENCODING.width, withoutEnlargement: true })
    .flatten({ background: ENCODING.background })
    .jpeg({ quality: ENCODING.quality, progressive: true })
    .toBuffer({ resolveWithObject: true });
  await mkdir(SHARE_CACHE, { recursive: true });
  // Written whole (a temporary file, then a rename): a build running beside this one never reads half a file.
  await writeFileAtomic(cached, data, { fsync: false });
  return { bytes: new Uint8Array(data), type: 'image/jpeg', width: info.width, height: info.height };
}

/** The share JPEG of a cover image file (known to the build by `hashedName`: contentHashedName); made once per source file and reused by later builds. */
function coverShareFile(sourcePath: string, hashedName: string | undefined): Promise<ShareFile> {
  let file = covers.get(sourcePath);
  if (!file) {
    file = encodeCover(sourcePath, hashedName);
    covers.set(sourcePath, file);
  }
  return file;
}

export async function defaultCardFile(siteName: string, tagline: string, organisation: string): Promise<ShareFile> {
  const data = await sharp(Buffer.from(defaultCardSvg(siteName, tagline, organisation))).png().toBuffer();
  return { bytes: new Uint8Array(data), type: 'image/png', ...CARD };
}

/**
 * The source file of a content image. Astro keeps it on the image as the
 * non-enumerable `fsPath` (set by its asset pipeline for every imported image)
 * and, on metadata the content layer copied, as `ASTRO_ASSET`
 * (astro/dist/content/runtime-assets.js); neither is public API, so say
 * clearly if a future Astro drops both.
 */
function sourceFile(image: ImageMetadata, file: string): string {
  const { fsPath, ASTRO_ASSET } = image as ImageMetadata & { fsPath?: unknown; ASTRO_ASSET?: unknown };
  const path = typeof fsPath === 'string' ? fsPath : ASTRO_ASSET;
  if (typeof path !== 'string') throw new Error(`${file}: cover.src: cannot find the image's source file (Astro no longer exposes fsPath or ASTRO_ASSET)`);
  return path;
}

/** An entry's cover share file, with where it is published, or nothing when the entry has no cover. */
export async function entryCoverShare(entry: {
  id: string;
  filePath?: string | undefined;
  data: { uid: string; cover?: { src: ImageMetadata } | undefined };
}): Promise<{ bytes: Uint8Array<ArrayBuffer>; meta: NonNullable<MetaContext['coverFile']> } | undefined> {
  const cover = entry.data.cover;
  if (!cover) return undefined;
  const file = await coverShareFile(sourceFile(cover.src, entry.filePath ?? entry.id), contentHashedName(unreferencedMetadata(cover.src).src));
  return {
    bytes: file.bytes,
    meta: { path: sharePaths.cover(entry.data.uid), type: file.type, length: file.bytes.byteLength, width: file.width, height: file.height },
  };
}
