import { describe, expect, it } from 'vitest';
import { htmlToText, syndicatedBody } from '../../../src/lib/syndication/html.ts';

const page = new URL('https://example.test/tin-tuc/mot-tin/');

const absoluteHtml = (html: string, base: URL) => syndicatedBody(html, base).html;

describe('syndicatedBody: html', () => {
  it('makes site-relative and page-relative links and images absolute', () => {
    const html = absoluteHtml('<p><a href="/ke-hoach/2022/">kế hoạch</a> <a href="../khac/">khác</a> <img src="/_astro/a.webp" alt="Ảnh"></p>', page);
    expect(html).toContain('href="https://example.test/ke-hoach/2022/"');
    expect(html).toContain('href="https://example.test/tin-tuc/khac/"');
    expect(html).toContain('src="https://example.test/_astro/a.webp"');
    expect(html).toContain('alt="Ảnh"');
  });

  it('rewrites every candidate of a srcset and keeps the descriptors', () => {
    const html = absoluteHtml('<picture><source srcset="/a-480.avif 480w, /a-800.avif 800w"><img src="/a.jpg" srcset="/a-1x.jpg 1x,/a-2x.jpg 2x" alt=""></picture>', page);
    expect(html).toContain('srcset="https://example.test/a-480.avif 480w, https://example.test/a-800.avif 800w"');
    expect(html).toContain('srcset="https://example.test/a-1x.jpg 1x, https://example.test/a-2x.jpg 2x"');
  });

  it('leaves absolute, mailto and in-page links alone', () => {
    const source = '<a href="https://other.test/x">a</a><a href="mailto:ban@example.test">b</a><a href="#muc-2">c</a>';
    const html = absoluteHtml(source, page);
    expect(html).toContain('href="https://other.test/x"');
    expect(html).toContain('href="mailto:ban@example.test"');
    expect(html).toContain('href="#muc-2"');
  });

  it('keeps Vietnamese text and entities intact', () => {
    expect(absoluteHtml('<p>Đo lường &amp; chất lượng “tốt”</p>', page)).toBe('<p>Đo lường &#x26; chất lượng “tốt”</p>');
  });
});

describe('htmlToText', () => {
  it('drops markup and puts blocks on their own lines', () => {
    const text = htmlToText('<h2>Kết quả</h2><p>Cân <strong>đạt</strong> yêu cầu.</p><ul><li>Một</li><li>Hai</li></ul>');
    expect(text).toBe('Kết quả\n\nCân đạt yêu cầu.\n\nMột\nHai');
  });
});

describe('syndicatedBody: text and images', () => {
  it('gives the text as htmlToText does', () => {
    const html = '<h2>Kết quả</h2><p>Cân <a href="/x/">đạt</a> yêu cầu.</p>';
    expect(syndicatedBody(html, page).text).toBe(htmlToText(html));
  });

  it('lists the pictures with alt text and size, at their absolute URLs', () => {
    expect(syndicatedBody('<p><img src="https://x.test/a.webp" alt="Sơ đồ" width="800" height="500"></p><img src="/b.png">', page).images).toEqual([
      { url: 'https://x.test/a.webp', alt: 'Sơ đồ', width: 800, height: 500 },
      { url: 'https://example.test/b.png', alt: '', width: undefined, height: undefined },
    ]);
  });
});
