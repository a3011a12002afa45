import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inSitemap, robotsTxt } from '../../../src/lib/syndication/crawling.ts';
import { socialMeta } from '../../../src/lib/syndication/head.ts';
import { syndicatedItem } from '../../../src/lib/syndication/item.ts';
import { pageMeta, scriptSafeJson, type PageMetaInput } from '../../../src/lib/syndication/page-meta.ts';
import { INDEX_FIELD_NOTES, ITEM_FIELD_NOTES, SUMMARY_FIELD_NOTES, attributionLine } from '../../../src/lib/syndication/press.ts';
import { defaultCardFile } from '../../../src/data/share-images.ts';
import { defaultCardSvg, wrapWords } from '../../../src/lib/syndication/share-image.ts';
import { apiIndexSchema, apiItemSchema, apiSummarySchema } from '../../../src/schemas/api/v1.ts';

const site = new URL('https://dolb.example.test/');
const owner = { organisation: 'Sở Khoa học và Công nghệ tỉnh Bắc Giang', unit: 'Chi cục Tiêu chuẩn Đo lường Chất lượng', address: '', phone: '', email: 'chicuc@example.test' };
const news = syndicatedItem(
  {
    id: 'kiem-dinh-cho',
    type: 'news',
    data: {
      uid: 'news-uid-0001',
      title: 'Kiểm định cân',
      summary: 'Tóm tắt.',
      publishedAt: new Date('2026-11-10T00:00:00Z'),
      updatedAt: new Date('2026-11-12T00:00:00Z'),
      author: owner.unit,
      tags: [],
      relatedTasks: [],
      relatedEvents: [],
      changes: [],
      cover: { alt: 'Cân ở chợ' },
    },
  },
  { site, bodyHtml: '<p>x</p>', tagLabels: new Map(), events: [], plans: [], coverFile: { path: '/anh/chia-se/news-uid-0001.jpg', type: 'image/jpeg', length: 10, width: 1200, height: 750 } },
);
const base: PageMetaInput = {
  path: '/',
  site,
  owner,
  siteName: 'Đo lường Bắc Giang',
  tagline: 'Đề án 996',
};
const today = '2026-11-20';
const observance = { id: 'ngay-do-luong', data: { title: 'Ngày Đo lường thế giới', summary: 'Hằng năm.', start: '2022-05-20', allDay: true, recurrence: 'yearly' as const } };
const meeting = { id: 'hoi-nghi', data: { title: 'Hội nghị', summary: 'Một lần.', start: '2026-12-01T08:00', end: '2026-12-01T11:30', allDay: false, location: 'Hội trường Sở', recurrence: 'none' as const } };

describe('pageMeta', () => {
  it('gives a news page its cover, the article type and a NewsArticle', () => {
    const meta = pageMeta({ ...base, path: '/tin-tuc/kiem-dinh-cho/', subject: { item: news } });
    expect(meta.type).toBe('article');
    expect(meta.image).toEqual({ url: 'https://dolb.example.test/anh/chia-se/news-uid-0001.jpg', alt: 'Cân ở chợ', width: 1200, height: 750, type: 'image/jpeg' });
    expect(meta.structuredData).toMatchObject([
      { '@type': 'NewsArticle', headline: 'Kiểm định cân', datePublished: '2026-11-10T00:00:00.000Z', dateModified: '2026-11-12T00:00:00.000Z', author: { '@type': 'GovernmentOrganization', name: owner.unit }, publisher: { '@type': 'GovernmentOrganization', name: owner.organisation } },
    ]);
  });

  it('dates a yearly observance at its next occurrence and a timed event with Vietnam’s offset', () => {
    expect(pageMeta({ ...base, path: '/su-kien/ngay-do-luong/', subject: { event: observance, today } }).structuredData).toMatchObject([{ '@type': 'Event', startDate: '2027-05-20', endDate: '2027-05-20' }]);
    const [event] = pageMeta({ ...base, path: '/su-kien/hoi-nghi/', subject: { event: meeting, today } }).structuredData;
    expect(event).toMatchObject({ startDate: '2026-12-01T08:00:00+07:00', endDate: '2026-12-01T11:30:00+07:00', location: { '@type': 'Place', name: 'Hội trường Sở' } });
  });

  it('puts the GovernmentOrganization on the pages that speak for the agency, and the default card everywhere else', () => {
    expect(pageMeta(base).structuredData).toMatchObject([{ '@type': 'GovernmentOrganization', name: owner.organisation, email: owner.email }]);
    const other = pageMeta({ ...base, path: '/ke-hoach/2022/' });
    expect(other.structuredData).toEqual([]);
    expect(other.image).toMatchObject({ url: 'https://dolb.example.test/anh/chia-se/mac-dinh.png', width: 1200, height: 630, type: 'image/png', alt: 'Đo lường Bắc Giang: Đề án 996' });
  });

  it('keeps JSON from closing its script element', () => {
    expect(scriptSafeJson({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  });
});

describe('socialMeta', () => {
  it('always names an image, for Open Graph and Twitter', () => {
    const tags = socialMeta({ title: 'T', description: 'D', canonical: 'https://x.test/', siteName: 'S', type: 'website', lang: 'vi', image: { url: 'https://x.test/c.png', alt: 'A', width: 1200, height: 630, type: 'image/png' } });
    const get = (key: string) => tags.find((tag) => tag.key === key)?.content;
    expect(get('og:image')).toBe('https://x.test/c.png');
    expect(get('og:image:alt')).toBe('A');
    expect(get('twitter:card')).toBe('summary_large_image');
    expect(get('twitter:image')).toBe('https://x.test/c.png');
    expect(get('article:published_time')).toBeUndefined();
  });

  it("names the page's own locale and its alternates' (Open Graph's language_TERRITORY)", () => {
    const input = { title: 'T', description: 'D', canonical: 'https://x.test/en/', siteName: 'S', type: 'website' as const, image: { url: 'https://x.test/c.png', alt: 'A', width: 1200, height: 630, type: 'image/png' } };
    const locales = (tags: ReturnType<typeof socialMeta>) => tags.filter((tag) => tag.key.startsWith('og:locale')).map((tag) => `${tag.key}=${tag.content}`);
    expect(locales(socialMeta({ ...input, lang: 'vi' }))).toEqual(['og:locale=vi_VN']);
    expect(locales(socialMeta({ ...input, lang: 'en', alternateLangs: ['vi'] }))).toEqual(['og:locale=en_US', 'og:locale:alternate=vi_VN']);
    expect(locales(socialMeta({ ...input, lang: 'vi', alternateLangs: ['vi', 'en'] }))).toEqual(['og:locale=vi_VN', 'og:locale:alternate=en_US']);
  });
});

describe('crawling', () => {
  it('keeps the CMS out of the sitemap and robots', () => {
    expect(inSitemap('https://x.test/admin/')).toBe(false);
    expect(inSitemap('https://x.test/admin/index.html')).toBe(false);
    expect(inSitemap('https://x.test/tin-tuc/admin-khong-phai/')).toBe(true);
    expect(inSitemap('https://x.test/')).toBe(true);
    expect(robotsTxt(site)).toBe('User-agent: *\nDisallow: /admin/\n\nSitemap: https://dolb.example.test/sitemap-index.xml\n');
  });
});

describe('press page notes', () => {
  it('explain exactly the fields the API has', () => {
    const fields = (schema: { shape: object }) => Object.keys(schema.shape).sort();
    expect(Object.keys(INDEX_FIELD_NOTES).sort()).toEqual(fields(apiIndexSchema));
    expect(Object.keys(SUMMARY_FIELD_NOTES).sort()).toEqual(fields(apiSummarySchema));
    expect([...Object.keys(SUMMARY_FIELD_NOTES), ...Object.keys(ITEM_FIELD_NOTES)].sort()).toEqual(fields(apiItemSchema));
  });

  it('print an attribution line naming the site, the owner and the item', () => {
    expect(attributionLine('Đo lường Bắc Giang', 'Sở KH&CN', 'https://x.test/tin-tuc/a/')).toBe('Nguồn: Đo lường Bắc Giang – Sở KH&CN (https://x.test/tin-tuc/a/)');
  });
});

describe('default share card', () => {
  it('wraps text at spaces', () => {
    expect(wrapWords('Tăng cường, đổi mới hoạt động đo lường', 20)).toEqual(['Tăng cường, đổi mới', 'hoạt động đo lường']);
  });

  it('wraps a long site name onto a second line', () => {
    const svg = defaultCardSvg('Cổng thông tin Đo lường tỉnh Bắc Giang', 'Đề án 996', 'Sở');
    expect(svg).toContain('font-weight="bold" fill="#ffffff">Cổng thông tin Đo</text>');
    expect(svg).toContain('font-weight="bold" fill="#ffffff">lường tỉnh Bắc Giang</text>');
  });

  it('escapes text in the SVG', () => {
    expect(defaultCardSvg('A & B', '<x>', 'C')).toContain('>A &amp; B</text>');
    expect(defaultCardSvg('A & B', '<x>', 'C')).toContain('>&lt;x&gt;</text>');
  });

  it('is a 1200×630 PNG', async () => {
    const card = await defaultCardFile('Đo lường Bắc Giang', 'Đề án 996', 'Sở Khoa học và Công nghệ');
    const info = await sharp(card.bytes).metadata();
    expect([info.format, info.width, info.height]).toEqual(['png', 1200, 630]);
  });
});
