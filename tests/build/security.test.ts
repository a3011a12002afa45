/**
 * The Content-Security-Policy as built: every page carries the site policy (or
 * the CMS's, at /admin/) before anything it governs, inline code is hashed or
 * absent, and the header file for static hosts says what src/lib/security/csp.ts says
 * (nginx: tests/lib/deploy-nginx.test.ts and tests/e2e/nginx.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  adminHeaderPolicy,
  adminMetaPolicy,
  OTHER_SECURITY_HEADERS,
  SITE_DIRECTIVES,
  SITE_SCRIPT_SOURCES,
  siteHeaderPolicy,
} from '../../src/lib/security/csp.ts';
import { CACHE_POLICIES } from '../../src/lib/deploy/nginx.ts';
import { ROOT } from '../support/build-site.ts';
import { htmlPages, pagePath, readPage } from '../support/dist.ts';
import { headersFor, parseHeadersFile } from '../support/host-headers.ts';

let dir: string;
let pages: string[];
beforeAll(() => {
  dir = inject('siteDir');
  pages = htmlPages(dir);
});

const isAdmin = (file: string) => pagePath(file).startsWith('/admin/');

/** "script-src 'self' 'sha256-…'" → Map { "script-src" → ["'self'", "'sha256-…'"] }. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Scripts a browser runs: no type, a JavaScript type, or a module (JSON-LD and other data blocks are not run). */
function isExecutable(script: Element): boolean {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/.test(type);
}

describe('Content-Security-Policy meta tag', () => {
  it('is on every page, once, before any script or style it must govern', () => {
    for (const file of pages) {
      const document = readPage(dir, file);
      const metas = [...document.querySelectorAll('meta[http-equiv]')].filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy');
      expect(metas.length, `${file}: CSP meta tags`).toBe(1);
      const governed = [...document.head.querySelectorAll('script, style, link[rel="stylesheet"], link[rel="modulepreload"]')].filter(
        (element) => element.tagName !== 'SCRIPT' || isExecutable(element),
      );
      const meta = metas[0] as Element;
      for (const element of governed) {
        // DOCUMENT_POSITION_FOLLOWING: element comes after the meta tag.
        expect(meta.compareDocumentPosition(element) & 4, `${file}: <${element.tagName.toLowerCase()}> before the CSP meta`).toBe(4);
      }
    }
  });

  it('gives public pages the site policy: our directives, scripts from our origin, no unsafe-inline or eval', () => {
    for (const file of pages.filter((page) => !isAdmin(page))) {
      const document = readPage(dir, file);
      const policy = directives(document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
      for (const directive of SITE_DIRECTIVES) {
        const [name, ...sources] = directive.split(' ');
        expect(policy.get(name ?? ''), `${file}: ${name}`).toEqual(sources);
      }
      const scriptSources = policy.get('script-src') ?? [];
      expect(scriptSources.filter((source) => !source.startsWith("'sha256-")), `${file}: script-src`).toEqual([...SITE_SCRIPT_SOURCES]);
      expect(policy.get('style-src') ?? [], `${file}: style-src`).not.toContain("'unsafe-inline'");
      expect(policy.has('script-src-attr') || policy.has('script-src-elem'), `${file}: script-src-attr/elem widen script-src`).toBe(false);
    }
  });

  it('lets inline styles through only by their hash, and pages carry no inline script at all', () => {
    for (const file of pages.filter((page) => !isAdmin(page))) {
      const document = readPage(dir, file);
      const policy = directives(document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
      for (const style of document.querySelectorAll('style')) {
        expect(policy.get('style-src'), `${file}: inline <style> not hashed`).toContain(sha256(style.textContent ?? ''));
      }
      // The header policy says script-src 'self' (no hashes): inline scripts would be refused there.
      const inline = [...document.querySelectorAll('script')].filter((script) => isExecutable(script) && !script.hasAttribute('src'));
      expect(inline.map((script) => (script.textContent ?? '').slice(0, 80)), `${file}: inline scripts`).toEqual([]);
    }
  });

  it('leaves no event-handler attribute or javascript: URL anywhere', () => {
    const found: string[] = [];
    for (const file of pages.filter((page) => !isAdmin(page))) {
      for (const element of readPage(dir, file).querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name)) found.push(`${file}: <${element.tagName.toLowerCase()} ${attribute.name}>`);
          if (/^\s*javascript:/i.test(attribute.value)) found.push(`${file}: <${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value}">`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('gives the CMS (when built) its own policy; connect-src may add the configured backend (admin/policy.ts)', () => {
    const expected = directives(adminMetaPolicy());
    for (const file of pages.filter(isAdmin)) {
      const actual = directives(readPage(dir, file).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
      expect([...actual.keys()].sort(), file).toEqual([...expected.keys()].sort());
      for (const [name, sources] of expected) {
        if (name === 'connect-src') expect(actual.get(name), `${file}: ${name}`).toEqual(expect.arrayContaining(sources));
        else expect(actual.get(name), `${file}: ${name}`).toEqual(sources);
      }
    }
  });
});

describe('header files for static hosts', () => {
  const headersFile = join(ROOT, 'public/_headers');
  const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));

  it('_headers (Netlify, Cloudflare Pages) gives every file the site policy, /admin/ the CMS policy, /_astro/ a year of caching', () => {
    for (const path of ['/', '/tin-tuc/', '/pagefind/pagefind.js']) {
      expect(headersFor(rules, path), path).toEqual({ 'Content-Security-Policy': siteHeaderPolicy(), ...OTHER_SECURITY_HEADERS });
    }
    // Hashed build assets are also cached for a year, as nginx does (src/lib/deploy/nginx.ts).
    expect(headersFor(rules, '/_astro/photo.svg')).toEqual({ 'Content-Security-Policy': siteHeaderPolicy(), ...OTHER_SECURITY_HEADERS, 'Cache-Control': CACHE_POLICIES.immutable });
    for (const path of ['/admin/', '/admin/config.yml']) {
      expect(headersFor(rules, path), path).toEqual({ 'Content-Security-Policy': adminHeaderPolicy(), ...OTHER_SECURITY_HEADERS });
    }
  });

  it('_headers is published at the site root', () => {
    expect(existsSync(join(dir, '_headers'))).toBe(true);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toBe(readFileSync(headersFile, 'utf8'));
  });
});
