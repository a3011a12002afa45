/**
 * Performance budgets on the real build, the promise that pages open at once
 * on a cheap phone on a slow network:
 * - no JavaScript on content pages (only search and the CMS load scripts);
 * - each page's HTML plus its CSS fits the first round trip: 14 KB gzipped
 *   (TCP's initial window of 10 segments, RFC 6928);
 * - every image has width and height (no layout shift) and a modern format;
 * - fonts, if any, are our own files (no third-party font host), WOFF2, and
 *   subset (a unicode-range, or a file small enough to be one).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages, listFiles, pagePath, readPage } from '../support/dist.ts';

/** Pages allowed to load scripts: search (Pagefind) and the CMS. */
const SCRIPTED = [/^\/tim-kiem\//, /^\/admin\//];
const FIRST_ROUND_TRIP = 14 * 1024;
/** Image formats that need no conversion: AVIF and WebP, and SVG (vector, nothing to convert). */
const MODERN_IMAGE = /\.(avif|webp|svg)$/i;
/** Largest font file we accept as subset when it declares no unicode-range. */
const SUBSET_FONT_BYTES = 60 * 1024;

let dir: string;
let pages: string[];
beforeAll(() => {
  dir = inject('siteDir');
  pages = htmlPages(dir).filter((file) => !pagePath(file).startsWith('/admin/'));
});

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const localPath = (url: string) => decodeURIComponent(url.split(/[?#]/)[0] ?? '');

describe('JavaScript', () => {
  it('no content page loads or carries a script; only search and the CMS may', () => {
    const scripted: string[] = [];
    for (const file of pages) {
      if (SCRIPTED.some((pattern) => pattern.test(pagePath(file)))) continue;
      const document = readPage(dir, file);
      const scripts = [...document.querySelectorAll('script')].filter((script) => script.getAttribute('type') !== 'application/ld+json');
      const preloads = document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"][as="script"]');
      if (scripts.length + preloads.length > 0) scripted.push(`${pagePath(file)} (${scripts.length} script, ${preloads.length} preload)`);
    }
    expect(scripted).toEqual([]);
  });
});

describe('first round trip', () => {
  it(`each page's HTML plus the CSS it links fits in ${FIRST_ROUND_TRIP / 1024} KB gzipped`, () => {
    const over: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(dir, file));
      const document = readPage(dir, file);
      const css = [...document.querySelectorAll('link[rel="stylesheet"]')]
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => href.startsWith('/'))
        .map((href) => readFileSync(join(dir, localPath(href))));
      const total = gzipped(html) + css.reduce((sum, sheet) => sum + gzipped(sheet), 0);
      if (total > FIRST_ROUND_TRIP) over.push(`${pagePath(file)}: ${(total / 1024).toFixed(1)} KB`);
    }
    expect(over).toEqual([]);
  });
});

describe('images', () => {
  it('every <img> has width and height and a modern format (or a modern <source> in its <picture>)', () => {
    const bad: string[] = [];
    for (const file of pages) {
      for (const img of readPage(dir, file).querySelectorAll('img')) {
        const where = `${pagePath(file)} <img src="${img.getAttribute('src')}">`;
        if (!/^\d+$/.test(img.getAttribute('width') ?? '') || !/^\d+$/.test(img.getAttribute('height') ?? '')) bad.push(`${where}: no width/height`);
        const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : undefined;
        const modernSource = [...(picture?.querySelectorAll('source') ?? [])].some((source) => /image\/(avif|webp)/.test(source.getAttribute('type') ?? ''));
        if (!modernSource && !MODERN_IMAGE.test(localPath(img.getAttribute('src') ?? ''))) bad.push(`${where}: not AVIF/WebP`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('fonts', () => {
  it('come from our own origin only: no font host in any page', () => {
    const external: string[] = [];
    for (const file of pages) {
      for (const link of readPage(dir, file).querySelectorAll('link[href]')) {
        const href = link.getAttribute('href') ?? '';
        if (/^(https?:)?\/\//.test(href) && link.getAttribute('rel') !== 'canonical' && link.getAttribute('rel') !== 'alternate') external.push(`${pagePath(file)}: ${href}`);
      }
    }
    expect(external).toEqual([]);
  });

  it('every @font-face is a local WOFF2 file, subset', () => {
    const bad: string[] = [];
    for (const sheet of listFiles(dir).filter((file) => file.endsWith('.css'))) {
      for (const face of readFileSync(join(dir, sheet), 'utf8').match(/@font-face\s*{[^}]*}/g) ?? []) {
        const urls = [...face.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((match) => match[1] ?? '');
        for (const url of urls) {
          if (/^(https?:)?\/\//.test(url)) bad.push(`${sheet}: ${url} is not on our origin`);
          else if (!/\.woff2$/i.test(localPath(url))) bad.push(`${sheet}: ${url} is not WOFF2`);
          else if (!/unicode-range/.test(face) && readFileSync(url.startsWith('/') ? join(dir, localPath(url)) : join(dir, dirname(sheet), localPath(url))).length > SUBSET_FONT_BYTES) bad.push(`${sheet}: ${url} is not subset`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
