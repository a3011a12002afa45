/**
 * Distinct photo-sized pictures for the benchmark, generated with sharp (never
 * downloaded): a phone camera's 4000×3000 pixels, a few MB of JPEG, each one
 * different (smooth colour fields from random noise, a gradient, and fine
 * sensor-like grain, which is what makes real photos expensive to encode).
 * Each takes about a second to make, so they are kept in a cache folder
 * outside the corpus and reused by later runs.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import writeFileAtomic from 'write-file-atomic';

export const PHOTO = { width: 4000, height: 3000 } as const;

const CACHE = join(tmpdir(), 'do-luong-bench-photos');

let grainOnce: Promise<Buffer> | undefined;
/** Fine grain, tiled over every photo (made once). */
function grain(): Promise<Buffer> {
  grainOnce ??= sharp({ create: { width: 1024, height: 768, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 14 } } })
    .png()
    .toBuffer();
  return grainOnce;
}

/** The JPEG bytes of photo number `index`: its colours follow the index, its shapes are random. */
async function photo(index: number): Promise<Buffer> {
  const { width, height } = PHOTO;
  // Low-resolution noise blown up: large soft shapes, like a scene out of focus.
  const field = await sharp({ create: { width: 16, height: 12, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 50 } } })
    .png()
    .toBuffer();
  const hue = (index * 47) % 360;
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="${index % 2}" x2="1" y2="${1 - (index % 2)}"><stop offset="0" stop-color="hsl(${hue},70%,55%)"/><stop offset="1" stop-color="hsl(${(hue + 120) % 360},60%,35%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  return sharp(field)
    .resize(width, height, { kernel: 'cubic' })
    .composite([
      { input: gradient, blend: 'overlay' },
      { input: await grain(), tile: true, blend: 'overlay' },
    ])
    .removeAlpha()
    .jpeg({ quality: 88 })
    .toBuffer();
}

/**
 * Writes distinct photo number `index` into `dir` as `name`. Photos are cached
 * by index in the system's temporary folder, so later runs copy them instead.
 */
export async function writePhoto(dir: string, name: string, index: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  mkdirSync(CACHE, { recursive: true });
  const cached = join(CACHE, `${PHOTO.width}x${PHOTO.height}-${index}.jpg`);
  if (!existsSync(cached)) {
    // Whole or not at all: a run stopped midway leaves no half photo in the cache.
    await writeFileAtomic(cached, await photo(index), { fsync: false });
  }
  copyFileSync(cached, join(dir, name));
}
