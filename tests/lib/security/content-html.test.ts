/** Sanitising editor-authored bodies: hostile HTML removed and named, ordinary Markdown untouched, MDX code refused. */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { cleanMarkdownTree, unsafeMdxParts } from '../../../src/lib/security/content-html.ts';

/** Renders Markdown the way Astro does (Sätteri, GFM on), optionally through the cleaner. */
async function render(markdown: string, clean: boolean): Promise<{ html: string; removed: string[] }> {
  let removed: string[] = [];
  const plugin = {
    name: 'clean',
    before(root: Root, ctx: { replaceNode(node: Root, replacement: Root): void }) {
      const result = cleanMarkdownTree(root);
      removed = result.removed;
      ctx.replaceNode(root, result.tree);
    },
  };
  const { html } = markdownToHtml(markdown, { features: { gfm: true }, hastPlugins: clean ? [plugin] : [] });
  return { html, removed };
}

/** The same document printed one way, so that only real differences count (not `&` vs `&amp;`). */
const normalised = (html: string) => toHtml(fromHtml(html, { fragment: true }));

function mdxParts(source: string): string[] {
  let parts: string[] = [];
  mdxToJs(source, { hastPlugins: [{ name: 'check', before: (root: Root) => void (parts = unsafeMdxParts(root)) }] });
  return parts;
}

describe('cleanMarkdownTree', () => {
  it('leaves ordinary Markdown exactly as Astro renders it', async () => {
    const markdown = [
      '## Kết quả năm 2022',
      'Đoạn có **chữ đậm**, _nghiêng_, `mã`, [liên kết](/tin-tuc/), [thư](mailto:a@b.vn), [gọi](tel:+842043854000) và chú thích[^1].',
      '| Nhiệm vụ | Kinh phí |\n| :-- | --: |\n| II.3.c | 220 |',
      '- [x] đã xong\n- [ ] chưa xong',
      '> Trích dẫn',
      '![Ảnh](/anh/a.png "Tiêu đề")',
      '<details><summary>Xem thêm</summary>Nội dung <abbr title="Khoa học và Công nghệ">KH&CN</abbr></details>',
      '[^1]: Theo Kế hoạch năm 2022.',
    ].join('\n\n');
    const plain = await render(markdown, false);
    const cleaned = await render(markdown, true);
    expect(cleaned.removed).toEqual([]);
    expect(normalised(cleaned.html)).toBe(normalised(plain.html));
  });

  it('hands a body without raw HTML back untouched, without re-parsing it (the fast path)', () => {
    const root = fromHtml('<h2>Kết quả</h2><p>Đoạn <a href="/tin-tuc/">liên kết</a> <img src="a.png" alt="Ảnh"></p>', { fragment: true });
    expect(cleanMarkdownTree(root)).toEqual({ tree: root, removed: [] });
    expect(cleanMarkdownTree(root).tree).toBe(root);
  });

  it('still cleans a javascript: link written in Markdown syntax, with no raw HTML', async () => {
    const { html, removed } = await render('[Liên kết](javascript:alert(1)) và [trang](/tin-tuc/)', true);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="/tin-tuc/">trang</a>');
    expect(removed).toEqual(['"javascript": URL in <a href>']);
  });

  it('removes script, event handlers, javascript: URLs, iframes, objects, forms and styles, and names each', async () => {
    const { html, removed } = await render(
      [
        '<script>alert(1)</script>',
        '<p onclick="alert(2)">Đoạn</p>',
        'Ảnh <img src="x.png" alt="x" onerror="alert(3)">',
        '[Liên kết](javascript:alert(4))',
        '<a href=" JaVaScRiPt:alert(5)">HTML</a>',
        '<iframe src="https://example.com"></iframe>',
        '<object data="a.svg"></object>',
        '<form action="/"><button>Gửi</button></form>',
        '<style>body{display:none}</style>',
        '<svg><script>alert(6)</script></svg>',
      ].join('\n\n'),
      true,
    );
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:|<iframe|<object|<form|<style|display:none|alert\(1\)|<svg/i);
    expect(html).toContain('<p>Đoạn</p>');
    expect(html).toContain('<img src="x.png" alt="x">');
    expect(removed).toEqual(
      expect.arrayContaining([
        '<script> element and its content',
        'event handler onclick on <p>',
        'event handler onerror on <img>',
        '"javascript": URL in <a href>',
        '<iframe> element',
        '<object> element',
        '<form> element',
        '<style> element and its content',
        '<svg> element',
      ]),
    );
  });
});

describe('unsafeMdxParts', () => {
  it('accepts MDX that is only Markdown and plain HTML', () => {
    expect(mdxParts('# Tiêu đề\n\nĐoạn <strong>đậm</strong> và [liên kết](/tin-tuc/).\n\n<abbr title="Đo lường">ĐL</abbr>')).toEqual([]);
  });

  it('refuses code: imports and exports, expressions, components, spread and expression attributes', () => {
    const parts = mdxParts(
      [
        "import fs from 'node:fs'",
        'export const home = process.env.HOME',
        'Nội dung {home}',
        '<Banner />',
        '<a {...props}>x</a>',
        '<a href={home}>y</a>',
        '<p onClick="alert(1)">z</p>',
        '<script>{"alert(1)"}</script>',
        '[link](javascript:alert(1))',
      ].join('\n\n'),
    );
    expect(parts).toEqual(
      expect.arrayContaining([
        'import/export statement',
        '{…} expression',
        'component <Banner> (content may only use HTML elements)',
        '{…} spread attribute on <a>',
        '{…} expression in <a href>',
        'event handler onclick on <p>',
        '<script> element',
        '"javascript": URL in <a href>',
      ]),
    );
  });
});
