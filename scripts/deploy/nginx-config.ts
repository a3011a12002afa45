/**
 * npm run deploy:nginx [-- --out DIR]: writes the nginx configuration
 * (src/lib/deploy/nginx.ts) for the CMS backend chosen by the CMS_*
 * variables, as /admin/'s policy must allow that backend's origins. Without
 * --out it rewrites the files shipped in deploy/nginx/ (for the default
 * backend: leave CMS_* unset then); a server with a self-hosted forge writes
 * its own with e.g. CMS_BACKEND=forgejo CMS_API_ROOT=… npm run deploy:nginx -- --out /etc/nginx/do-luong
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backendFromEnv } from '../../admin/backend.ts';
import { adminPolicy } from '../../admin/policy.ts';
import { nginxHttpConf, nginxServerConf } from '../../src/lib/deploy/nginx.ts';
import { NGINX_FILES, ROOT } from './paths.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ? resolve(values.out) : join(ROOT, 'deploy/nginx');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, NGINX_FILES.http), nginxHttpConf(adminPolicy(backendFromEnv(process.env))));
writeFileSync(join(out, NGINX_FILES.server), nginxServerConf());
console.log(`Wrote ${NGINX_FILES.http} and ${NGINX_FILES.server} to ${out}`);
