/**
 * Each production backend's generated configuration is one Decap accepts: the
 * built CMS, given that configuration, shows its login screen with no
 * configuration error, in Chromium, without contacting the forge (the test
 * lets no request leave 127.0.0.1). Also: /admin/ loads nothing from outside.
 */
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../admin/config.ts';
import { openWatchedPage } from '../support/browser.ts';
import { serveBuiltSiteWithBrowser } from '../support/served-site.ts';

const site = serveBuiltSiteWithBrowser();

const CONFIG_SCRIPT = /(<script id="cms-config" type="application\/json">)[\s\S]*?(<\/script>)/;

const backends: [name: string, env: Record<string, string>, login: string][] = [
  ['decap-server (local)', {}, 'Đăng nhập'],
  ['GitHub', { CMS_BACKEND: 'github', CMS_REPO: 'so-khcn/do-luong', CMS_BASE_URL: 'https://oauth.example.vn' }, 'Đăng nhập bằng GitHub'],
  ['GitLab', { CMS_BACKEND: 'gitlab', CMS_REPO: 'so-khcn/do-luong', CMS_APP_ID: 'abc123' }, 'Đăng nhập bằng GitLab'],
  ['Gitea', { CMS_BACKEND: 'gitea', CMS_REPO: 'so-khcn/do-luong', CMS_API_ROOT: 'https://git.example.vn/api/v1', CMS_APP_ID: 'abc123' }, 'Đăng nhập bằng Gitea'],
  ['Forgejo', { CMS_BACKEND: 'forgejo', CMS_REPO: 'so-khcn/do-luong', CMS_API_ROOT: 'https://git.example.vn/api/v1', CMS_APP_ID: 'abc123' }, 'Đăng nhập bằng Forgejo'],
];

describe.each(backends)('the CMS configured for %s', (_name, env, login) => {
  it('loads to its login screen with no configuration error and no request off this machine', async () => {
    const { config, problems } = cmsConfig(env, { name: 'Đo lường Bắc Giang' });
    expect(problems).toEqual([]);
    const watched = await openWatchedPage(site.browser);
    const outside: string[] = [];
    await watched.page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') {
        outside.push(url.href);
        return route.abort();
      }
      if (url.pathname !== '/admin/') return route.continue();
      // The page as built, with this backend's configuration in place of the default one.
      const response = await route.fetch();
      const html = (await response.text()).replace(CONFIG_SCRIPT, (_match, open: string, close: string) => `${open}${JSON.stringify(config).replace(/</g, '\\u003c')}${close}`);
      return route.fulfill({ response, body: html });
    });
    await watched.page.goto(`${site.url}/admin/`);
    await watched.page.getByRole('button', { name: login }).waitFor({ timeout: 60_000 });
    const text = await watched.page.locator('body').innerText();
    expect(text).not.toMatch(/Lỗi cấu hình|Config Errors|Error loading the CMS configuration/i);
    expect(outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.page.close();
  });
});

describe('the admin page', () => {
  it('is kept from search engines and the site search', async () => {
    const watched = await openWatchedPage(site.browser);
    await watched.page.goto(`${site.url}/admin/`);
    expect(await watched.page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    expect(await watched.page.locator('[data-pagefind-body]').count()).toBe(0);
    await watched.page.close();
  });
});
