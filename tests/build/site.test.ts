/** Checks every page of the real site's build: language, one h1, title, description, canonical, links that resolve; what its item pages give the search indexes. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { markedForSearch, searchDocuments, summaryAsBody } from '../../src/lib/search/index-html.ts';
import { htmlPages, pagePath, pageText, readPage } from '../support/dist.ts';

let dir: string;
let pages: string[];
beforeAll(() => {
  dir = inject('siteDir');
  pages = htmlPages(dir);
});

/** Whether a site-relative URL resolves to a file in the build. */
function resolves(url: string): boolean {
  const path = decodeURIComponent(url.split(/[?#]/)[0] ?? '');
  const file = join(dir, path);
  return existsSync(file) && !path.endsWith('/') ? true : existsSync(join(file, 'index.html'));
}

describe('every built page', () => {
  it('builds the pages the site promises', () => {
    const paths = pages.map(pagePath);
    for (const expected of ['/', '/tin-tuc/', '/bai-viet/', '/su-kien/', '/ke-hoach/', '/ke-hoach/2022/', '/lien-he/', '/gioi-thieu/', '/the/', '/404.html']) {
      expect(paths).toContain(expected);
    }
  });

  it('has lang="vi" (the one English page "en"), exactly one h1, a title, a meta description and a canonical link', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const file of pages) {
      const document = readPage(dir, file);
      expect(document.documentElement.getAttribute('lang'), file).toBe(file === 'en/index.html' ? 'en' : 'vi');
      expect(document.querySelectorAll('h1').length, `${file}: h1 count`).toBe(1);
      const title = document.querySelector('title')?.textContent?.trim() ?? '';
      expect(title, `${file}: title`).not.toBe('');
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(), `${file}: description`).toBeTruthy();
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical, `${file}: canonical`).toMatch(/^https?:\/\//);
      if (file !== '404.html') {
        expect(titles.get(title), `${file}: title "${title}" also used by`).toBeUndefined();
        titles.set(title, file);
        const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
        expect(descriptions.get(description), `${file}: description also used by`).toBeUndefined();
        descriptions.set(description, file);
      }
    }
  });

  it('links and images that point inside the site all resolve', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const document = readPage(dir, file);
      const urls = [
        ...[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
        ...[...document.querySelectorAll('img[src]')].map((img) => img.getAttribute('src') ?? ''),
        ...[...document.querySelectorAll('source[srcset], img[srcset]')].flatMap((el) =>
          (el.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''),
        ),
      ];
      for (const url of urls) {
        if (!url.startsWith('/') || url.startsWith('//')) continue;
        if (!resolves(url)) broken.push(`${file} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('ships no client JavaScript on content pages', () => {
    // The two exceptions: the search page (/tim-kiem/) and the CMS (/admin/).
    for (const file of pages.filter((page) => !/^(tim-kiem|admin)\//.test(page))) {
      const document = readPage(dir, file);
      expect(document.querySelectorAll('script:not([type="application/ld+json"])').length, file).toBe(0);
    }
  });
});

describe('the 2022 plan page', () => {
  it('shows the total in figures and in words', () => {
    const text = pageText(readPage(dir, 'ke-hoach/2022/index.html'));
    expect(text).toContain('1.977 triệu đồng');
    expect(text).toContain('Một tỷ chín trăm bảy mươi bảy triệu đồng');
  });
});

describe('what the search indexes are handed', () => {
  it('for every item page, a summary cut from its full-text document that is the same as cut from the whole page', () => {
    const marked = pages.map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') })).filter(({ html }) => markedForSearch(html));
    expect(marked.length).toBeGreaterThan(10);
    for (const { file, html } of marked) expect(searchDocuments(html).summary, file).toBe(searchDocuments(summaryAsBody(html)).fullText);
  });
});
