/**
 * `npm run deploy` on a real build, served by the shipped nginx through the
 * live symlink: two releases go live in a row while requests keep reading
 * pages on loopback; no request fails, every answer is one release's file
 * exactly (never a mix, never a half-copied file), and `rollback` brings the
 * first back. deploy/release.sh's bookkeeping (keep N, nothing to roll back
 * to) is checked on small releases, and deploy/push.sh (CI's copy by rsync
 * over ssh) with a local stand-in for ssh.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { childEnv, ROOT } from '../support/build-site.ts';
import { htmlPages } from '../support/dist.ts';
import { get, serveWithNginx } from '../support/nginx.ts';
import { launchBrowser } from '../support/browser.ts';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { RunningServer } from '../support/static-server.ts';

const siteDir = inject('siteDir');
let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'deploy-test-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a command to its end; resolves with its exit code and output. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const deploy = (...args: string[]) => run('npm', ['run', '--silent', 'deploy', '--', ...args]);
const releaseSh = (...args: string[]) => run('sh', [join(ROOT, 'deploy/release.sh'), ...args]);

describe('npm run deploy under load', () => {
  let server: RunningServer | undefined;
  afterAll(async () => server?.close());

  it('switches releases with no failed request and no mixed page, and rolls back to the first', async () => {
    // Two builds that differ in every page: the real build, and the same with a mark in each HTML file.
    const first = join(work, 'first');
    const second = join(work, 'second');
    cpSync(siteDir, first, { recursive: true });
    cpSync(siteDir, second, { recursive: true });
    for (const file of htmlPages(second)) writeFileSync(join(second, file), readFileSync(join(second, file), 'utf8').replace('</body>', '<!-- second release --></body>'));
    const paths = ['/', '/tin-tuc/', '/su-kien/', '/ke-hoach/2022/', '/bao-chi/', '/rss.xml', '/su-kien.ics', '/feed.json'];
    const fileOf = (path: string) => (path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));
    const versions = (dir: string) => new Map(paths.map((path) => [path, readFileSync(join(dir, fileOf(path)))]));
    const [a, b] = [versions(first), versions(second)];
    expect(a.get('/')!.equals(b.get('/')!)).toBe(false);

    const root = join(work, 'srv');
    const initial = await deploy('--root', root, '--from', first);
    expect(initial.code, initial.output).toBe(0);
    server = await serveWithNginx(join(root, 'current'));

    // The request loop: four readers until the deploys are done, bounded in time (a busy machine deploys slowly).
    const seen: ('first' | 'second')[] = [];
    const failures: string[] = [];
    let done = false;
    const deadline = Date.now() + 240_000;
    const reader = async (offset: number) => {
      for (let i = offset; !done && Date.now() < deadline; i++) {
        const path = paths[i % paths.length]!;
        const response = await get(`${server!.url}${path}`).catch((error: Error) => ({ status: 0, body: Buffer.from(error.message), headers: {} }));
        if (response.status !== 200) failures.push(`${path}: ${response.status} ${response.body.toString().slice(0, 80)}`);
        else if (response.body.equals(a.get(path)!)) seen.push('first');
        else if (response.body.equals(b.get(path)!)) seen.push('second');
        else failures.push(`${path}: neither release's file (${response.body.length} bytes)`);
      }
    };
    let readersStopped = false;
    const readers = Promise.all([0, 1, 2, 3].map((offset) => reader(offset * 2))).finally(() => (readersStopped = true));
    const second_ = await deploy('--root', root, '--from', second);
    const afterSecond = seen.length;
    const back = await deploy('rollback', '--root', root);
    const afterRollback = seen.length;
    // Read on until the rolled-back release has answered every path at least once.
    while (!readersStopped && seen.length < afterRollback + paths.length * 4) await new Promise((resolve) => setImmediate(resolve));
    done = true;
    await readers;

    expect(second_.code, second_.output).toBe(0);
    expect(back.code, back.output).toBe(0);
    expect(failures.slice(0, 10)).toEqual([]);
    // The loop really ran across both switches: the first release, then the second, then the first again.
    expect(seen.slice(0, afterSecond)).toContain('first');
    expect(seen.slice(afterSecond - 4, afterRollback)).toContain('second');
    expect(seen.slice(afterRollback + 4)).not.toContain('second');
    expect(seen.length).toBeGreaterThan(paths.length * 8);

    const releases = readdirSync(join(root, 'releases'));
    expect(releases).toHaveLength(2);
    expect((await releaseSh('list', root)).output).toMatch(new RegExp(`^${releases.sort()[0]!.replace('.', '\\.')} \\(live\\)$`, 'm'));
  }, 300_000);

  it('serves the precompressed copy written at deploy time', async () => {
    const current = join(work, 'srv/current');
    const gz = join(current, 'index.html.gz');
    expect(existsSync(gz)).toBe(true);
    const response = await get(`${server!.url}/`, { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-length']).toBe(String(statSync(gz).size));
    expect(response.body.equals(readFileSync(gz))).toBe(true);
  });

  it('sends brotli copies of Pagefind’s script and index files, which search in a browser reads', async () => {
    const current = join(work, 'srv/current');
    const script = await get(`${server!.url}/pagefind/pagefind.js`, { 'accept-encoding': 'br, gzip' });
    expect(script.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(script.body).equals(readFileSync(join(current, 'pagefind/pagefind.js')))).toBe(true);
    const wasm = await get(`${server!.url}/pagefind/tom-tat/wasm.unknown.pagefind`, { 'accept-encoding': 'br, gzip' });
    expect(wasm.headers['content-encoding']).toBe('br');
    // Pagefind's file is gzipped; its brotli copy is the inflated file, which Pagefind reads without inflating.
    expect(brotliDecompressSync(wasm.body).equals(gunzipSync(readFileSync(join(current, 'pagefind/tom-tat/wasm.unknown.pagefind'))))).toBe(true);
    const plain = await get(`${server!.url}/pagefind/tom-tat/wasm.unknown.pagefind`, { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();

    // Chromium offers brotli over HTTPS only; this nginx is plain HTTP, so the page asks for it as a phone would.
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'br, gzip, deflate' } });
      const page = await context.newPage();
      const encodings: string[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname.startsWith('/pagefind/')) encodings.push(response.headers()['content-encoding'] ?? '');
      });
      await page.goto(`${server!.url}/tim-kiem/?q=${encodeURIComponent('đo lường')}`);
      await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('trang-thai')?.textContent ?? ''));
      expect(await page.locator('#trang-thai').textContent()).toMatch(/^Tìm thấy/);
      expect(encodings).toContain('br');
    } finally {
      await browser.close();
    }
  });

  it('refuses a release with a broken link, feed or calendar, and leaves the live one', async () => {
    const broken = join(work, 'broken');
    cpSync(siteDir, broken, { recursive: true });
    rmSync(join(broken, 'gioi-thieu'), { recursive: true });
    writeFileSync(join(broken, 'su-kien.ics'), 'BEGIN:VCALENDAR\r\n');
    writeFileSync(join(broken, 'rss.xml'), '<rss><channel>');
    const live = readFileSync(join(work, 'srv/current/index.html'));
    const result = await deploy('--root', join(work, 'srv'), '--from', broken);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/nothing was changed on the live site/);
    expect(result.output).toMatch(/→ \/gioi-thieu\/ \(404\)/);
    expect(result.output).toMatch(/su-kien\.ics: not a valid calendar/);
    expect(result.output).toMatch(/^rss\.xml: not a valid RSS feed/m);
    expect(readFileSync(join(work, 'srv/current/index.html')).equals(live)).toBe(true);
    expect(readdirSync(join(work, 'srv/releases')).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('deploy/release.sh', () => {
  it('keeps the newest releases and the live one, and refuses to roll back past the oldest', async () => {
    const root = join(work, 'small');
    const ids = ['20260101T000000.000Z', '20260102T000000.000Z', '20260103T000000.000Z', '20260104T000000.000Z'];
    for (const id of ids) {
      mkdirSync(join(root, 'releases', id), { recursive: true });
      writeFileSync(join(root, 'releases', id, 'index.html'), id);
      const result = await releaseSh('activate', root, id, '2');
      expect(result.code, result.output).toBe(0);
      expect(readFileSync(join(root, 'current/index.html'), 'utf8')).toBe(id);
    }
    expect(readdirSync(join(root, 'releases')).sort()).toEqual(ids.slice(2));
    expect((await releaseSh('rollback', root)).code).toBe(0);
    expect(readFileSync(join(root, 'current/index.html'), 'utf8')).toBe(ids[2]);
    const refused = await releaseSh('rollback', root);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/no release before 20260103T000000\.000Z/);
    expect(readFileSync(join(root, 'current/index.html'), 'utf8')).toBe(ids[2]);
    const missing = await releaseSh('activate', root, 'nope', '2');
    expect(missing.code).toBe(1);
    expect(readFileSync(join(root, 'current/index.html'), 'utf8')).toBe(ids[2]);
  });
});

describe('deploy/push.sh (CI → server)', () => {
  it('copies a build into a new release with rsync, links unchanged files to the live release, and switches', async () => {
    // ssh is the one part replaced: a stand-in that runs the remote command here (rsync and release.sh are real).
    const shim = join(work, 'ssh-here');
    writeFileSync(shim, '#!/bin/sh\nwhile [ $# -gt 0 ]; do case "$1" in -p|-o|-l) shift 2 ;; *) break ;; esac; done\nshift\nexec sh -c "$*"\n', { mode: 0o755 });
    const root = join(work, 'pushed');
    const push = () => run('sh', [join(ROOT, 'deploy/push.sh'), siteDir], { DEPLOY_SSH: shim, DEPLOY_HOST: 'server.example', DEPLOY_USER: 'deploy', DEPLOY_ROOT: root, DEPLOY_KEEP: '2' });
    const first = await push();
    expect(first.code, first.output).toBe(0);
    const second = await push();
    expect(second.code, second.output).toBe(0);
    const releases = readdirSync(join(root, 'releases')).sort();
    expect(releases).toHaveLength(2);
    expect(readFileSync(join(root, 'current/index.html')).equals(readFileSync(join(siteDir, 'index.html')))).toBe(true);
    expect(existsSync(join(root, 'release.sh'))).toBe(true);
    // The second release shares unchanged files with the first (hard links), as --link-dest promises.
    const [older, newer] = releases.map((id) => statSync(join(root, 'releases', id!, 'index.html')));
    expect(newer!.ino).toBe(older!.ino);
  });
});
