/**
 * What a state agency's site must carry, checked on real builds: the documents
 * register (seeded documents with their metadata, filter pages that work
 * without JavaScript, attachments with type and size, its own feed), public
 * change history, Q&A, the English page and the accessibility statement, all
 * linked from every footer; feeds read by feedparser and checked against the
 * JSON Feed schema, with Media RSS credits and a WebSub hub when configured.
 * The real site, and a fixture (tests/fixtures/register) with a replaced
 * document, a PDF written by Chromium, a question and a news item with notes.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { htmlPages, pagePath, pageText, readPage } from '../support/dist.ts';
import { fixtureContent } from '../support/fixture-content.ts';
import { parseFeeds } from '../support/feedparser.ts';
import { writePdf } from '../support/pdf.ts';
import { formatFileSize } from '../../src/lib/documents/attachments.ts';

const HUB = 'https://hub.example.test/';

const page = (dir: string, path: string) => readPage(dir, join(path.replace(/^\//, ''), 'index.html'));
const json = (dir: string, path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8')) as { items: Record<string, unknown>[]; hubs?: unknown };

function jsonFeedValidator(dir: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(dir, 'api/v1/schema/json-feed.json'), 'utf8')));
}

/** A description list as label → value ("Người ký" → "…"). */
function definitions(list: Element | null | undefined): Record<string, string> {
  return Object.fromEntries([...(list?.querySelectorAll('dt') ?? [])].map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]));
}

const textOf = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Rows of the register table on a page: reference, type, date, issuer, trích yếu, status. */
function registerRows(document: Document): string[][] {
  return [...document.querySelectorAll('table.register tbody tr')].map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim()));
}

describe('the real site', () => {
  let dir: string;
  beforeAll(() => {
    dir = inject('siteDir');
  });

  it('lists the three documents the seed names, with exactly its metadata', () => {
    expect(registerRows(page(dir, '/van-ban/'))).toEqual([
      ['…/KH-KHCN', 'Kế hoạch', 'tháng 02/2022', 'Sở Khoa học và Công nghệ tỉnh Bắc Giang', 'Triển khai Kế hoạch số 409/KH-UBND ngày 30/8/2021 của UBND tỉnh năm 2022', 'Chưa xác định'],
      ['409/KH-UBND', 'Kế hoạch', '30/08/2021', 'UBND tỉnh Bắc Giang', expect.stringContaining('Về triển khai Đề án “Tăng cường, đổi mới hoạt động đo lường'), 'Chưa xác định'],
      ['3807/QĐ-BKHCN', 'Quyết định', '18/12/2019', 'Bộ Khoa học và Công nghệ', expect.stringContaining('Về việc phê duyệt Danh mục ngành, lĩnh vực sản xuất, kinh doanh trọng tâm'), 'Chưa xác định'],
    ]);
    const plan = page(dir, '/van-ban/ke-hoach-2022-kh-khcn/');
    expect(definitions(plan.querySelector('.document-meta'))).toEqual({
      'Loại văn bản': 'Kế hoạch',
      'Số, ký hiệu': '…/KH-KHCN',
      'Ngày ban hành': 'tháng 02/2022',
      'Ngày có hiệu lực': 'đang cập nhật',
      'Cơ quan ban hành': 'Sở Khoa học và Công nghệ tỉnh Bắc Giang',
      'Người ký': 'KT. Giám đốc, Phó Giám đốc Triệu Ngọc Trung',
      'Trích yếu': 'Triển khai Kế hoạch số 409/KH-UBND ngày 30/8/2021 của UBND tỉnh năm 2022',
      'Tình trạng hiệu lực': 'Chưa xác định',
      'Lĩnh vực': 'đang cập nhật',
    });
    expect(pageText(plan)).toContain('Chưa có tệp đính kèm.');
    expect(definitions(page(dir, '/van-ban/3807-qd-bkhcn-2019/').querySelector('.document-meta'))['Người ký']).toBe('đang cập nhật');
  });

  it('filters by type, year, issuer and status with a static page per value, linked as plain links', () => {
    const list = page(dir, '/van-ban/');
    const links = [...list.querySelectorAll('nav[aria-label="Lọc văn bản"] a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining(['/van-ban/loai/ke-hoach/', '/van-ban/loai/quyet-dinh/', '/van-ban/nam/2019/', '/van-ban/nam/2021/', '/van-ban/nam/2022/', '/van-ban/co-quan/ubnd-tinh-bac-giang/', '/van-ban/tinh-trang/chua-xac-dinh/']),
    );
    for (const href of links) expect(() => statSync(join(dir, href!, 'index.html'))).not.toThrow();
    expect(registerRows(page(dir, '/van-ban/loai/quyet-dinh/')).map((row) => row[0])).toEqual(['3807/QĐ-BKHCN']);
    expect(registerRows(page(dir, '/van-ban/nam/2021/')).map((row) => row[0])).toEqual(['409/KH-UBND']);
    expect(registerRows(page(dir, '/van-ban/co-quan/bo-khoa-hoc-va-cong-nghe/')).map((row) => row[0])).toEqual(['3807/QĐ-BKHCN']);
    expect(page(dir, '/van-ban/nam/2021/').querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/van-ban/nam/2021/');
    // No script anywhere on the register: the filters need none.
    expect(htmlPages(dir).filter((file) => file.startsWith('van-ban/')).flatMap((file) => [...readPage(dir, file).querySelectorAll('script[src]')])).toEqual([]);
  });

  it("links the plan's legal basis and target group to the register, and the register to the plan", () => {
    const plan = page(dir, '/ke-hoach/2022/');
    expect(plan.querySelector('a[href="/van-ban/409-kh-ubnd-2021/"]')?.closest('li')?.textContent).toContain('Kế hoạch số 409/KH-UBND ngày 30/8/2021');
    expect(plan.querySelector('a[href="/van-ban/3807-qd-bkhcn-2019/"]')?.closest('p')?.textContent).toContain('quyết định 3807/QĐ-BKHCN');
    expect(plan.querySelector('a[href="/van-ban/ke-hoach-2022-kh-khcn/"]')).not.toBeNull();
    expect(page(dir, '/van-ban/ke-hoach-2022-kh-khcn/').querySelector('a[href="/ke-hoach/2022/"]')).not.toBeNull();
    expect(page(dir, '/van-ban/409-kh-ubnd-2021/').querySelector('a[href="/ke-hoach/2022/"]')?.closest('li')?.textContent).toContain('Là căn cứ của');
  });

  it('makes each document searchable as a document, with its year', () => {
    const document = page(dir, '/van-ban/409-kh-ubnd-2021/');
    expect(document.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
    const filters = [...document.querySelectorAll('[data-pagefind-filter]')].map((node) => node.getAttribute('data-pagefind-filter'));
    expect(filters).toEqual(expect.arrayContaining(['type:van-ban', 'year:2021']));
    expect(page(dir, '/van-ban/').querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(false);
  });

  it('links the register, Q&A, the accessibility statement and the English page from every page footer', () => {
    const pages = htmlPages(dir).filter((file) => !file.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(20);
    const missing = pages.filter((file) => {
      const hrefs = [...readPage(dir, file).querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
      return !['/van-ban/', '/hoi-dap/', '/kha-nang-tiep-can/', '/en/'].every((href) => hrefs.includes(href));
    });
    expect(missing).toEqual([]);
  });

  it('has one English page, lang="en", with hreflang both ways and the contacts of the settings', () => {
    const english = page(dir, '/en/');
    expect(english.documentElement.getAttribute('lang')).toBe('en');
    expect(english.querySelector('footer')?.getAttribute('lang')).toBe('vi');
    const alternates = (document: Document) => Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]));
    expect(alternates(english)).toEqual({ en: '/en/', vi: '/gioi-thieu/' });
    expect(alternates(page(dir, '/gioi-thieu/'))).toEqual({ vi: '/gioi-thieu/', en: '/en/' });
    // Open Graph says the same: each page's own locale, the other as an alternate; pages with no English twin name none.
    const locales = (document: Document) => [...document.querySelectorAll('meta[property^="og:locale"]')].map((meta) => `${meta.getAttribute('property')}=${meta.getAttribute('content')}`);
    expect(locales(english)).toEqual(['og:locale=en_US', 'og:locale:alternate=vi_VN']);
    expect(locales(page(dir, '/gioi-thieu/'))).toEqual(['og:locale=vi_VN', 'og:locale:alternate=en_US']);
    expect(locales(page(dir, '/'))).toEqual(['og:locale=vi_VN']);
    const text = pageText(english);
    expect(text).toContain('Sở Khoa học và Công nghệ tỉnh Bắc Giang');
    expect(text).toContain('Chi cục Tiêu chuẩn Đo lường Chất lượng');
    expect(text).toContain('1,977 million đồng');
    // The settings give no address, phone or e-mail: the page says so rather than inventing one.
    expect(definitions(english.querySelector('main dl'))).toMatchObject({ Address: 'not published yet', Telephone: 'not published yet', 'E-mail': 'not published yet' });
    expect(htmlPages(dir).filter((file) => readPage(dir, file).documentElement.getAttribute('lang') === 'en')).toEqual(['en/index.html']);
  });

  it('has an accessibility statement: standard, known exceptions, how to report, last check', () => {
    const text = pageText(page(dir, '/kha-nang-tiep-can/'));
    expect(text).toContain('WCAG) 2.1, mức AA');
    expect(text).toContain('Hạn chế đã biết');
    expect(text).toContain('Báo lỗi về khả năng tiếp cận');
    expect(text).toContain('Trang được kiểm tra lần gần nhất ngày 29/11/2026.');
  });

  it('says how to send a question, and that the static site stores nothing', () => {
    const text = pageText(page(dir, '/hoi-dap/'));
    expect(text).toContain('Chưa có câu hỏi nào được trả lời trên trang.');
    expect(text).toContain('không lưu bất kỳ thông tin nào');
  });

  it('publishes the register as RSS and JSON Feed that feedparser and the JSON Feed schema accept', () => {
    const [rss] = parseFeeds([join(dir, 'van-ban/rss.xml')]);
    expect(rss!.bozo).toBe(false);
    expect(rss!.entries.map((entry) => entry.title)).toEqual(['Kế hoạch số …/KH-KHCN tháng 02/2022', 'Kế hoạch số 409/KH-UBND ngày 30/08/2021', 'Quyết định số 3807/QĐ-BKHCN ngày 18/12/2019']);
    expect(rss!.entries[1]!.link).toBe('http://localhost:4321/van-ban/409-kh-ubnd-2021/');
    const feed = json(dir, 'van-ban/feed.json');
    const validate = jsonFeedValidator(dir);
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
    expect(feed.items.map((item) => (item._bac_giang as { type: string }).type)).toEqual(['document', 'document', 'document']);
  });

  it('credits covers in Media RSS (content, credit, description) and JSON Feed', () => {
    const xml = parseHTML(readFileSync(join(dir, 'rss.xml'), 'utf8').replace(/^<\?xml[^>]*>/, '')).document;
    const media = [...xml.querySelectorAll('item')].map((item) => item.querySelector('media\\:content')).filter((node) => node !== null);
    expect(media.length).toBeGreaterThan(0);
    for (const node of media) {
      expect(node!.getAttribute('url')).toMatch(/^http:\/\/localhost:4321\/anh\/chia-se\/.+\.jpg$/);
      expect(node!.querySelector('media\\:description')?.textContent).toBeTruthy();
    }
    expect(media.some((node) => node!.querySelector('media\\:credit')?.textContent)).toBe(true);
    const [parsed] = parseFeeds([join(dir, 'rss.xml')]);
    expect(parsed!.bozo).toBe(false);
    const withCover = parsed!.entries.find((entry) => entry.media_content.length > 0)!;
    // A media:description inside media:content describes the picture; the item keeps its own summary.
    expect(withCover.summary).not.toBe(media[0]!.querySelector('media\\:description')?.textContent);
    const item = json(dir, 'feed.json').items.find((candidate) => candidate.image);
    expect((item!._bac_giang as { image: { alt: string; credit?: string } }).image.alt).toBeTruthy();
  });

  it('names no WebSub hub when none is configured', () => {
    expect(readFileSync(join(dir, 'rss.xml'), 'utf8')).not.toContain('rel="hub"');
    expect(json(dir, 'feed.json').hubs).toBeUndefined();
  });
});

describe('a fixture register with an attachment, a replaced document, a question and change notes', () => {
  let dir: string;
  let pdf: Buffer;
  beforeAll(async () => {
    const content = fixtureContent('register', 'tests/fixtures/register');
    pdf = await writePdf(join(content, 'tep/toan-van-thu-nghiem.pdf'), 'Quyết định thử nghiệm: toàn văn');
    ({ outDir: dir } = await buildSite({ key: 'register', contentDir: content, buildDate: '2026-11-20', env: { WEBSUB_HUB: HUB } }));
  }, 300_000);

  it('serves the uploaded PDF as it was and lists it with its type and size', () => {
    expect(readFileSync(join(dir, 'tep/toan-van-thu-nghiem.pdf')).equals(pdf)).toBe(true);
    const link = page(dir, '/van-ban/1-qd-thu-nghiem-2025/').querySelector('a[href="/tep/toan-van-thu-nghiem.pdf"]');
    expect(link?.textContent).toBe('Toàn văn');
    expect(link?.getAttribute('type')).toBe('application/pdf');
    expect(link?.parentElement?.textContent).toContain(`(PDF, ${formatFileSize(pdf.length)})`);
  });

  it('shows the status, the replacing document, the related task and news, and the change history', () => {
    const document = page(dir, '/van-ban/1-qd-thu-nghiem-2025/');
    expect(definitions(document.querySelector('.document-meta'))).toMatchObject({ 'Tình trạng hiệu lực': 'Bị thay thế', 'Ngày có hiệu lực': '20/03/2025', 'Người ký': 'Giám đốc Người Ký Thử', 'Lĩnh vực': 'Đo lường' });
    expect(document.querySelector('a[href="/van-ban/2-qd-thu-nghiem-2026/"]')?.textContent).toBe('Quyết định số 2/QĐ-THUNGHIEM ngày 15/01/2026');
    expect(document.querySelector('a[href="/ke-hoach/2022/#nv-II-3-c"]')).not.toBeNull();
    expect(document.querySelector('a[href="/tin-tuc/tin-co-thay-doi/"]')).not.toBeNull();
    const history = document.querySelector('.change-history');
    expect(definitions(history)).toEqual({ 'Đăng lần đầu': '01/11/2026', 'Cập nhật lần cuối': '05/11/2026' });
    expect([...(history?.querySelectorAll('li') ?? [])].map(textOf)).toEqual(['05/11/2026: Bổ sung toàn văn']);
    expect(registerRows(page(dir, '/van-ban/tinh-trang/bi-thay-the/')).map((row) => row[0])).toEqual(['1/QĐ-THUNGHIEM']);
    expect(registerRows(page(dir, '/van-ban/tinh-trang/con-hieu-luc/')).map((row) => row[0])).toEqual(['2/QĐ-THUNGHIEM']);
  });

  it('puts the document, its attachment and its change in the register feed', () => {
    const [rss] = parseFeeds([join(dir, 'van-ban/rss.xml')]);
    expect(rss!.bozo).toBe(false);
    const entry = rss!.entries.find((candidate) => candidate.id === 'fixture-document-replaced-0001')!;
    expect(entry.content[0]).toContain('href="http://localhost:4321/tep/toan-van-thu-nghiem.pdf"');
    const item = json(dir, 'van-ban/feed.json').items.find((candidate) => candidate.id === 'fixture-document-replaced-0001')!;
    expect(item.date_published).toBe('2026-10-31T17:00:00.000Z');
    expect(item.date_modified).toBe('2026-11-05T02:30:00.000Z');
    expect(item._bac_giang).toMatchObject({ type: 'document', changes: [{ date: '2026-11-05T02:30:00.000Z', note: 'Bổ sung toàn văn' }] });
  });

  it('shows a news item’s change notes on its page, and carries them in the feeds and the API', () => {
    const news = page(dir, '/tin-tuc/tin-co-thay-doi/');
    expect([...news.querySelectorAll('.change-history li')].map(textOf)).toEqual(['14/11/2026: Bổ sung danh sách chợ', '12/11/2026: Sửa số chợ được kiểm định']);
    expect(definitions(news.querySelector('.change-history'))).toEqual({ 'Đăng lần đầu': '10/11/2026', 'Cập nhật lần cuối': '14/11/2026' });
    expect(textOf(news.querySelector('article .meta + .meta, article h1 + .meta'))).toContain('Cập nhật ngày 14/11/2026');
    const item = json(dir, 'tin-tuc/feed.json').items.find((candidate) => candidate.id === 'fixture-news-changed-0001')!;
    expect(item.date_modified).toBe('2026-11-14T03:00:00.000Z');
    expect((item._bac_giang as { changes: { note: string }[] }).changes.map((change) => change.note)).toEqual(['Bổ sung danh sách chợ', 'Sửa số chợ được kiểm định']);
    const api = JSON.parse(readFileSync(join(dir, 'api/v1/news/fixture-news-changed-0001.json'), 'utf8')) as { updatedAt: string; changes: { note: string }[] };
    expect(api.updatedAt).toBe('2026-11-14T03:00:00.000Z');
    expect(api.changes.map((change) => change.note)).toEqual(['Bổ sung danh sách chợ', 'Sửa số chợ được kiểm định']);
    const ld = [...news.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '{}') as { dateModified?: string });
    expect(ld.some((data) => data.dateModified === '2026-11-14T03:00:00.000Z')).toBe(true);
    const [rss] = parseFeeds([join(dir, 'tin-tuc/rss.xml')]);
    expect(rss!.entries.find((entry) => entry.id === 'fixture-news-changed-0001')!.updated).toBe('2026-11-14T03:00:00.000Z');
  });

  it('publishes the question with the asker’s area only, its dates, answer and related document', () => {
    const list = page(dir, '/hoi-dap/');
    expect(list.querySelector('a[href="/hoi-dap/can-dong-ho-o-cho/"]')?.textContent).toBe('Cân đồng hồ ở chợ được kiểm định ở đâu?');
    const question = page(dir, '/hoi-dap/can-dong-ho-o-cho/');
    const text = pageText(question);
    expect(text).toContain('Người hỏi ở hộ kinh doanh tại chợ · Ngày hỏi 02/11/2026');
    expect(text).toContain('Ngày trả lời 06/11/2026');
    expect([...question.querySelectorAll('article > p')].map((p) => p.textContent)).toEqual(
      expect.arrayContaining(['Tôi bán rau ở chợ, cân đồng hồ lò xo của tôi cần kiểm định ở đâu?', 'Có mất phí không?', 'Cân được kiểm định lưu động tại chợ theo Kế hoạch năm 2022.']),
    );
    expect(question.querySelector('a[href="/van-ban/409-kh-ubnd-2021/"]')).not.toBeNull();
    expect(question.querySelector('main')?.hasAttribute('data-pagefind-body')).toBe(true);
    expect(page(dir, '/van-ban/409-kh-ubnd-2021/').querySelector('a[href="/hoi-dap/can-dong-ho-o-cho/"]')).not.toBeNull();
  });

  it('advertises the configured WebSub hub in RSS and JSON Feed', () => {
    const [rss] = parseFeeds([join(dir, 'rss.xml')]);
    expect(rss!.feed.links).toEqual(expect.arrayContaining([expect.objectContaining({ rel: 'hub', href: HUB })]));
    expect(json(dir, 'van-ban/feed.json').hubs).toEqual([{ type: 'WebSub', url: HUB }]);
    const validate = jsonFeedValidator(dir);
    expect(validate(json(dir, 'feed.json')), JSON.stringify(validate.errors)).toBe(true);
  });

  it('builds a page for every route it adds', () => {
    const paths = htmlPages(dir).map(pagePath);
    expect(paths).toEqual(expect.arrayContaining(['/van-ban/', '/van-ban/1-qd-thu-nghiem-2025/', '/hoi-dap/', '/hoi-dap/can-dong-ho-o-cho/', '/en/', '/kha-nang-tiep-can/']));
  });
});
