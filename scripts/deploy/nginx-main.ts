/**
 * A throwaway nginx.conf standing in for Debian's /etc/nginx/nginx.conf, so
 * the shipped files run unchanged without root: everything nginx writes goes
 * under `prefix`, it stays in the foreground, and Debian's mime.types and the
 * site's http-level file are included as on a server. Used by
 * `npm run serve:nginx` and by the tests that serve the example site file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { NGINX_DIR, NGINX_FILES } from './paths.ts';

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';
/**
 * The brotli_static module the server block uses, as Debian's
 * libnginx-mod-http-brotli-static installs it (its modules-enabled file names
 * it relative to nginx's prefix, which here is a temporary folder).
 */
const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** Writes prefix/nginx.conf around `servers` (server blocks) and returns its path. */
export function writeMainConf(prefix: string, servers: string): string {
  mkdirSync(join(prefix, 'temp'), { recursive: true });
  const conf = join(prefix, 'nginx.conf');
  // As root, nginx's workers would run as "nobody", who may not read a build in
  // a private folder: keep them as the user who started it.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  writeFileSync(
    conf,
    `${user}load_module ${BROTLI_STATIC_MODULE};
daemon off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${join(prefix, 'temp/body')};
    proxy_temp_path ${join(prefix, 'temp/proxy')};
    fastcgi_temp_path ${join(prefix, 'temp/fastcgi')};
    uwsgi_temp_path ${join(prefix, 'temp/uwsgi')};
    scgi_temp_path ${join(prefix, 'temp/scgi')};
    include ${join(NGINX_DIR, NGINX_FILES.http)};
${servers}
}
`,
  );
  return conf;
}
