/**
 * Syndication checked on real builds with parsers we did not write: a fixture
 * site (tests/fixtures/syndication: a draft, a future-dated item, a cover with
 * alt and credit, an MDX article) built for 20/11/2026; the same fixture with
 * one item renamed (title and file name), built after the future item's date;
 * and the real site.
 */
import { cpSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, TEST_TMP } from '../support/build-site.ts';
import { htmlPages, listFiles, pagePath, readPage } from '../support/dist.ts';
import { parseFeeds, type ParsedFeed } from '../support/feedparser.ts';
import { jsonSchemaFindings, jsonValidators, readJson } from '../support/json-schemas.ts';

const FIXTURE = 'tests/fixtures/syndication';
const SITE = 'http://localhost:4321';

const TITLES = {
  cho: 'Kiểm định cân đồng hồ lò xo tại chợ Đồng Quang',
  hoiNghi: 'Hội nghị “Đo lường & chất lượng” cho doanh nghiệp',
  huongDan: 'Hướng dẫn doanh nghiệp tự kiểm tra phương tiện đo',
  future: 'Tin hẹn giờ đăng ngày 25 tháng 12',
  renamed: 'Hội nghị tập huấn đo lường cho 50 doanh nghiệp',
};
/** What must never leak: the draft news, the draft article and (before its date) the future item. */
const HIDDEN = ['Bản nháp không được công bố', 'fixture-news-ban-nhap', 'tin-tuc/ban-nhap', 'Bài viết nháp chưa duyệt', 'fixture-article-bai-nhap', 'bai-viet/bai-nhap'];
const FUTURE = ['Tin hẹn giờ đăng', 'fixture-news-hen-gio', 'tin-tuc/tin-hen-gio'];

/** The file a site URL is served from, or undefined when it is not ours or missing. */
function fileFor(dir: string, url: string): string | undefined {
  if (!url.startsWith(`${SITE}/`)) return undefined;
  const path = decodeURIComponent(new URL(url).pathname);
  for (const candidate of [join(dir, path), join(dir, path, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}


/** schema.org's context, offline: every term in the schema.org vocabulary. */
const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
  throw new Error(`JSON-LD tried to load ${url}: no network in tests`);
};

/** Safe mode (jsonld.js ≥ 8, not yet in @types/jsonld) fails on any term or value the processor would drop. */
const expandOptions: NonNullable<Parameters<typeof jsonld.expand>[1]> & { safe: boolean } = { documentLoader, safe: true };

async function structuredData(document: Document): Promise<Record<string, unknown[]>[]> {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
  const expanded = await Promise.all(scripts.map((script) => jsonld.expand(JSON.parse(script.textContent ?? ''), expandOptions)));
  return expanded.flat() as Record<string, unknown[]>[];
}
const S = (term: string) => `https://schema.org/${term}`;
const valueOf = (node: Record<string, unknown[]>, term: string) => (node[S(term)]?.[0] as { '@value'?: unknown; '@id'?: unknown } | undefined)?.['@value'];

describe('fixture site', () => {
  let dir: string;
  let feeds: Map<string, ParsedFeed>;
  beforeAll(async () => {
    dir = (await buildSite({ key: 'feeds-fixture', contentDir: FIXTURE, buildDate: '2026-11-20' })).outDir;
    const files = listFiles(dir).filter((file) => file.endsWith('rss.xml'));
    feeds = new Map(parseFeeds(files.map((file) => join(dir, file))).map((feed, i) => [files[i] ?? '', feed]));
  });

  it('publishes every feed, each read by feedparser without errors and with the right items', () => {
    const titles = (file: string) => feeds.get(file)?.entries.map((entry) => entry.title);
    expect([...feeds.keys()].sort()).toEqual(['bai-viet/rss.xml', 'rss.xml', 'the/cho/rss.xml', 'the/doanh-nghiep/rss.xml', 'tin-tuc/rss.xml', 'van-ban/rss.xml']);
    for (const [file, feed] of feeds) expect(feed.bozo, `${file}: ${feed.bozo_exception}`).toBe(false);
    expect(titles('rss.xml')).toEqual([TITLES.huongDan, TITLES.cho, TITLES.hoiNghi]);
    expect(titles('tin-tuc/rss.xml')).toEqual([TITLES.cho, TITLES.hoiNghi]);
    expect(titles('bai-viet/rss.xml')).toEqual([TITLES.huongDan]);
    expect(titles('the/cho/rss.xml')).toEqual([TITLES.cho]);
    expect(titles('the/doanh-nghiep/rss.xml')).toEqual([TITLES.huongDan, TITLES.hoiNghi]);
  });

  it('names each channel, its self link and its last change', () => {
    const feed = feeds.get('tin-tuc/rss.xml');
    expect(feed?.feed.links).toContainEqual({ rel: 'self', href: `${SITE}/tin-tuc/rss.xml`, type: 'application/rss+xml' });
    expect(feed?.feed.link).toBe(`${SITE}/tin-tuc/`);
    expect(feed?.feed.language).toBe('vi');
    expect(feed?.feed.updated).toBe('Sun, 15 Nov 2026 02:30:00 GMT');
  });

  it('gives every item its uid as GUID, its byline, summary and categories', () => {
    const entries = feeds.get('rss.xml')?.entries ?? [];
    expect(entries.map((entry) => entry.id)).toEqual(['fixture-article-huong-dan', 'fixture-news-kiem-dinh-cho', 'fixture-news-hoi-nghi']);
    const [article, cho, hoiNghi] = entries;
    expect(cho?.author).toBe('Chi cục Tiêu chuẩn Đo lường Chất lượng');
    // <description> is HTML to readers: a literal "<" in a summary arrives escaped, not as a tag.
    expect(hoiNghi?.summary).toBe('Hơn 50 doanh nghiệp dự hội nghị tập huấn về đo lường &lt;và&gt; chất lượng.');
    expect(cho?.summary).toBe('Người tiêu dùng được kiểm tra cân miễn phí; tiểu thương được hướng dẫn sử dụng cân đúng cách.');
    expect(article?.tags).toEqual(['Doanh nghiệp']);
    expect(cho?.tags).toEqual(['Chợ']);
  });

  it('links only absolute URLs that resolve in the build, in links, bodies and enclosures', () => {
    for (const [file, feed] of feeds) {
      for (const entry of feed.entries) {
        expect(fileFor(dir, entry.link ?? ''), `${file}: ${entry.link}`).toBeDefined();
        const { document } = parseHTML(`<body>${entry.content.join('')}</body>`);
        const urls = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '').concat([...document.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? ''));
        expect(urls.length, `${entry.title}: links in the body`).toBeGreaterThan(0);
        for (const url of urls) expect(fileFor(dir, url.split('#')[0] ?? ''), `${entry.title}: ${url}`).toBeDefined();
      }
    }
  });

  it('encloses the cover with the type and byte length of the linked file, and its alt and credit', () => {
    const cho = feeds.get('rss.xml')?.entries.find((entry) => entry.id === 'fixture-news-kiem-dinh-cho');
    const [enclosure] = cho?.enclosures ?? [];
    const file = fileFor(dir, enclosure?.href ?? '');
    expect(file).toBeDefined();
    expect(enclosure?.type).toBe('image/jpeg');
    expect(Number(enclosure?.length)).toBe(statSync(file ?? '').size);
    expect(cho?.media_content[0]).toMatchObject({ url: enclosure?.href, type: 'image/jpeg', filesize: enclosure?.length });
    expect(cho?.media_credit).toEqual(['Nguyễn Văn Ảnh']);
    const { document } = parseHTML(`<body>${cho?.content[0] ?? ''}</body>`);
    expect(document.querySelector('figure img')?.getAttribute('alt')).toBe('Cán bộ kiểm định kiểm tra cân tại quầy hàng');
    expect(document.querySelector('figure img')?.getAttribute('src')).toBe(enclosure?.href);
    expect(document.querySelector('figcaption')?.textContent).toBe('Ảnh: Nguyễn Văn Ảnh');
  });

  it('carries the update date of an edited item in RSS, JSON Feed and the API', () => {
    const rssEntries = feeds.get('tin-tuc/rss.xml')?.entries ?? [];
    expect(rssEntries.find((entry) => entry.id === 'fixture-news-kiem-dinh-cho')?.updated).toBe('2026-11-15T02:30:00.000Z');
    const json = readJson(dir, 'tin-tuc/feed.json');
    expect(json.items.find((item) => item.id === 'fixture-news-kiem-dinh-cho')?.date_modified).toBe('2026-11-15T02:30:00.000Z');
    expect(json.items.find((item) => item.id === 'fixture-news-hoi-nghi')).not.toHaveProperty('date_modified');
    expect(readJson(dir, 'api/v1/news/fixture-news-kiem-dinh-cho.json').updatedAt).toBe('2026-11-15T02:30:00.000Z');
    expect(readJson(dir, 'api/v1/news/fixture-news-hoi-nghi.json').updatedAt).toBeNull();
  });

  it('publishes JSON Feeds that follow JSON Feed 1.1, with the same items as the RSS feeds', () => {
    const { jsonFeed } = jsonValidators(dir);
    for (const [file, rss] of feeds) {
      const path = file.replace('rss.xml', 'feed.json');
      const feed = readJson(dir, path);
      expect(jsonFeed(feed), `${path}: ${JSON.stringify(jsonFeed.errors)}`).toBe(true);
      expect(feed.feed_url).toBe(`${SITE}/${path}`);
      expect(feed.items.map((item) => [item.id, item.title])).toEqual(rss.entries.map((entry) => [entry.id, entry.title]));
    }
    const cho = readJson(dir, 'feed.json').items.find((item) => item.id === 'fixture-news-kiem-dinh-cho');
    expect(cho?._bac_giang).toMatchObject({ type: 'news', image: { alt: 'Cán bộ kiểm định kiểm tra cân tại quầy hàng', credit: 'Nguyễn Văn Ảnh' } });
  });

  it('serves an API whose every document matches its published JSON Schema', () => {
    const check = jsonValidators(dir);
    const news = readJson(dir, 'api/v1/news.json');
    const articles = readJson(dir, 'api/v1/articles.json');
    for (const index of [news, articles]) expect(check.index(index), JSON.stringify(check.index.errors)).toBe(true);
    expect(news.items.map((item) => item.id)).toEqual(['fixture-news-kiem-dinh-cho', 'fixture-news-hoi-nghi']);
    expect(news).toMatchObject({ page: 1, pageCount: 1, totalItems: 2, prev: null, next: null });
    const items = listFiles(join(dir, 'api/v1')).filter((file) => /^(news|articles)\/[^/]+\.json$/.test(file));
    expect(items.sort()).toEqual(['articles/fixture-article-huong-dan.json', 'news/fixture-news-hoi-nghi.json', 'news/fixture-news-kiem-dinh-cho.json']);
    for (const file of items) expect(check.item(readJson(dir, `api/v1/${file}`)), `${file}: ${JSON.stringify(check.item.errors)}`).toBe(true);
  });

  it('gives the full API record the body as HTML and text, the pictures with alt and credit, related events and tasks', () => {
    const item = readJson(dir, 'api/v1/news/fixture-news-kiem-dinh-cho.json') as Record<string, any>;
    expect(item.title).toBe(TITLES.cho);
    expect(item.html).toContain(`href="${SITE}/ke-hoach/2022/"`);
    expect(item.text).toContain('Đoàn kiểm định đã kiểm tra cân đồng hồ lò xo tại chợ.');
    expect(item.text).not.toMatch(/[<>]/);
    expect(item.images.map((image: { alt: string; credit: string | null }) => [image.alt, image.credit])).toEqual([
      ['Cán bộ kiểm định kiểm tra cân tại quầy hàng', 'Nguyễn Văn Ảnh'],
      ['Sơ đồ quy trình kiểm định cân', null],
    ]);
    for (const image of item.images) expect(fileFor(dir, image.url), image.url).toBeDefined();
    expect(item.relatedEvents).toEqual([{ id: 'fixture-event-hoi-nghi', title: 'Hội nghị tập huấn đo lường', url: `${SITE}/su-kien/hoi-nghi-thu/`, start: '2026-06-10T08:00', end: '2026-06-10T11:30' }]);
    expect(item.relatedTasks).toEqual([{ plan: '2022', planTitle: 'Kế hoạch thử', task: 'I.1', title: 'Việc một', url: `${SITE}/ke-hoach/2022/#nv-I-1` }]);
  });

  it('shows drafts and future-dated items nowhere: pages, feeds, API, sitemap', () => {
    const leaks: string[] = [];
    for (const file of listFiles(dir).filter((name) => /\.(html|xml|json|txt|ics|csv)$/.test(name))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const needle of [...HIDDEN, ...FUTURE]) if (text.includes(needle)) leaks.push(`${file}: ${needle}`);
    }
    expect(leaks).toEqual([]);
  });

  it('gives every page feed links, Open Graph and Twitter cards whose image exists', () => {
    // The CMS (/admin/) is private and has its own shell.
    for (const file of htmlPages(dir).filter((name) => !name.startsWith('admin/'))) {
      const document = readPage(dir, file);
      const meta = (key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
      expect(fileFor(dir, meta('og:image')), `${file}: og:image ${meta('og:image')}`).toBeDefined();
      expect(meta('twitter:image'), file).toBe(meta('og:image'));
      expect(meta('og:image:alt'), file).not.toBe('');
      expect(meta('twitter:card'), file).toBe('summary_large_image');
      expect(meta('og:title'), file).toBe(document.querySelector('title')?.textContent);
      const alternates = [...document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"], link[rel="alternate"][type="application/feed+json"]')].map((link) => link.getAttribute('href') ?? '');
      expect(alternates, file).toContain(`${SITE}/rss.xml`);
      for (const href of alternates) expect(fileFor(dir, href), `${file}: ${href}`).toBeDefined();
    }
    const tagPage = readPage(dir, 'the/cho/index.html');
    expect(tagPage.querySelector('link[rel="alternate"][href$="/the/cho/rss.xml"]')).not.toBeNull();
  });

  it('describes news, articles, events and the agency in JSON-LD that a JSON-LD processor expands', async () => {
    const news = (await structuredData(readPage(dir, 'tin-tuc/kiem-dinh-can-tai-cho/index.html')))[0];
    expect(news?.['@type']).toEqual([S('NewsArticle')]);
    expect(valueOf(news ?? {}, 'headline')).toBe(TITLES.cho);
    expect(valueOf(news ?? {}, 'dateModified')).toBe('2026-11-15T02:30:00.000Z');
    expect(news?.[S('image')]).toEqual([{ '@value': `${SITE}/anh/chia-se/fixture-news-kiem-dinh-cho.jpg` }]);
    expect((news?.[S('publisher')]?.[0] as Record<string, unknown>)['@type']).toEqual([S('GovernmentOrganization')]);

    const article = (await structuredData(readPage(dir, 'bai-viet/huong-dan-doanh-nghiep/index.html')))[0];
    expect(article?.['@type']).toEqual([S('Article')]);
    expect(valueOf(article ?? {}, 'articleSection')).toBe('Doanh nghiệp');

    const event = (await structuredData(readPage(dir, 'su-kien/hoi-nghi-thu/index.html')))[0];
    expect(event?.['@type']).toEqual([S('Event')]);
    expect(valueOf(event ?? {}, 'startDate')).toBe('2026-06-10T08:00:00+07:00');
    expect(valueOf((event?.[S('location')]?.[0] ?? {}) as Record<string, unknown[]>, 'name')).toBe('Hội trường Sở Khoa học và Công nghệ');

    for (const page of ['index.html', 'bao-chi/index.html']) {
      const [owner] = await structuredData(readPage(dir, page));
      expect(owner?.['@type'], page).toEqual([S('GovernmentOrganization')]);
      expect(valueOf(owner ?? {}, 'name')).toBe('Sở Khoa học và Công nghệ tỉnh Bắc Giang');
    }
  });

  it('lists every page but the 404 in the sitemap, and keeps robots out of the CMS', () => {
    const sitemap = listFiles(dir).filter((file) => /^sitemap-\d+\.xml$/.test(file)).map((file) => readFileSync(join(dir, file), 'utf8')).join('');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const pages = htmlPages(dir).filter((file) => file !== '404.html' && !file.startsWith('admin/')).map((file) => `${SITE}${pagePath(file)}`);
    expect(htmlPages(dir)).toContain('admin/index.html');
    expect(locs.sort()).toEqual(pages.sort());
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toContain('Disallow: /admin/');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(existsSync(join(dir, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('fixture site, one item renamed, built after the future item’s date', () => {
  let dir: string;
  let feed: ParsedFeed;
  beforeAll(async () => {
    const content = join(TEST_TMP, 'feeds-renamed-content');
    rmSync(content, { recursive: true, force: true });
    cpSync(FIXTURE, content, { recursive: true });
    const from = join(content, 'tin-tuc/hoi-nghi-tap-huan.md');
    const to = join(content, 'tin-tuc/hoi-nghi-tap-huan-50-doanh-nghiep.md');
    renameSync(from, to);
    writeFileSync(to, readFileSync(to, 'utf8').replace(/^title: .*$/m, `title: ${TITLES.renamed}`));
    dir = (await buildSite({ key: 'feeds-renamed', contentDir: content, buildDate: '2026-12-26' })).outDir;
    [feed] = parseFeeds([join(dir, 'tin-tuc/rss.xml')]) as [ParsedFeed];
  });

  it('keeps the GUID and the API id of an item whose title and slug changed', () => {
    const entry = feed.entries.find((candidate) => candidate.id === 'fixture-news-hoi-nghi');
    expect(entry?.title).toBe(TITLES.renamed);
    expect(entry?.link).toBe(`${SITE}/tin-tuc/hoi-nghi-tap-huan-50-doanh-nghiep/`);
    const record = readJson(dir, 'api/v1/news/fixture-news-hoi-nghi.json');
    expect([record.id, record.title, record.url]).toEqual(['fixture-news-hoi-nghi', TITLES.renamed, `${SITE}/tin-tuc/hoi-nghi-tap-huan-50-doanh-nghiep/`]);
    expect(readJson(dir, 'feed.json').items.find((item) => item.url === record.url)?.id).toBe('fixture-news-hoi-nghi');
    expect(existsSync(join(dir, 'tin-tuc/hoi-nghi-tap-huan/index.html'))).toBe(false);
  });

  it('publishes the future-dated item once its date has come, and still no draft', () => {
    expect(feed.bozo).toBe(false);
    expect(feed.entries.map((entry) => entry.title)).toEqual([TITLES.future, TITLES.cho, TITLES.renamed]);
    expect(existsSync(join(dir, 'api/v1/news/fixture-news-hen-gio.json'))).toBe(true);
    const leaks = listFiles(dir)
      .filter((name) => /\.(html|xml|json)$/.test(name))
      .filter((file) => HIDDEN.some((needle) => readFileSync(join(dir, file), 'utf8').includes(needle)));
    expect(leaks).toEqual([]);
  });
});

describe('real site', () => {
  let dir: string;
  beforeAll(() => {
    dir = inject('siteDir');
  });

  it('has feeds that feedparser reads without errors, with every public item', () => {
    const files = listFiles(dir).filter((file) => file.endsWith('rss.xml'));
    const total = ['news', 'articles'].reduce((sum, type) => sum + Number(readJson(dir, `api/v1/${type}.json`).totalItems), 0);
    expect(total).toBeGreaterThan(0);
    for (const feed of parseFeeds(files.map((file) => join(dir, file)))) {
      expect(feed.bozo, `${feed.path}: ${feed.bozo_exception}`).toBe(false);
      if (feed.path.endsWith(`${dir}/rss.xml`)) expect(feed.entries.length).toBe(Math.min(total, 50));
      for (const entry of feed.entries) expect(entry.link?.startsWith(`${SITE}/`) || entry.link?.startsWith('http'), entry.link ?? '').toBe(true);
    }
  });

  it('has API documents and JSON Feeds that match their schemas', () => {
    expect(jsonSchemaFindings(dir)).toEqual([]);
  });

  it('keeps the CMS out of the sitemap', () => {
    const sitemap = listFiles(dir).filter((file) => /^sitemap-\d+\.xml$/.test(file)).map((file) => readFileSync(join(dir, file), 'utf8')).join('');
    expect(sitemap).toContain('<loc>');
    expect(sitemap).not.toMatch(/<loc>[^<]*\/admin\//);
  });
});
