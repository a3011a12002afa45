/**
 * npm run serve:nginx [-- --port N] [--root DIR]: Debian's nginx in the
 * foreground on 127.0.0.1, serving a build (default dist/) with exactly the
 * files shipped in deploy/nginx/, included from a temporary nginx.conf that
 * stands in for Debian's /etc/nginx/nginx.conf. Needs no root and writes
 * nothing outside its temporary folder. Ctrl-C stops it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NGINX_DIR, NGINX_FILES, ROOT } from './paths.ts';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, root: { type: 'string', default: join(ROOT, 'dist') } } });
const port = Number(values.port);
const root = resolve(values.root);
if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--port must be a port number; got "${values.port}"`);
if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} holds no built site (index.html): run npm run build first, or pass --root`);
if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: apt-get install nginx (or set NGINX)`);

const prefix = mkdtempSync(join(tmpdir(), 'do-luong-nginx-'));
for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir));
const conf = join(prefix, 'nginx.conf');
// As root, nginx's workers would run as "nobody", who may not read a build in
// a private folder: keep them as the user who started it.
const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
writeFileSync(
  conf,
  `${user}daemon off;
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
    server {
        listen 127.0.0.1:${port};
        root ${root};
        include ${join(NGINX_DIR, NGINX_FILES.server)};
    }
}
`,
);

const nginx = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', 'stderr'], { stdio: 'inherit' });
console.log(`nginx serving ${root} on http://127.0.0.1:${port}/ (Ctrl-C stops it)`);
const stop = () => nginx.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
nginx.on('exit', (code, signal) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(signal === 'SIGQUIT' ? 0 : (code ?? 1));
});
