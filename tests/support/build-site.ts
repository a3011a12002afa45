/**
 * Builds the site the way `npm run build` does, in a child process, into a
 * folder of its own, so fixture builds never touch dist/ or each other. The
 * real site is built once per `npm test` by tests/support/global-setup.ts;
 * a fixture build once per key per `npm test`, whichever test files ask for
 * it (buildSite).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { inject } from 'vitest';
import { buildLock } from './test-run.ts';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');
/** Scratch space for test builds; ignored by git. */
export const TEST_TMP = join(ROOT, 'node_modules/.cache/tests');

export interface BuildOptions {
  /** Names the build: its output lands in node_modules/.cache/tests/<key>/dist. */
  key: string;
  /** Content folder (absolute, or relative to the project root); default: the real content/. */
  contentDir?: string;
  /** The day the build is for (BUILD_DATE); default: today. */
  buildDate?: string;
  env?: Record<string, string>;
}

export interface BuildResult {
  outDir: string;
  /** Build log (stdout and stderr). */
  log: string;
}

/**
 * The environment for a child build or server without Vitest's own variables:
 * with NODE_ENV=test, a build bundles React and Decap in development mode
 * (prop-type warnings in the console) and astro dev answers every request
 * with a 404. Output is uncoloured (CI=true turns colours on), so tests can
 * read logs as plain text. LOCAL_BUILD=1: a test build is for this machine,
 * so its localhost SITE_URL is allowed (src/lib/site-url.ts); a test that
 * checks the refusal passes LOCAL_BUILD: ''. Vitest also copies its
 * import.meta.env into process.env (DEV=1, MODE=test…); Astro reads those
 * back in server code, so a build child that kept DEV=1 took itself for the
 * dev server and rebuilt every per-build cache on every page.
 */
const VITEST_ONLY = new Set(['NODE_ENV', 'FORCE_COLOR', 'DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']);

export function childEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !VITEST_ONLY.has(name) && !name.startsWith('VITEST')),
  );
  return { ...inherited, NO_COLOR: '1', LOCAL_BUILD: '1', ...env };
}

const pending = new Map<string, Promise<BuildResult>>();

/** Builds `options` now, into `node_modules/.cache/tests/<key>/dist`, over whatever was there. */
export async function buildOnce(options: BuildOptions): Promise<BuildResult> {
  const dir = join(TEST_TMP, options.key);
  const outDir = join(dir, 'dist');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const env = childEnv({
    ASTRO_OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(dir, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.contentDir ? { CONTENT_DIR: resolve(ROOT, options.contentDir) } : {}),
    ...(options.buildDate ? { BUILD_DATE: options.buildDate } : {}),
    ...options.env,
  });
  const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
  return { outDir, log: stdout + stderr };
}

/** What a finished fixture build was made from, kept beside its output (`<key>/build.json`). */
interface BuildStamp {
  /** The `npm test` run that made it (global-setup.ts). */
  run: string;
  options: BuildOptions;
  log: string;
}

/** How long a test file waits for another file's build of the same key: less than a hook's timeout (vitest.config.ts), so this message is what a test reports. */
const BUILD_WAIT_MS = 240_000;

/**
 * The build of `options` in this `npm test` run, made by the first test file
 * that asks for its key and reused by the others, even when they run in
 * other worker processes at the same time: whoever holds the key's lock (a
 * folder, created atomically: test-run.ts, buildLock) reads the stamp, or
 * builds and writes it; the others wait for the lock. A build that fails
 * writes no stamp, so each file asking for it builds it again and reports
 * its own failure. Two files asking for one key with different options is a
 * mistake in the tests, and throws. A fixture's content folder assembled
 * before asking (fixture-content.ts) is assembled again by each file, so a
 * key whose content is assembled so must stay with one file.
 */
async function sharedBuild(options: BuildOptions, run: string): Promise<BuildResult> {
  const stampFile = join(TEST_TMP, options.key, 'build.json');
  const lock = buildLock(TEST_TMP, options.key, run);
  /** The options as the stamp holds them (JSON drops what is undefined). */
  const asked = JSON.parse(JSON.stringify(options)) as BuildOptions;
  mkdirSync(TEST_TMP, { recursive: true });
  const waitUntil = Date.now() + BUILD_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (Date.now() > waitUntil) throw new Error(`test build "${options.key}": another test file held ${lock} for ${BUILD_WAIT_MS / 1000} s`);
    await new Promise((next) => setTimeout(next, 100));
  }
  try {
    const stamp = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as BuildStamp) : undefined;
    if (stamp?.run === run) {
      if (!isDeepStrictEqual(stamp.options, asked)) throw new Error(`test build "${options.key}" was asked for with other options by another test file: ${JSON.stringify(stamp.options)} and ${JSON.stringify(asked)}; give one of them a key of its own`);
      return { outDir: join(TEST_TMP, options.key, 'dist'), log: stamp.log };
    }
    const result = await buildOnce(options);
    writeFileSync(stampFile, JSON.stringify({ run, options: asked, log: result.log } satisfies BuildStamp));
    return result;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds (once per key per `npm test`, whichever test files ask: sharedBuild;
 * outside Vitest, as for `npm run bench`, once per key per process) and
 * returns where the output is.
 */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  let build = pending.get(options.key);
  if (!build) {
    const run = process.env.VITEST_WORKER_ID ? inject('testRun') : undefined;
    build = run ? sharedBuild(options, run) : buildOnce(options);
    pending.set(options.key, build);
  }
  return build;
}

/** Runs a build expected to fail; resolves with its output. */
export async function buildFailure(options: BuildOptions): Promise<string> {
  try {
    await buildOnce(options);
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
  }
  throw new Error(`build "${options.key}" was expected to fail but succeeded`);
}

export function outputExists(result: BuildResult, path: string): boolean {
  return existsSync(join(result.outDir, path));
}
