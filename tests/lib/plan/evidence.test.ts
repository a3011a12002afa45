/** src/lib/plan/evidence.ts: a progress update's evidence as links, public items only. */
import { describe, expect, it } from 'vitest';
import { evidenceLinks } from '../../../src/lib/plan/evidence.ts';

const titled = (id: string, title: string) => ({ id, data: { title } });
const content = {
  news: [titled('tin-mot', 'Tin một')],
  articles: [titled('bai-mot', 'Bài một')],
  events: [titled('hoi-nghi', 'Hội nghị')],
};

describe('evidenceLinks', () => {
  it('links news, articles, events and documents in that order, each with its kind', () => {
    const links = evidenceLinks(
      { news: ['tin-mot'], articles: ['bai-mot'], events: ['hoi-nghi'], links: [{ kind: 'hinh-anh', title: 'Ảnh buổi kiểm định', url: 'https://example.test/anh.jpg' }] },
      content,
    );
    expect(links).toEqual([
      { kind: 'Tin tức', title: 'Tin một', href: '/tin-tuc/tin-mot/' },
      { kind: 'Bài viết', title: 'Bài một', href: '/bai-viet/bai-mot/' },
      { kind: 'Sự kiện', title: 'Hội nghị', href: '/su-kien/hoi-nghi/' },
      { kind: 'Hình ảnh', title: 'Ảnh buổi kiểm định', href: 'https://example.test/anh.jpg' },
    ]);
  });

  it('leaves out an item that is not public (a draft or one dated in the future is not in the lists passed)', () => {
    expect(evidenceLinks({ news: ['tin-nhap', 'tin-mot'], articles: [], events: [], links: [] }, content)).toEqual([{ kind: 'Tin tức', title: 'Tin một', href: '/tin-tuc/tin-mot/' }]);
  });
});
