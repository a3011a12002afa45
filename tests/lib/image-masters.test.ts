/** src/lib/image-masters.ts: which pictures a build reads through a master, at what size, and where the master lives. */
import { describe, expect, it } from 'vitest';
import { IMAGE_WIDTHS } from '../../src/lib/images.ts';
import { displayedWidth, MASTER_WIDTH, masterFormat, masterPath, needsMaster, unchangedOriginal, UNUSED_MASTER_KEPT_MS, unusedMasters } from '../../src/lib/image-masters.ts';
import { COVER_MAX_WIDTH } from '../../src/lib/syndication/share-image.ts';

const content = '/srv/site/content';

describe('MASTER_WIDTH', () => {
  it('is the widest picture the site publishes: every responsive width and the share JPEG fit in it', () => {
    expect(MASTER_WIDTH).toBe(1200);
    for (const width of [...IMAGE_WIDTHS.card, ...IMAGE_WIDTHS.full, COVER_MAX_WIDTH]) expect(width).toBeLessThanOrEqual(MASTER_WIDTH);
  });
});

describe('masterFormat', () => {
  it('gives JPEG, PNG and WebP pictures inside the content folder a master in their own format', () => {
    expect(masterFormat(`${content}/anh/can-tai-cho.jpg`, content)).toBe('jpeg');
    expect(masterFormat(`${content}/anh/anh-bia.JPEG`, content)).toBe('jpeg');
    expect(masterFormat(`${content}/anh/so-do.png`, content)).toBe('png');
    expect(masterFormat(`${content}/tin-tuc/x/anh.webp`, content)).toBe('webp');
  });

  it('leaves other formats and pictures outside the content folder alone', () => {
    for (const name of ['logo.svg', 'hinh-dong.gif', 'anh.avif', 'scan.tiff']) expect(masterFormat(`${content}/anh/${name}`, content)).toBeUndefined();
    expect(masterFormat('/srv/site/src/assets/logo.png', content)).toBeUndefined();
    expect(masterFormat('/srv/site/content-old/anh/a.jpg', content)).toBeUndefined();
    expect(masterFormat('/srv/site/node_modules/pkg/a.png', content)).toBeUndefined();
  });
});

describe('needsMaster', () => {
  it('is true for a picture wider on screen than MASTER_WIDTH', () => {
    expect(needsMaster({ width: 4000, height: 3000 })).toBe(true);
    expect(needsMaster({ width: 1201, height: 100 })).toBe(true);
    expect(needsMaster({ width: 1200, height: 900 })).toBe(false);
    expect(needsMaster({ width: 800, height: 500 })).toBe(false);
  });

  it('reads the width a quarter-turned picture (EXIF orientation 5–8) is shown at', () => {
    expect(displayedWidth({ width: 3000, height: 4000, orientation: 6 })).toBe(4000);
    expect(needsMaster({ width: 1000, height: 1600, orientation: 8 })).toBe(true);
    expect(needsMaster({ width: 1600, height: 1000, orientation: 6 })).toBe(false);
    expect(needsMaster({ width: 1600, height: 1000, orientation: 3 })).toBe(true);
  });
});

describe('masterPath', () => {
  it("lives under its key and keeps the original's file name, which Vite names the published variants after", () => {
    expect(masterPath('/cache/masters', '2e5f509eade18644', `${content}/anh/can-tai-cho.jpg`)).toBe('/cache/masters/2e5f509eade18644/can-tai-cho.jpg');
  });
});

describe('unchangedOriginal', () => {
  const known = { size: 3_145_728, mtimeMs: 1_764_400_000_000.5, key: '2e5f509eade18644' };

  it('gives what the cache remembers of an original with the same size and modification time', () => {
    expect(unchangedOriginal(known, { size: 3_145_728, mtimeMs: 1_764_400_000_000.5 })).toBe(known);
    expect(unchangedOriginal({ ...known, key: null }, { size: 3_145_728, mtimeMs: 1_764_400_000_000.5 })).toEqual({ ...known, key: null });
  });

  it('gives nothing for an original it does not know, or one replaced or touched since', () => {
    expect(unchangedOriginal(undefined, { size: 3_145_728, mtimeMs: 1_764_400_000_000.5 })).toBeUndefined();
    expect(unchangedOriginal(known, { size: 3_145_729, mtimeMs: 1_764_400_000_000.5 })).toBeUndefined();
    expect(unchangedOriginal(known, { size: 3_145_728, mtimeMs: 1_764_400_000_001 })).toBeUndefined();
  });
});

describe('unusedMasters', () => {
  const used = 'a'.repeat(32);
  const stale = '0123456789abcdef0123456789abcdef';
  const now = Date.UTC(2026, 10, 29);
  const longAgo = now - UNUSED_MASTER_KEPT_MS - 1;
  it('names the masters\' folders no build has used for UNUSED_MASTER_KEPT_MS', () => {
    expect(unusedMasters([{ name: used, mtimeMs: longAgo }, { name: stale, mtimeMs: longAgo }, { name: 'index.json', mtimeMs: longAgo }], new Set([used]), now)).toEqual([stale]);
  });

  it('keeps one unused for less: another build on the same cache may use it (other content, or a build running beside)', () => {
    expect(unusedMasters([{ name: stale, mtimeMs: now - UNUSED_MASTER_KEPT_MS + 1 }], new Set(), now)).toEqual([]);
  });

  it('leaves alone whatever a build did not write: only names shaped like a key', () => {
    const names = ['index.json', 'notes', 'ABCDEF0123456789ABCDEF0123456789', `${stale}.tmp`, stale.slice(1)];
    expect(unusedMasters(names.map((name) => ({ name, mtimeMs: longAgo })), new Set(), now)).toEqual([]);
  });
});
