/** src/integrations/admin-policy.ts on its own: the CMS page's meta policy replaced by the CMS's, nothing else touched. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import adminPolicyIntegration from '../../src/integrations/admin-policy.ts';
import { adminPolicy } from '../../admin/policy.ts';
import { backendFromEnv } from '../../admin/backend.ts';

let dist: string;
const sitePolicy = "default-src 'none'; img-src https://site-only.example";
const html = (policy: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;
const run = () => adminPolicyIntegration().hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`) } as never);

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'admin-policy-'));
  mkdirSync(join(dist, 'admin'));
  writeFileSync(join(dist, 'admin/index.html'), html(sitePolicy));
  writeFileSync(join(dist, 'index.html'), html(sitePolicy));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('admin-policy', () => {
  it('replaces the admin page’s policy with the CMS’s, as one meta tag', async () => {
    await run();
    const admin = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    expect(admin.match(/http-equiv="content-security-policy"/g)).toHaveLength(1);
    expect(admin).toContain(`content="${adminPolicy(backendFromEnv(process.env)).replace(/"/g, '&quot;')}"`);
    expect(admin).not.toContain(sitePolicy);
  });

  it('leaves every other page alone, and a build without /admin/ too', async () => {
    await run();
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(html(sitePolicy));
    rmSync(join(dist, 'admin'), { recursive: true });
    await expect(run()).resolves.toBeUndefined();
  });
});
