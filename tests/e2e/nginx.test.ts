/**
 * The shipped nginx configuration (deploy/nginx/) in Debian's real nginx,
 * started by `npm run serve:nginx` over the test run's build: every security
 * header on a page and on /admin/, the CMS starting under its policy in
 * Chromium with nothing refused, gzip, caching by path, content types of the
 * feeds and the calendar, and the site's own 404 page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CACHE_POLICIES } from '../../src/lib/deploy/nginx.ts';
import { adminHeaderPolicy, OTHER_SECURITY_HEADERS, siteHeaderPolicy } from '../../src/lib/security/csp.ts';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';
import { get, serveWithNginx } from '../support/nginx.ts';
import type { RunningServer } from '../support/static-server.ts';

const siteDir = inject('siteDir');
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([serveWithNginx(siteDir), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const css = `/_astro/${readdirSync(join(siteDir, '_astro')).find((file) => file.endsWith('.css'))}`;
const js = /src="(\/_astro\/[^"]+\.js)"/.exec(readFileSync(join(siteDir, 'tim-kiem/index.html'), 'utf8'))?.[1] ?? '(no script on /tim-kiem/)';

function expectSecurityHeaders(headers: Record<string, string>, policy: string, path: string): void {
  expect(headers['content-security-policy'], `${path}: CSP`).toBe(policy);
  for (const [name, value] of Object.entries(OTHER_SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
  // Plain HTTP: HSTS would be ignored there, and must not be sent.
  expect(headers['strict-transport-security'], `${path}: HSTS over http`).toBeUndefined();
}

describe('nginx with the shipped configuration', () => {
  it('sends the site policy and the other security headers on pages, assets and errors, and the CMS policy under /admin/', async () => {
    for (const path of ['/', '/tin-tuc/', '/rss.xml', css, '/khong-co-trang-nay/']) {
      expectSecurityHeaders((await get(`${server.url}${path}`)).headers, siteHeaderPolicy(), path);
    }
    for (const path of ['/admin/', '/admin/index.html']) {
      expectSecurityHeaders((await get(`${server.url}${path}`)).headers, adminHeaderPolicy(), path);
    }
  });

  it('the headers reach Chromium, and a page and the CMS load with nothing refused', async () => {
    for (const [path, policy] of [['/', siteHeaderPolicy()], ['/tim-kiem/?q=c%C3%A2n', siteHeaderPolicy()], ['/admin/', adminHeaderPolicy()]] as const) {
      const watched = await openWatchedPage(browser);
      try {
        const response = await watched.page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        const headers = await response!.allHeaders();
        expect(headers['content-security-policy'], path).toBe(policy);
        expect(headers['x-content-type-options'], path).toBe('nosniff');
        if (path === '/admin/') {
          // Decap renders its login screen once its bundle and configuration have loaded.
          await watched.page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 60_000 });
        } else {
          await watched.page.locator('h1').first().waitFor();
        }
        expect(watched.errors.filter((error) => /Content Security Policy|Refused/i.test(error)), path).toEqual([]);
        expect(watched.failedRequests, path).toEqual([]);
      } finally {
        await watched.page.close();
      }
    }
  });

  it('gzips HTML, CSS and JavaScript for clients that accept it', async () => {
    for (const path of ['/', css, js]) {
      const response = await get(`${server.url}${path}`, { 'accept-encoding': 'gzip' });
      expect(response.status, path).toBe(200);
      expect(response.headers['content-encoding'], path).toBe('gzip');
      expect(response.headers.vary, path).toMatch(/Accept-Encoding/i);
      const file = path === '/' ? 'index.html' : path.slice(1);
      expect(gunzipSync(response.body).equals(readFileSync(join(siteDir, file))), path).toBe(true);
    }
    expect((await get(`${server.url}/`)).headers['content-encoding']).toBeUndefined();
  });

  it('caches hashed assets for a year and revalidates pages, feeds and the search index', async () => {
    for (const path of [css, js]) expect((await get(`${server.url}${path}`)).headers['cache-control'], path).toBe(CACHE_POLICIES.immutable);
    for (const path of ['/', '/tin-tuc/', '/admin/', '/rss.xml', '/su-kien.ics', '/pagefind/pagefind.js', '/favicon.svg']) {
      const response = await get(`${server.url}${path}`);
      expect(response.headers['cache-control'], path).toBe(CACHE_POLICIES.revalidate);
      expect(response.headers.etag, path).toBeDefined();
      expect((await get(`${server.url}${path}`, { 'if-none-match': response.headers.etag! })).status, `${path} revalidated`).toBe(304);
    }
  });

  it('gives the calendar, the feeds and the pages their content types', async () => {
    const types: Record<string, string> = {
      '/su-kien.ics': 'text/calendar; charset=utf-8',
      '/rss.xml': 'application/rss+xml; charset=utf-8',
      '/tin-tuc/rss.xml': 'application/rss+xml; charset=utf-8',
      '/feed.json': 'application/feed+json; charset=utf-8',
      '/': 'text/html; charset=utf-8',
      [css]: 'text/css; charset=utf-8',
      '/sitemap-index.xml': 'text/xml; charset=utf-8',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await get(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).toBe(type);
    }
  });

  it("answers a missing page with a 404 status and the site's own page; a folder without its slash is redirected on the same host", async () => {
    const missing = await get(`${server.url}/khong-co-trang-nay/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString('utf8')).toBe(readFileSync(join(siteDir, '404.html'), 'utf8'));
    expect(missing.body.toString('utf8')).toContain('Không tìm thấy trang');
    const folder = await get(`${server.url}/tin-tuc`);
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/tin-tuc/');
  });
});
