/**
 * npm run deploy:config [-- --out DIR]: writes the server configuration from
 * the site's policies, for the CMS backend chosen by the CMS_* variables (the
 * CMS page's policy must allow that backend's origins): the nginx files
 * (src/lib/deploy/nginx.ts) and _headers for Netlify and Cloudflare Pages
 * (src/lib/deploy/headers-file.ts). Without --out it rewrites the shipped
 * files, deploy/nginx/ and public/_headers (for the default backend: leave
 * CMS_* unset then); a server with a self-hosted forge writes its own, e.g.
 * CMS_BACKEND=forgejo CMS_API_ROOT=… npm run deploy:config -- --out /etc/nginx/do-luong
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backendFromEnv } from '../../admin/backend.ts';
import { adminPolicy } from '../../admin/policy.ts';
import { staticHostHeaders } from '../../src/lib/deploy/headers-file.ts';
import { nginxHttpConf, nginxServerConf } from '../../src/lib/deploy/nginx.ts';
import { NGINX_DIR, NGINX_FILES, ROOT } from './paths.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const nginxDir = values.out ? resolve(values.out) : NGINX_DIR;
const headersFile = values.out ? join(nginxDir, '_headers') : join(ROOT, 'public/_headers');
const admin = adminPolicy(backendFromEnv(process.env));
mkdirSync(nginxDir, { recursive: true });
writeFileSync(join(nginxDir, NGINX_FILES.http), nginxHttpConf(admin));
writeFileSync(join(nginxDir, NGINX_FILES.server), nginxServerConf());
writeFileSync(headersFile, staticHostHeaders(admin));
console.log(`Wrote ${join(nginxDir, NGINX_FILES.http)}, ${join(nginxDir, NGINX_FILES.server)} and ${headersFile}`);
