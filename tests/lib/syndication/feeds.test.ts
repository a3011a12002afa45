import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { apiIndexPages, apiItem, apiSummary } from '../../../src/lib/syndication/api.ts';
import { feedChannels, feedsForPage } from '../../../src/lib/syndication/feeds.ts';
import { newestFirst, syndicatedItem, type ItemContext, type PublicationInput } from '../../../src/lib/syndication/item.ts';
import { jsonFeed } from '../../../src/lib/syndication/json-feed.ts';
import { categoryLabels, escapeXml, lastChange, rssOptions } from '../../../src/lib/syndication/rss.ts';
import { apiIndexSchema, apiItemSchema } from '../../../src/schemas/api/v1.ts';

const site = new URL('https://dolb.example.test/');

function entry(overrides: Partial<PublicationInput['data']> = {}, id = 'kiem-dinh-cho', type: PublicationInput['type'] = 'news'): PublicationInput {
  return {
    id,
    type,
    data: {
      uid: 'a1b2c3d4-0000-4000-8000-000000000001',
      title: 'Kiểm định cân tại chợ',
      summary: 'Tóm tắt có dấu.',
      publishedAt: new Date('2026-11-10T00:00:00+07:00'),
      author: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
      tags: ['cho'],
      relatedTasks: [{ plan: '2022', task: 'I.1' }],
      relatedEvents: ['hoi-nghi'],
      changes: [],
      ...overrides,
    },
  };
}

const context: ItemContext = {
  site,
  bodyHtml: '<p>Xem <a href="/ke-hoach/2022/">kế hoạch</a>.</p><p><img src="/_astro/so-do.webp" alt="Sơ đồ" width="800" height="500"></p>',
  tagLabels: new Map([['cho', 'Chợ']]),
  events: [{ id: 'hoi-nghi', data: { uid: 'event-uid-123', title: 'Hội nghị', start: '2026-06-10T08:00', end: '2026-06-10T11:30' } }],
  plans: [{ id: '2022', data: { shortTitle: 'Kế hoạch năm 2022', tasks: [{ code: 'I.1', title: 'Tuyên truyền', products: [], coordinating: [] }] } }],
};
const coverFile = { path: '/anh/chia-se/a1b2.jpg', type: 'image/jpeg', length: 12345, width: 1200, height: 750 };

describe('syndicatedItem', () => {
  const item = syndicatedItem(entry({ cover: { alt: 'Cân ở chợ', credit: 'Nguyễn Văn Ảnh' } }), { ...context, coverFile });

  it('takes its id from the uid, not from the file name', () => {
    expect(item.id).toBe('a1b2c3d4-0000-4000-8000-000000000001');
    expect(syndicatedItem(entry({}, 'ten-moi'), context).id).toBe(item.id);
  });

  it('makes the body, the page and the cover absolute', () => {
    expect(item.url).toBe('https://dolb.example.test/tin-tuc/kiem-dinh-cho/');
    expect(item.html).toContain('href="https://dolb.example.test/ke-hoach/2022/"');
    expect(item.html).toContain('src="https://dolb.example.test/_astro/so-do.webp"');
    expect(item.cover).toEqual({ url: 'https://dolb.example.test/anh/chia-se/a1b2.jpg', alt: 'Cân ở chợ', credit: 'Nguyễn Văn Ảnh', width: 1200, height: 750, type: 'image/jpeg', length: 12345 });
    expect(item.images.map((image) => image.alt)).toEqual(['Cân ở chợ', 'Sơ đồ']);
  });

  it('resolves tags, events (by uid) and plan tasks', () => {
    expect(item.tags).toEqual([{ id: 'cho', label: 'Chợ', url: 'https://dolb.example.test/the/cho/' }]);
    expect(item.relatedEvents).toEqual([{ id: 'event-uid-123', title: 'Hội nghị', url: 'https://dolb.example.test/su-kien/hoi-nghi/', start: '2026-06-10T08:00', end: '2026-06-10T11:30' }]);
    expect(item.relatedTasks).toEqual([{ plan: '2022', planTitle: 'Kế hoạch năm 2022', task: 'I.1', title: 'Tuyên truyền', url: 'https://dolb.example.test/ke-hoach/2022/#nv-I-1' }]);
  });

  it('carries the newest change note as the update, with the notes newest first', () => {
    const changed = syndicatedItem(
      entry({ changes: [{ date: new Date('2026-11-12T00:00:00Z'), note: 'Sửa số chợ' }, { date: new Date('2026-11-15T00:00:00Z'), note: 'Thêm ảnh' }] }),
      context,
    );
    expect(changed.updatedAt).toEqual(new Date('2026-11-15T00:00:00Z'));
    expect(changed.changes.map((change) => change.note)).toEqual(['Thêm ảnh', 'Sửa số chợ']);
  });

  it('sorts newest first, ties by id', () => {
    const a = syndicatedItem(entry({ uid: 'bbbbbb', publishedAt: new Date('2026-01-01') }), context);
    const b = syndicatedItem(entry({ uid: 'aaaaaa', publishedAt: new Date('2026-01-01') }), context);
    const c = syndicatedItem(entry({ uid: 'cccccc', publishedAt: new Date('2026-02-01') }), context);
    expect(newestFirst([a, b, c]).map((item) => item.id)).toEqual(['cccccc', 'aaaaaa', 'bbbbbb']);
  });
});

describe('RSS', () => {
  const edited = syndicatedItem(entry({ updatedAt: new Date('2026-11-15T09:30:00+07:00'), cover: { alt: 'Cân & quả cân', credit: 'Ảnh "Báo"' } }), { ...context, coverFile });
  const plain = syndicatedItem(entry({ uid: 'second-item', title: 'Tin <thứ hai> & “ba”' }, 'thu-hai'), context);
  const channel = feedChannels.all('Đo lường Bắc Giang');

  it('writes a GUID from the uid, not the link', async () => {
    const xml = await getRssString(rssOptions(channel, [edited, plain], { site, now: new Date('2026-11-20') }));
    expect(xml).toContain('<guid isPermaLink="false">a1b2c3d4-0000-4000-8000-000000000001</guid>');
    expect(xml).not.toContain('isPermaLink="true"');
  });

  it('writes the channel self link, lastBuildDate from the newest change, and per-item extras', async () => {
    const xml = await getRssString(rssOptions(channel, [edited, plain], { site, now: new Date('2026-11-20') }));
    expect(xml).toContain('<atom:link href="https://dolb.example.test/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain(`<lastBuildDate>${new Date('2026-11-15T02:30:00Z').toUTCString()}</lastBuildDate>`);
    expect(xml).toContain('<atom:updated>2026-11-15T02:30:00.000Z</atom:updated>');
    expect(xml).toContain('<enclosure url="https://dolb.example.test/anh/chia-se/a1b2.jpg" length="12345" type="image/jpeg"/>');
    expect(xml).toContain('<media:credit>Ảnh &quot;Báo&quot;</media:credit>');
    expect(xml).toContain('&lt;figure&gt;&lt;img src=&quot;https://dolb.example.test/anh/chia-se/a1b2.jpg&quot; alt=&quot;Cân &amp;amp; quả cân&quot; width=&quot;1200&quot; height=&quot;750&quot;&gt;&lt;figcaption&gt;Ảnh: Ảnh &amp;quot;Báo&amp;quot;&lt;/figcaption&gt;&lt;/figure&gt;');
    expect(xml).toContain('<dc:creator>Chi cục Tiêu chuẩn Đo lường Chất lượng</dc:creator>');
    expect(xml).toContain('<title>Tin &lt;thứ hai&gt; &amp; “ba”</title>');
  });

  it('refuses a uid that RSS generation would turn into a number', () => {
    const numeric = syndicatedItem(entry({ uid: '123e45' }), context);
    expect(() => rssOptions(channel, [numeric], { site, now: new Date() })).toThrow(/uid .*"123e45" looks like a number/);
  });

  it('lists the category and tags once each', () => {
    const article = syndicatedItem({ ...entry({ tags: ['cho'], category: 'doanh-nghiep' }, 'bai', 'article') }, { ...context, tagLabels: new Map([['cho', 'Doanh nghiệp']]) });
    expect(categoryLabels(article)).toEqual(['Doanh nghiệp']);
  });

  it('falls back to the build moment for an empty feed', () => {
    expect(lastChange([], new Date('2026-11-20T00:00:00Z'))).toEqual(new Date('2026-11-20T00:00:00Z'));
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('JSON Feed', () => {
  const item = syndicatedItem(entry({ updatedAt: new Date('2026-11-15T00:00:00Z'), cover: { alt: 'Cân', credit: 'Ảnh A' } }), { ...context, coverFile });
  const feed = jsonFeed(feedChannels.news('Đo lường Bắc Giang'), [item], { site, publisher: 'Sở KH&CN', aboutPath: '/bao-chi/' });

  it('names the feed and its own URL', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://dolb.example.test/tin-tuc/feed.json');
    expect(feed.home_page_url).toBe('https://dolb.example.test/tin-tuc/');
  });

  it('carries the uid as id, the edit date, the attachment and the alt and credit extension', () => {
    const [first] = feed.items;
    expect(first?.id).toBe(item.id);
    expect(first?.date_modified).toBe('2026-11-15T00:00:00.000Z');
    expect(first?.attachments).toEqual([{ url: 'https://dolb.example.test/anh/chia-se/a1b2.jpg', mime_type: 'image/jpeg', title: 'Cân', size_in_bytes: 12345 }]);
    expect(first?._bac_giang).toEqual({ about: 'https://dolb.example.test/bao-chi/', type: 'news', image: { alt: 'Cân', credit: 'Ảnh A' }, changes: [] });
  });
});

describe('API v1', () => {
  const items = Array.from({ length: 5 }, (_, i) => syndicatedItem(entry({ uid: `item-${i}00000` }, `tin-${i}`), context));

  it('paginates with prev and next links', () => {
    const pages = apiIndexPages('news', items, site, 2);
    expect(pages.map((page) => [page.page, page.items.length, page.prev, page.next])).toEqual([
      [1, 2, null, 'https://dolb.example.test/api/v1/news/page/2.json'],
      [2, 2, 'https://dolb.example.test/api/v1/news.json', 'https://dolb.example.test/api/v1/news/page/3.json'],
      [3, 1, 'https://dolb.example.test/api/v1/news/page/2.json', null],
    ]);
    expect(pages.every((page) => page.totalItems === 5 && page.pageCount === 3)).toBe(true);
  });

  it('still has a first page when there is nothing to list', () => {
    expect(apiIndexPages('article', [], site)).toMatchObject([{ page: 1, pageCount: 1, totalItems: 0, items: [], self: 'https://dolb.example.test/api/v1/articles.json' }]);
  });

  it('produces documents that match the published schemas, with null for absent values', () => {
    const [first] = items;
    if (!first) throw new Error('no item');
    const record = apiItem(first, site);
    expect(apiItemSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({ updatedAt: null, image: null, category: null, apiUrl: `https://dolb.example.test/api/v1/news/${first.id}.json` });
    expect(apiIndexSchema.safeParse(apiIndexPages('news', items, site)[0]).success).toBe(true);
    expect(apiSummary(first, site)).not.toHaveProperty('html');
  });
});

describe('feedsForPage', () => {
  const paths = (path: string, tag?: { id: string; label: string }) => feedsForPage(path, 'Site', tag).map((feed) => feed.rssPath);

  it('announces the whole-site feed everywhere, and the list or tag feed where it belongs', () => {
    expect(paths('/')).toEqual(['/rss.xml']);
    expect(paths('/tin-tuc/mot-tin/')).toEqual(['/rss.xml', '/tin-tuc/rss.xml']);
    expect(paths('/bai-viet/trang/2/')).toEqual(['/rss.xml', '/bai-viet/rss.xml']);
    expect(paths('/the/cho/', { id: 'cho', label: 'Chợ' })).toEqual(['/rss.xml', '/the/cho/rss.xml']);
    expect(paths('/the/')).toEqual(['/rss.xml']);
  });
});
