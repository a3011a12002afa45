/**
 * Content pictures reach readers only as the variants made for them: pictures
 * inside bodies, Markdown and MDX alike, at the responsive widths covers get
 * (src/integrations/body-images.ts), each width encoded once, and no uploaded
 * original is published. Pictures wider than anything we publish are read
 * through masters (src/integrations/image-masters.ts): the variants still show
 * the original's pixels, turned as its EXIF orientation says, a second
 * build with the cache makes no master again, and a build removes the masters
 * no build has used for a month.
 * The content is the syndication fixture with its two pictures replaced by
 * wide ones made here: the cover a phone-style JPEG stored 1800×2400 with
 * orientation 6 (shown 2400×1800), the body diagram a 2400×1500 PNG, each in
 * four coloured quarters so a picture turned or mirrored the wrong way fails.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { UNUSED_MASTER_KEPT_MS } from '../../src/lib/image-masters.ts';
import { buildSite, ROOT, TEST_TMP } from '../support/build-site.ts';
import { listFiles, readPage } from '../support/dist.ts';

const CONTENT = join(TEST_TMP, 'images-content');
const CACHE = join(TEST_TMP, 'images-cache');
const MASTERS = join(CACHE, 'masters');
const COVER = join(CONTENT, 'anh/can-tai-cho.jpg');
const DIAGRAM = join(CONTENT, 'anh/so-do-kiem-dinh.png');
const QUARTERS = ['#c82828', '#28a03c', '#283cc8', '#dcc83c'];

/** A picture in four coloured quarters with a gradient and grain, `width`×`height` as shown, as PNG. */
async function quarters(width: number, height: number): Promise<Buffer> {
  const [w, h] = [width / 2, height / 2];
  const rects = QUARTERS.map((fill, i) => `<rect x="${(i % 2) * w}" y="${Math.floor(i / 2) * h}" width="${w}" height="${h}" fill="${fill}"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity=".3"/></linearGradient></defs>${rects}<rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  const grain = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 10 } } }).png().toBuffer();
  return sharp(Buffer.from(svg)).composite([{ input: grain, blend: 'soft-light' }]).removeAlpha().png().toBuffer();
}

async function writePictures(): Promise<void> {
  // Shown 2400×1800; stored turned a quarter back, with orientation 6 to turn it upright.
  await sharp(await quarters(2400, 1800)).rotate(-90).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toFile(COVER);
  await sharp(await quarters(2400, 1500)).toFile(DIAGRAM);
}

/** A picture reduced to an 8×6 grid of mean colours, as shown (orientation applied). */
async function grid(input: Buffer | string): Promise<number[]> {
  return [...(await sharp(input).rotate().resize(8, 6, { fit: 'fill', kernel: 'cubic' }).removeAlpha().raw().toBuffer())];
}

let cold: { outDir: string; log: string };
beforeAll(async () => {
  rmSync(CONTENT, { recursive: true, force: true });
  rmSync(CACHE, { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/syndication'), CONTENT, { recursive: true });
  await writePictures();
  cold = await buildSite({ key: 'images', contentDir: CONTENT, buildDate: '2026-11-20', env: { ASTRO_CACHE_DIR: CACHE } });
}, 600_000);

/** The diagram's <img> in the body of the page at `page`. */
function bodyPicture(page: string): { src: string; srcset: Map<string, string> } {
  const img = readPage(cold.outDir, join(page, 'index.html')).querySelector('main img[src*="so-do-kiem-dinh"]');
  if (!img) throw new Error(`${page}: no body picture`);
  const candidates = (img.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/));
  return { src: img.getAttribute('src') ?? '', srcset: new Map(candidates.map(([url, descriptor]) => [descriptor ?? '', url ?? ''])) };
}

describe('a picture inside a body', () => {
  for (const [format, page] of [['Markdown', 'tin-tuc/kiem-dinh-can-tai-cho'], ['MDX', 'bai-viet/huong-dan-doanh-nghiep']] as const) {
    it(`in ${format} gets the responsive widths, in WebP, its src the largest of them`, () => {
      const { src, srcset } = bodyPicture(page);
      expect([...srcset.keys()]).toEqual(['360w', '720w', '1200w']);
      for (const url of srcset.values()) expect(url).toMatch(/\.webp$/);
      expect(src).toBe(srcset.get('1200w'));
    });
  }

  it('is encoded once per width, whichever bodies show it', () => {
    const variants = readdirSync(join(cold.outDir, '_astro')).filter((name) => name.startsWith('so-do-kiem-dinh') && name.endsWith('.webp'));
    expect(variants).toHaveLength(3);
  });

  it("shows the original's pixels at 1200 px", async () => {
    const file = join(cold.outDir, bodyPicture('tin-tuc/kiem-dinh-can-tai-cho').src);
    expect(imageSize(readFileSync(file))).toMatchObject({ width: 1200, height: 750 });
    expectSamePicture(await grid(file), await grid(DIAGRAM));
  });
});

/**
 * The same picture, the same way up: each cell of the two 8×6 grids within 40
 * of 255 per channel (WebP alone moves a cell of saturated colour by up to 26
 * from the original's own downscale; a turned picture puts another quarter,
 * 120 and more away, in the cell), and the mean colour within 3.
 */
function expectSamePicture(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  const worst = Math.max(...actual.map((value, i) => Math.abs(value - expected[i]!)));
  expect(worst).toBeLessThanOrEqual(40);
  const mean = (values: number[], channel: number) => values.filter((_, i) => i % 3 === channel).reduce((sum, value) => sum + value, 0) / (values.length / 3);
  for (const channel of [0, 1, 2]) expect(Math.abs(mean(actual, channel) - mean(expected, channel))).toBeLessThanOrEqual(3);
}

describe('a cover wider than anything published', () => {
  it("is published at 1200 px at most, each format showing the original's pixels turned upright", async () => {
    const picture = readPage(cold.outDir, 'tin-tuc/kiem-dinh-can-tai-cho/index.html').querySelector('main picture');
    const urls = [...(picture?.querySelectorAll('source') ?? [])].map((source) => (source.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)));
    const largest = urls.map((candidates) => candidates.find(([, width]) => width === '1200w')?.[0]);
    expect(largest).toHaveLength(2);
    const fallback = picture?.querySelector('img')?.getAttribute('src');
    const expected = await grid(COVER);
    for (const url of [...largest, fallback]) {
      expect(url).toMatch(/^\/_astro\/can-tai-cho\./);
      const file = join(cold.outDir, url!);
      expect(imageSize(readFileSync(file))).toMatchObject({ width: 1200, height: 900 });
      expectSamePicture(await grid(file), expected);
    }
  });

  it('gives the share JPEG the same picture', async () => {
    const share = listFiles(join(cold.outDir, 'anh/chia-se')).find((name) => name.endsWith('.jpg'));
    expect(share).toBeDefined();
    const file = join(cold.outDir, 'anh/chia-se', share!);
    expect(imageSize(readFileSync(file))).toMatchObject({ width: 1200, height: 900 });
    expectSamePicture(await grid(file), await grid(COVER));
  });
});

describe('what the build publishes', () => {
  it('is never an uploaded picture as uploaded, cover or body picture: readers get its variants', () => {
    const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    const uploads = new Map(readdirSync(join(CONTENT, 'anh')).map((name) => [sha(join(CONTENT, 'anh', name)), name]));
    expect(uploads.size).toBeGreaterThan(1);
    const published = listFiles(cold.outDir).filter((file) => uploads.has(sha(join(cold.outDir, file))));
    expect(published).toEqual([]);
  });

  it('holds no picture wider than 1200 px or as large as an original', () => {
    const smallest = Math.min(statSync(COVER).size, statSync(DIAGRAM).size);
    const pictures = listFiles(cold.outDir).filter((file) => /\.(jpe?g|png|webp|avif)$/i.test(file));
    expect(pictures.length).toBeGreaterThan(10);
    for (const file of pictures) {
      const path = join(cold.outDir, file);
      expect({ file, wide: (imageSize(readFileSync(path)).width ?? 0) > 1200, large: statSync(path).size >= smallest }).toEqual({ file, wide: false, large: false });
    }
  });

  it('names each picture in the CMS content index as its entry does, not by its master', () => {
    const index = JSON.parse(readFileSync(join(cold.outDir, 'admin/noi-dung.json'), 'utf8')) as { news: Array<{ id: string; data: { cover?: { src: string } } }> };
    expect(index.news.find((entry) => entry.id === 'kiem-dinh-can-tai-cho')?.data.cover?.src).toBe('../anh/can-tai-cho.jpg');
  });
});

describe('masters', () => {
  /** Every master in the cache (<key>/<name>; beside them, the index of originals) with its modification time. */
  const masters = () => new Map(listFiles(MASTERS).filter((file) => file.includes('/')).map((file) => [file, statSync(join(MASTERS, file)).mtimeMs]));
  let made: Map<string, number>;
  let warm: { outDir: string; log: string };
  beforeAll(async () => {
    made = masters();
    warm = await buildSite({ key: 'images-warm', contentDir: CONTENT, buildDate: '2026-11-20', env: { ASTRO_CACHE_DIR: CACHE } });
  }, 600_000);

  it('are made once per wide picture, in its own format and name, 1200 px wide', () => {
    expect(cold.log).toMatch(/image masters: 2 made, 0 reused from the build cache/);
    expect([...made.keys()].map((file) => file.split('/').at(-1)).sort()).toEqual(['can-tai-cho.jpg', 'so-do-kiem-dinh.png']);
    for (const file of made.keys()) expect(imageSize(readFileSync(join(MASTERS, file)))).toMatchObject({ width: 1200, type: file.endsWith('.png') ? 'png' : 'jpg' });
  });

  it('are reused by a second build with the cache: none is encoded again, no original even read (the log says so, and no master file was written)', () => {
    expect(warm.log).toMatch(/image masters: 0 made, 2 reused from the build cache \(2 of them known by size and modification time, not read\)/);
    expect(warm.log).toMatch(/\(0\.00 s of reading, hashing and encoding\)/);
    expect(masters()).toEqual(made);
    expect(listFiles(join(warm.outDir, '_astro')).filter((file) => file.startsWith('can-tai-cho.')).sort()).toEqual(
      listFiles(join(cold.outDir, '_astro')).filter((file) => file.startsWith('can-tai-cho.')).sort(),
    );
    expect(warm.log).toMatch(/, 0 unused for a month removed from the build cache/);
  });

  it('are removed from the cache once no build has used them for a month: a build after the cover is replaced keeps the diagram\'s master and the new cover\'s, and the old cover\'s only while it is recent', async () => {
    const diagram = [...made.keys()].find((file) => file.endsWith('.png'))!;
    const oldCover = [...made.keys()].find((file) => file.endsWith('.jpg'))!;
    const folder = (file: string) => join(MASTERS, file.split('/')[0]!);
    // A month and a day ago: the old cover's master (about to be unused) and the diagram's (used again, so kept and marked as used).
    const monthAgo = new Date(Date.now() - UNUSED_MASTER_KEPT_MS - 86_400_000);
    utimesSync(folder(oldCover), monthAgo, monthAgo);
    utimesSync(folder(diagram), monthAgo, monthAgo);
    // A master no build here used, written a moment ago (by a build of other content on the same cache): kept.
    const recent = join(MASTERS, 'f'.repeat(32));
    mkdirSync(recent, { recursive: true });
    writeFileSync(join(recent, 'khac.jpg'), 'another build\'s master');
    await sharp(await quarters(2000, 1500)).jpeg({ quality: 90 }).toFile(COVER);
    const replaced = await buildSite({ key: 'images-replaced', contentDir: CONTENT, buildDate: '2026-11-20', env: { ASTRO_CACHE_DIR: CACHE } });
    expect(replaced.log).toMatch(/image masters: 1 made, 1 reused from the build cache .*, 1 unused for a month removed from the build cache/);
    const now = masters();
    expect(now.get(diagram)).toBe(made.get(diagram));
    expect(statSync(folder(diagram)).mtimeMs).toBeGreaterThan(monthAgo.getTime() + 86_400_000);
    expect(now.has(oldCover)).toBe(false);
    expect(now.has(`${'f'.repeat(32)}/khac.jpg`)).toBe(true);
    expect([...now.keys()].map((file) => file.split('/').at(-1)).sort()).toEqual(['can-tai-cho.jpg', 'khac.jpg', 'so-do-kiem-dinh.png']);
  }, 600_000);
});
