/**
 * pagefindDocument (src/lib/search/index-html.ts): the parts of a page
 * Pagefind reads. Held against the real Pagefind: the index written from
 * those parts must be the one written from the whole page, byte for byte
 * (same words, positions, weights, filters, metadata, sort keys, fragments).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedYear, markedForSearch, pagefindDocument, searchDocuments, summaryAsBody } from '../../../src/lib/search/index-html.ts';

/** An item page as BaseLayout and PublicationBody build it, with what Pagefind must not read around it. */
function itemPage(n: number, extra = ''): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cân đồng hồ ${n} | Đo lường Bắc Giang</title><meta name="description" content="Mô tả > trang ${n}"><meta property="og:image" content="/anh/${n}.jpg"><script type="application/ld+json">{"headline":"Cân đồng hồ ${n}"}</script>${extra}</head><body><a class="skip-link" href="#noi-dung">Bỏ qua</a><header><a class="brand" href="/"><strong>Đo lường Bắc Giang</strong></a><nav><ul><li><a href="/tin-tuc/">Tin tức</a></li></ul></nav><form role="search"><input type="search" name="q"><button>Tìm</button></form><img src="/logo.svg" alt="Biểu trưng"></header><div class="wrap"><nav class="breadcrumb"><ol><li><a href="/">Trang chủ</a></li></ol></nav><main id="noi-dung" tabindex="-1" data-pagefind-body><span hidden data-search-summary data-pagefind-filter="type:tin-tuc"></span><span hidden data-search-summary data-pagefind-filter="year:202${n % 3}"></span><span hidden data-search-summary data-pagefind-meta="date:0${n}/10/2025"></span><article class="prose"><p class="meta" data-pagefind-ignore>Tin tức</p><h1 data-pagefind-weight="10" data-search-summary>Cân đồng hồ ${n}</h1><p class="meta" data-pagefind-ignore>Đăng ngày <time datetime="2025-10-12">13/10/2025</time></p><p class="lead" data-search-summary>Kiểm định <em>lưu động</em> cân tại chợ ${n}.</p><figure><picture><source srcset="/a-${n}.avif 360w" type="image/avif"><img src="/a-${n}.jpg" alt="Ảnh > minh họa ${n}" width="1200" height="900"></picture></figure><p>Thân bài: đo lường <strong>đồng hồ</strong> nước ${n}.</p><dl><dt>Ngày kỷ niệm</dt><dd>Hằng năm</dd></dl><div><div>Lồng <span>nhau</span></div></div><ul class="tags"><li><a href="/the/x/">Kiểm định</a></li></ul><section data-pagefind-ignore><h2>Lịch sử thay đổi</h2></section></article></main></div><footer><p>Sở Khoa học và Công nghệ</p><dl><dt>Địa chỉ</dt><dd>đang cập nhật</dd></dl></footer></body></html>`;
}


const folders: string[] = [];
afterAll(async () => {
  await pagefind.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Every file Pagefind writes for these pages, by name. */
async function bundle(pages: string[]): Promise<Map<string, string>> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (const [n, content] of pages.entries()) expect((await index!.addHTMLFile({ url: `/tin-tuc/${n}/`, content })).errors).toEqual([]);
  const outputPath = mkdtempSync(join(tmpdir(), 'pagefind-document-'));
  folders.push(outputPath);
  expect((await index!.writeFiles({ outputPath })).errors).toEqual([]);
  const files = readdirSync(outputPath, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(outputPath.length), readFileSync(join(entry.parentPath, entry.name), 'latin1')]));
}

describe('pagefindDocument', () => {
  const pages = [1, 2, 3].map((n) => itemPage(n));

  it('keeps the html tag, the title, what Pagefind reads and the picture after the h1; drops head metadata, header, navigation and footer', () => {
    const document = pagefindDocument(pages[0]!);
    expect(document).toMatch(/^<!DOCTYPE html><html lang="vi"><body><title>Cân đồng hồ 1 \| Đo lường Bắc Giang<\/title><main id="noi-dung" tabindex="-1" data-pagefind-body>.*<\/main><\/body><\/html>$/);
    for (const gone of ['og:image', 'ld+json', 'skip-link', 'Biểu trưng', 'breadcrumb', 'Sở Khoa học']) expect(document).not.toContain(gone);
    expect(pagefindDocument(summaryAsBody(pages[0]!))).toContain('<p class="lead" data-pagefind-body>Kiểm định <em>lưu động</em> cân tại chợ 1.</p><img src="/a-1.jpg" alt="Ảnh > minh họa 1" width="1200" height="900">');
  });

  it('Pagefind writes the same full-text and summary index from it as from the whole page', async () => {
    expect(await bundle(pages.map(pagefindDocument))).toEqual(await bundle(pages));
    const summaries = pages.map(summaryAsBody);
    expect(await bundle(summaries.map(pagefindDocument))).toEqual(await bundle(summaries));
  });

  it('keeps filters, metadata and sort keys set outside the body, in the head or around it', async () => {
    const marked = [1, 2].map((n) => itemPage(n, `<meta data-pagefind-meta="social[content]" content="/xa-hoi-${n}.jpg">`).replace('<footer>', `<footer><span data-pagefind-sort="weight:${n}"></span><span data-pagefind-filter="unit">Chi cục ${n}</span>`));
    expect(pagefindDocument(marked[0]!)).toContain('<span data-pagefind-sort="weight:1"></span><span data-pagefind-filter="unit">Chi cục 1</span>');
    expect(await bundle(marked.map(pagefindDocument))).toEqual(await bundle(marked));
  });

  it('searchDocuments cuts the summary\'s document from the full text\'s, the same as from the whole page', () => {
    const marked = [1, 2].map((n) => itemPage(n, `<meta data-pagefind-meta="social[content]" content="/xa-hoi-${n}.jpg">`).replace('<footer>', `<footer><span data-pagefind-filter="unit">Chi cục ${n}</span>`));
    for (const page of [...pages, ...marked]) {
      const { fullText, summary } = searchDocuments(page);
      expect(summary).toBe(searchDocuments(summaryAsBody(page)).fullText);
      expect(fullText).toContain('Thân bài');
      expect(summary).not.toContain('Thân bài');
    }
    // What Pagefind reads outside main (here a filter in the footer) is in both.
    for (const document of Object.values(searchDocuments(marked[0]!))) expect(document).toContain('<span data-pagefind-filter="unit">Chi cục 1</span>');
  });

  it('reads the page as HTML: tags inside comments, scripts and attribute values are not elements', async () => {
    const tricky = pages.map((page) =>
      page
        .replace('</head>', `<script>const template = '<main data-pagefind-body><h1>Không phải tiêu đề</h1></main>';</script></head>`)
        .replace('<div class="wrap">', `<!-- <h1>Tiêu đề cũ</h1> <span data-pagefind-filter="type:cu"></span> --><div class="wrap" title="<h1>">`),
    );
    const document = pagefindDocument(tricky[0]!);
    expect(document).not.toContain('Không phải tiêu đề');
    expect(document).not.toContain('Tiêu đề cũ');
    expect(document).toContain('<h1 data-pagefind-weight="10" data-search-summary>Cân đồng hồ 1</h1>');
    expect(await bundle(tricky.map(pagefindDocument))).toEqual(await bundle(tricky));
  });

  it('keeps the page whole where it cannot say what Pagefind reads', () => {
    for (const page of [
      pages[0]!.replace('<footer>', '<footer data-pagefind-ignore="all">'),
      pages[0]!.replace(/<h1[^>]*>.*?<\/h1>/, ''),
      pages[0]!.replace('</main>', ''),
    ])
      expect(pagefindDocument(page)).toBe(page);
  });
});

describe('markedForSearch and indexedYear', () => {
  const item = '<html lang="vi"><body><main id="noi-dung" data-pagefind-body><h1>Cân</h1><span hidden data-search-summary data-pagefind-filter="year:2026"></span></main></body></html>';
  it('take an item page by the attributes on its elements', () => {
    expect(markedForSearch(item)).toBe(true);
    expect(indexedYear(item, 'tin-tuc/can/index.html')).toBe('2026');
  });

  it('never take the attributes from a page\'s text (an article about this site naming them)', () => {
    const list = '<html lang="vi"><body><main id="noi-dung"><p>Trang tin đánh dấu data-pagefind-body và data-pagefind-filter="year:1999" cho Pagefind.</p></main></body></html>';
    expect(markedForSearch(list)).toBe(false);
    const itemWithText = item.replace('<h1>Cân</h1>', '<h1>Cân</h1><p>Ví dụ: data-pagefind-filter="year:1999"</p>');
    expect(indexedYear(itemWithText, 'tin-tuc/can/index.html')).toBe('2026');
    expect(() => indexedYear(list.replace('<main id="noi-dung">', '<main id="noi-dung" data-pagefind-body>'), 'tin-tuc/khac/index.html')).toThrow('tin-tuc/khac/index.html: the page is marked for search');
  });
});
