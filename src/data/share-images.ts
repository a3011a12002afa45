/**
 * The share files made with sharp at build time (src/lib/syndication/share-image.ts
 * says what they are): each cover's JPEG, made once per build and source file,
 * and the default card rendered from its SVG.
 */
import type { ImageMetadata } from 'astro';
import sharp from 'sharp';
import { CARD, COVER_MAX_WIDTH, defaultCardSvg, sharePaths } from '../lib/syndication/share-image.ts';
import type { MetaContext } from '../lib/syndication/item.ts';

export interface ShareFile {
  bytes: Uint8Array<ArrayBuffer>;
  type: string;
  width: number;
  height: number;
}

const covers = new Map<string, Promise<ShareFile>>();

/** The share JPEG of a cover image file; made once per build and per file. */
export function coverShareFile(sourcePath: string): Promise<ShareFile> {
  let file = covers.get(sourcePath);
  if (!file) {
    file = sharp(sourcePath)
      .rotate()
      .resize({ width: COVER_MAX_WIDTH, withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 80, progressive: true })
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ bytes: new Uint8Array(data), type: 'image/jpeg', width: info.width, height: info.height }));
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
  const file = await coverShareFile(sourceFile(cover.src, entry.filePath ?? entry.id));
  return {
    bytes: file.bytes,
    meta: { path: sharePaths.cover(entry.data.uid), type: file.type, length: file.bytes.byteLength, width: file.width, height: file.height },
  };
}
