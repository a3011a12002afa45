/**
 * npm run serve:nginx [-- --port N] [--root DIR]: Debian's nginx in the
 * foreground on 127.0.0.1, serving a build (default dist/) with exactly the
 * files shipped in deploy/nginx/, included from a temporary nginx.conf that
 * stands in for Debian's /etc/nginx/nginx.conf. Needs no root and writes
 * nothing outside its temporary folder. Ctrl-C stops it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NGINX, writeMainConf } from './nginx-main.ts';
import { NGINX_DIR, NGINX_FILES, ROOT } from './paths.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, root: { type: 'string', default: join(ROOT, 'dist') } } });
const port = Number(values.port);
const root = resolve(values.root);
if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--port must be a port number; got "${values.port}"`);
if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} holds no built site (index.html): run npm run build first, or pass --root`);
if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: apt-get install nginx (or set NGINX)`);

const prefix = mkdtempSync(join(tmpdir(), 'do-luong-nginx-'));
const conf = writeMainConf(
  prefix,
  `    server {
        listen 127.0.0.1:${port};
        root ${root};
        include ${join(NGINX_DIR, NGINX_FILES.server)};
    }`,
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
