import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendFromEnv } from '../../../admin/backend.ts';
import { adminPolicy } from '../../../admin/policy.ts';
import { staticHostHeaders } from '../../../src/lib/deploy/headers-file.ts';
import { nginxHttpConf, nginxServerConf } from '../../../src/lib/deploy/nginx.ts';
import { NGINX_DIR, NGINX_FILES, ROOT } from '../../../scripts/deploy/paths.ts';

describe('deploy/nginx/ and public/_headers', () => {
  it('holds what src/lib/deploy/nginx.ts computes for the default backend (run npm run deploy:config after changing a policy)', () => {
    expect(readFileSync(join(NGINX_DIR, NGINX_FILES.http), 'utf8')).toBe(nginxHttpConf(adminPolicy(backendFromEnv({}))));
    expect(readFileSync(join(NGINX_DIR, NGINX_FILES.server), 'utf8')).toBe(nginxServerConf());
    expect(readFileSync(join(ROOT, 'public/_headers'), 'utf8')).toBe(staticHostHeaders(adminPolicy(backendFromEnv({}))));
  });

  it("widens /admin/'s connect-src for a self-hosted forge, and only there", () => {
    const conf = nginxHttpConf(adminPolicy(backendFromEnv({ CMS_BACKEND: 'forgejo', CMS_REPO: 'so-khcn/do-luong', CMS_API_ROOT: 'https://git.example.gov.vn/api/v1', CMS_APP_ID: 'x' })));
    const [site = '', admin = ''] = conf.split('\n').filter((line) => /^\s+(default|~\^\/admin\/) "default-src/.test(line));
    expect(admin).toMatch(/connect-src [^;]*https:\/\/git\.example\.gov\.vn/);
    expect(admin).toContain("frame-ancestors 'none'");
    expect(site).not.toContain('git.example.gov.vn');
  });
});
