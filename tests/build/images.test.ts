/**
 * Content pictures reach readers only as the variants made for them: pictures
 * inside bodies, Markdown and MDX alike, at the responsive widths covers get
 * (src/integrations/body-images.ts), each width encoded once (the syndication
 * fixture's 800×500 diagram sits in a Markdown news item and in an MDX
 * article), and no uploaded original is published (a phone photo is 3 MB).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../support/build-site.ts';
import { listFiles, readPage } from '../support/dist.ts';

const FIXTURE = 'tests/fixtures/syndication';

let outDir: string;
beforeAll(async () => {
  ({ outDir } = await buildSite({ key: 'images', contentDir: FIXTURE, buildDate: '2026-11-20' }));
}, 600_000);

/** The diagram's <img> in the body of the page at `page`. */
function bodyPicture(page: string): { src: string; srcset: Map<string, string> } {
  const img = readPage(outDir, join(page, 'index.html')).querySelector('main img[src*="so-do-kiem-dinh"]');
  if (!img) throw new Error(`${page}: no body picture`);
  const candidates = (img.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/));
  return { src: img.getAttribute('src') ?? '', srcset: new Map(candidates.map(([url, descriptor]) => [descriptor ?? '', url ?? ''])) };
}

describe('a picture inside a body', () => {
  for (const [format, page] of [['Markdown', 'tin-tuc/kiem-dinh-can-tai-cho'], ['MDX', 'bai-viet/huong-dan-doanh-nghiep']] as const) {
    it(`in ${format} gets the widths that fit it, in WebP, its src the largest of them`, () => {
      const { src, srcset } = bodyPicture(page);
      expect([...srcset.keys()]).toEqual(['360w', '720w']);
      for (const url of srcset.values()) expect(url).toMatch(/\.webp$/);
      expect(src).toBe(srcset.get('720w'));
    });
  }

  it('is encoded once per width, whichever bodies show it', () => {
    const variants = readdirSync(join(outDir, '_astro')).filter((name) => name.startsWith('so-do-kiem-dinh') && name.endsWith('.webp'));
    expect(variants).toHaveLength(2);
  });
});

describe('an uploaded picture', () => {
  it('is never published as uploaded, cover or body picture: readers get its variants', () => {
    const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    const uploads = new Map(readdirSync(join(ROOT, FIXTURE, 'anh')).map((name) => [sha(join(ROOT, FIXTURE, 'anh', name)), name]));
    expect(uploads.size).toBeGreaterThan(1);
    const published = listFiles(outDir).filter((file) => uploads.has(sha(join(outDir, file))));
    expect(published).toEqual([]);
  });
});
