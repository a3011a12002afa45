/**
 * The CMS under its own Content-Security-Policy, in Chromium, served with the
 * host's headers (public/_headers) on top of its meta policy: Decap starts and
 * nothing is refused; and the wider grants are really needed (without
 * 'unsafe-eval' Decap cannot load its configuration). Skipped when the build
 * has no /admin/ page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ADMIN_DIRECTIVES } from '../../src/lib/security/csp.ts';
import { ROOT } from '../support/build-site.ts';
import { launchBrowser, openWatchedPage } from '../support/browser.ts';
import { hostHeaders } from '../support/host-headers.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

const siteDir = inject('siteDir');
const hasAdmin = existsSync(join(siteDir, 'admin/index.html'));
const headers = hostHeaders(join(ROOT, 'public/_headers'));

let browser: Browser;
beforeAll(async () => {
  if (hasAdmin) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens /admin/ with the header policy, optionally minus one source, and reports what happened. */
async function openAdmin(without?: string): Promise<{ text: string; errors: string[] }> {
  const server: RunningServer = await serveStatic(siteDir, {
    headers: (path) => {
      const sent = headers(path);
      const policy = sent['Content-Security-Policy'];
      return without && policy && path.startsWith('/admin/') ? { ...sent, 'Content-Security-Policy': policy.replace(` ${without}`, '') } : sent;
    },
  });
  const watched = await openWatchedPage(browser);
  try {
    await watched.page.goto(`${server.url}/admin/`, { waitUntil: 'load' });
    // Decap renders either its login screen or its configuration error.
    await watched.page.waitForFunction(() => /Đăng nhập|Error loading|Config Errors/i.test(document.body.innerText), undefined, { timeout: 30_000 }).catch(() => undefined);
    return { text: await watched.page.locator('body').innerText(), errors: watched.errors };
  } finally {
    await watched.page.close();
    await server.close();
  }
}

describe.skipIf(!hasAdmin)('the CMS at /admin/', () => {
  it('starts under its policy with nothing refused', async () => {
    const { text, errors } = await openAdmin();
    expect(text).toContain('Đăng nhập');
    expect(errors.filter((error) => /Content Security Policy|Refused/i.test(error))).toEqual([]);
  });

  it("needs 'unsafe-eval': without it Decap cannot load its configuration", async () => {
    expect(ADMIN_DIRECTIVES.join(' ')).toContain("'unsafe-eval'");
    const { text, errors } = await openAdmin("'unsafe-eval'");
    expect(text).not.toContain('Đăng nhập');
    expect(errors.join('\n')).toMatch(/unsafe-eval/);
  });
});
