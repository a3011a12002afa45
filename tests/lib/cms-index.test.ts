import { describe, expect, it } from 'vitest';
import { publicContentIndex } from '../../src/lib/cms-index.ts';

const now = new Date('2026-11-29T12:00:00+07:00');
const root = '/srv/site';
/** Stands in for an astro:assets image: reading any field but fsPath would mark the original as shipped. */
function image(fsPath: string): object {
  return new Proxy({ src: '/_astro/x.jpg', width: 4000, height: 3000, format: 'jpg' }, {
    get(target, name) {
      if (name === 'fsPath') return fsPath;
      throw new Error(`read ${String(name)} of the image`);
    },
  });
}

const news = [
  { id: 'da-dang', file: 'content/tin-tuc/da-dang.md', data: { title: 'Đã đăng', draft: false, publishedAt: new Date('2026-11-20T08:00:00+07:00'), cover: { src: image('/srv/site/content/anh/can.jpg'), alt: 'Cân' } } },
  { id: 'ban-nhap', file: 'content/tin-tuc/ban-nhap.md', data: { title: 'Bản nháp bí mật', draft: true, publishedAt: new Date('2026-11-20T08:00:00+07:00') } },
  { id: 'hen-gio', file: 'content/tin-tuc/hen-gio.md', data: { title: 'Hẹn giờ', draft: false, publishedAt: new Date('2026-12-01T08:00:00+07:00') } },
];
const tags = [{ id: 'cho', file: 'content/the/cho.yaml', data: { label: 'Chợ' } }];

describe('publicContentIndex', () => {
  it('leaves drafts and items dated after the build out of what the public can fetch', () => {
    const index = publicContentIndex({ news, tags }, now, root);
    expect(index.news.map((entry) => entry.id)).toEqual(['da-dang']);
    expect(JSON.stringify(index)).not.toContain('bí mật');
    expect(index.tags).toEqual(tags);
  });

  it('keeps every entry for the dev server', () => {
    expect(publicContentIndex({ news }, now, root, true).news.map((entry) => entry.id)).toEqual(['da-dang', 'ban-nhap', 'hen-gio']);
  });

  it('writes an image as the path the file stores, reading nothing else of it', () => {
    const [entry] = publicContentIndex({ news }, now, root).news;
    expect(entry!.data).toMatchObject({ cover: { src: '../anh/can.jpg', alt: 'Cân' } });
    expect(JSON.parse(JSON.stringify(entry))).toMatchObject({ data: { cover: { src: '../anh/can.jpg' } } });
  });

  it("names a picture a build read through its master (in the build cache) by the original's path", () => {
    const master = '/srv/site/.cache/astro/masters/2e5f509e/can.jpg';
    const withMaster = [{ ...news[0]!, data: { ...news[0]!.data, cover: { src: image(master), alt: 'Cân' } } }];
    const originals = new Map([[master, '/srv/site/content/anh/can.jpg']]);
    const [entry] = publicContentIndex({ news: withMaster }, now, root, false, (path) => originals.get(path) ?? path).news;
    expect(entry!.data).toMatchObject({ cover: { src: '../anh/can.jpg' } });
  });
});
