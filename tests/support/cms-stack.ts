/**
 * The real local editing stack for CMS tests: a temporary copy of the
 * repository (never the real content/), decap-server and `astro dev` started
 * in it on free loopback ports, as `npm run dev` starts them, and the CMS
 * opened and logged in to in Chromium.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { ROOT, childEnv } from './build-site.ts';
import { launchBrowser } from './browser.ts';
import { cmsCopyPrefix } from './test-run.ts';

/** What the site needs to run and build; node_modules is linked, not copied. */
const run = promisify(execFile);
// package-lock.json: the CMS bundle's freshness check hashes it (admin/bundle.ts); without it a build of the copy never finds its bundle.
const COPIED = ['src', 'admin', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** Caches stay per copy, so the copy's dev server never rewrites the real project's. */
const NOT_LINKED = new Set(['.vite', '.astro', '.cache']);

export interface CmsStack {
  /** Root of the temporary copy. */
  dir: string;
  siteUrl: string;
  decapPort: number;
  /** Output of both servers so far (for failure messages). */
  log: () => string;
  stop: () => Promise<void>;
}

/** `count` distinct free loopback ports (all held open until all are found, so none repeats). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<Server>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Vite's cache of pre-bundled dependencies (Decap's, some 9 s to make), in a copy of the repository. */
const VITE_CACHE = join('node_modules', '.vite');

/** Written into a copy while its stack runs; removed with the copy when the stack stops. */
const STACK_RUNNING = '.cms-stack-running';

/**
 * The folder the CMS stacks of one Vitest worker copy the repository into,
 * the same for every test file the worker runs in this `npm test`: Vite
 * keys its pre-bundled dependencies by the project's root (and the lockfile
 * and configuration), so one folder lets the next file's dev server reuse
 * what the first one's made (removeCopy keeps it) instead of bundling Decap
 * again before the CMS opens. A stack that never stopped (a test file whose
 * start-up timed out, its servers left running) keeps its folder, and the
 * next stack gets a new one. Outside Vitest, a new folder each time. Every
 * folder of a run is named by test-run.ts, which removes them when it ends.
 */
function copyFolder(): string {
  const pool = process.env.VITEST_POOL_ID;
  if (!pool) return mkdtempSync(join(tmpdir(), 'cms-e2e-'));
  const name = `${cmsCopyPrefix(inject('testRun'))}${pool}`;
  const dir = join(tmpdir(), name);
  if (existsSync(join(dir, STACK_RUNNING))) return mkdtempSync(join(tmpdir(), `${name}-`));
  mkdirSync(dir, { recursive: true });
  // What a test file that stopped before its stack's end (a crash) left.
  removeCopy(dir);
  return dir;
}

/** A copy of the repository in a folder of its own (copyFolder), with node_modules linked but for the caches. */
export function copyRepository(): string {
  const dir = copyFolder();
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!NOT_LINKED.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** Removes a copy of the repository; in Vitest, but for Vite's cache, which the worker's next copy reuses (copyFolder). */
function removeCopy(dir: string): void {
  if (!process.env.VITEST_POOL_ID) return rmSync(dir, { recursive: true, force: true });
  const inside = (folder: string) => (existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)).map((name) => join(folder, name)) : []);
  for (const path of [...inside('.'), ...inside('node_modules')]) {
    if (path !== 'node_modules' && path !== VITE_CACHE) rmSync(join(dir, path), { recursive: true, force: true });
  }
}

export function waitForOutput(child: ChildProcess, pattern: RegExp, output: () => string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}:\n${output()}`)), timeoutMs);
    const check = () => {
      if (pattern.test(output())) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}:\n${output()}`));
    });
  });
}

/** Runs a command in its own process group (so that stopping it stops what it started, e.g. npm's script). */
export function startProcessGroup(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { child, output: () => text };
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
}

/** Starts decap-server and the dev server on a fresh copy of the repository. */
export async function startCmsStack(): Promise<CmsStack> {
  const dir = copyRepository();
  writeFileSync(join(dir, STACK_RUNNING), '');
  const [sitePort = 0, decapPort = 0] = await freePorts(2);
  // decap-server as `npm run dev` starts it: through the "cms" script, which binds it to loopback.
  const decap = startProcessGroup('npm', ['run', '--silent', 'cms'], dir, { PORT: String(decapPort), GIT_REPO_DIRECTORY: dir });
  const site = startProcessGroup(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(sitePort), '--host', '127.0.0.1'], dir, {
    DECAP_SERVER_PORT: String(decapPort),
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const log = () => `--- decap-server\n${decap.output()}\n--- astro dev\n${site.output()}`;
  await waitForOutput(decap.child, /listening on 127\.0\.0\.1:/, log, 30_000);
  await waitForOutput(site.child, /Local\s+http:\/\/127\.0\.0\.1:\d+/, log, 120_000);
  return {
    dir,
    // Where astro dev says it is (it moves on if the port was taken meanwhile).
    siteUrl: /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(site.output())![1]!,
    decapPort,
    log,
    stop: async () => {
      await Promise.all([stopChild(site.child), stopChild(decap.child)]);
      removeCopy(dir);
    },
  };
}

/** Builds the copy as `npm run build` would, into its own folder; returns the output folder. */
export async function buildCopy(stack: CmsStack): Promise<string> {
  const outDir = join(stack.dir, 'dist');
  await run(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: stack.dir,
    env: childEnv({ ASTRO_OUT_DIR: outDir, ASTRO_CACHE_DIR: join(stack.dir, '.build-cache'), ASTRO_TELEMETRY_DISABLED: '1' }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return outDir;
}

/**
 * Opens /admin/ and logs in (the proxy backend needs no password). The first
 * visit in a copy without Vite's cache (a worker's first stack: copyFolder)
 * makes Vite bundle Decap's dependencies, after which it reloads the page;
 * the login button is awaited until the CMS is really there.
 */
export async function openCms(browser: Browser, stack: CmsStack): Promise<Page> {
  const page = await browser.newPage({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN', viewport: { width: 1400, height: 1000 } });
  await page.goto(`${stack.siteUrl}/admin/`, { waitUntil: 'load', timeout: 240_000 });
  const login = page.getByRole('button', { name: 'Đăng nhập' });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await login.waitFor({ timeout: 90_000 });
      break;
    } catch (error) {
      if (attempt === 2) throw error;
      await page.reload({ waitUntil: 'load', timeout: 240_000 });
    }
  }
  await login.click();
  return page;
}

/**
 * Opens a CMS route (e.g. "events/entries/ngay-do-luong-the-gioi") with a fresh
 * page load, and waits until the editor's publish button is there: moving
 * between entries by changing only the URL's hash keeps Decap's previous draft
 * in the form.
 */
export async function openCmsRoute(page: Page, stack: CmsStack, route: string): Promise<void> {
  // Leaving the CMS page may be reported as an aborted navigation; the next load is what counts.
  await page.goto('about:blank').catch(() => undefined);
  await page.goto(`${stack.siteUrl}/admin/#/collections/${route}`);
  // Decap draws the editor's publish button only once the entry has loaded.
  await page.getByRole('button', { name: /^(Công bố|Đã công bố)$/ }).waitFor({ timeout: 120_000 });
}

export interface EditingSession {
  stack: CmsStack;
  browser: Browser;
  page: Page;
}

/** A test file's editing session: the stack, Chromium, and the CMS logged in and showing its collections. */
export async function startEditing(): Promise<EditingSession> {
  const stack = await startCmsStack();
  const browser = await launchBrowser();
  const page = await openCms(browser, stack);
  await page.getByText('Tin tức').first().waitFor();
  return { stack, browser, page };
}

export async function stopEditing(session: EditingSession | undefined): Promise<void> {
  await session?.browser.close();
  await session?.stack.stop();
}

/** The test file's editing session, started before its first test and stopped after its last; its parts are read inside tests. */
export function editingSessionForFile(): EditingSession {
  let session: EditingSession | undefined;
  beforeAll(async () => {
    session = await startEditing();
  });
  afterAll(() => stopEditing(session));
  const started = (): EditingSession => {
    if (!session) throw new Error('the editing session has not started');
    return session;
  };
  return {
    get stack() {
      return started().stack;
    },
    get browser() {
      return started().browser;
    },
    get page() {
      return started().page;
    },
  };
}

/** Clicks "Công bố" → "Công bố ngay" (what follows, a save or a refusal, is the caller's to wait for). */
export async function clickPublishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay', { exact: true }).click();
}

/** Publishes the open entry at once and waits until the CMS says it is saved. */
export async function publishCmsEntry(page: Page): Promise<void> {
  await clickPublishNow(page);
  // Once saved, the button reads "Đã công bố" (published).
  try {
    await page.getByRole('button', { name: 'Đã công bố' }).waitFor({ timeout: 60_000 });
  } catch (error) {
    // A refused save shows why at the fields ("… BẮT BUỘC NHẬP."): the failure says what the CMS showed.
    throw new Error(`${String(error)}\nThe CMS showed instead:\n${(await page.locator('body').innerText()).slice(0, 3000)}`);
  }
}

/** Polls `read` until `done` accepts what it returns (or `timeoutMs` passes: then throws with `describe()`). */
export async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs: number, describe: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
