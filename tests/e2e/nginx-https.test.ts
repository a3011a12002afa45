/**
 * The example server blocks shipped for the agency's server
 * (deploy/nginx/do-luong.site.conf) in real nginx, with a throwaway
 * self-signed certificate and loopback ports in place of the host's: plain
 * HTTP redirects to HTTPS, and HTTPS answers with HSTS on top of every other
 * header of the shipped snippet.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { NGINX, writeMainConf } from '../../scripts/deploy/nginx-main.ts';
import { NGINX_DIR, NGINX_FILES } from '../../scripts/deploy/paths.ts';
import { HSTS } from '../../src/lib/deploy/nginx.ts';
import { siteHeaderPolicy } from '../../src/lib/security/csp.ts';
import { freePorts } from '../support/cms-stack.ts';
import { get } from '../support/nginx.ts';

const HOST = 'doluong.example.gov.vn';
let prefix: string;
let nginx: ChildProcess;
let http: string;
let https: string;

beforeAll(async () => {
  prefix = mkdtempSync(join(tmpdir(), 'nginx-https-'));
  const [plainPort = 0, tlsPort = 0] = await freePorts(2);
  const key = join(prefix, 'privkey.pem');
  const cert = join(prefix, 'fullchain.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${HOST}`, '-keyout', key, '-out', cert], { stdio: 'ignore' });
  mkdirSync(join(prefix, 'acme'));
  const example = readFileSync(join(NGINX_DIR, 'do-luong.site.conf'), 'utf8');
  // Only what is specific to the machine changes: addresses, certificate, folders.
  const local = example
    .replace(/^\s*listen \[::\].*\n/gm, '')
    .replace('listen 80;', `listen 127.0.0.1:${plainPort};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${tlsPort} ssl http2;`)
    .replace(`/etc/letsencrypt/live/${HOST}/fullchain.pem`, cert)
    .replace(`/etc/letsencrypt/live/${HOST}/privkey.pem`, key)
    .replace('root /var/www/letsencrypt;', `root ${join(prefix, 'acme')};`)
    .replace('root /srv/do-luong/current;', `root ${inject('siteDir')};`)
    .replace('include snippets/do-luong.conf;', `include ${join(NGINX_DIR, NGINX_FILES.server)};`);
  expect(local.replace(/#.*$/gm, '')).not.toMatch(/\/etc\/|\/srv\/|\/var\/|listen (80|443)\b/);
  const conf = writeMainConf(prefix, local);
  nginx = spawn(NGINX, ['-p', prefix, '-c', conf, '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  http = `http://127.0.0.1:${plainPort}`;
  https = `https://127.0.0.1:${tlsPort}`;
  const deadline = Date.now() + 30_000;
  while (!(await get(`${https}/`).then(() => true, () => false))) {
    if (nginx.exitCode !== null || Date.now() > deadline) throw new Error(`nginx did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});
afterAll(async () => {
  if (nginx && nginx.exitCode === null) await new Promise((resolve) => nginx.once('exit', resolve).kill('SIGQUIT'));
  rmSync(prefix, { recursive: true, force: true });
});

describe('the example site file, served over HTTPS', () => {
  it('redirects plain HTTP to HTTPS on the same host and path', async () => {
    const response = await get(`${http}/tin-tuc/?trang=2`, { host: HOST });
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(`https://${HOST}/tin-tuc/?trang=2`);
  });

  it('sends HSTS over HTTPS, with the site policy and the other headers', async () => {
    for (const path of ['/', '/khong-co/']) {
      const response = await get(`${https}${path}`, { host: HOST });
      expect(response.headers['strict-transport-security'], path).toBe(HSTS);
      expect(response.headers['content-security-policy'], path).toBe(siteHeaderPolicy());
      expect(response.headers['x-content-type-options'], path).toBe('nosniff');
    }
    expect((await get(`${https}/`)).status).toBe(200);
  });
});
