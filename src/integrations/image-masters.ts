/**
 * Astro integration: in a build, every content picture wider than anything we
 * publish is read through its master (src/lib/image-masters.ts says what a
 * master is and why). A Vite plugin that runs before Astro's own resolves such
 * a picture to its master in the build cache, making the master when there is
 * none yet, so Astro's image pipeline, the share JPEGs and everything after
 * them read a picture of MASTER_WIDTH pixels instead of the phone photo.
 * Covers (image() in the schemas) and pictures in Markdown and MDX bodies are
 * all imports Vite resolves, so all get here. The names readers see do not
 * change: a master keeps its original's file name.
 * A warm build never decodes an original, and reads and hashes only those
 * whose size or modification time changed since the build that hashed them
 * (masters/index.json in the build cache). A build that succeeds removes
 * the masters no build has used for a month (UNUSED_MASTER_KEPT_MS), so a
 * cache kept between CI runs does not grow with every photo ever replaced.
 * `astro dev` reads the originals as they are (no master is made on a first request).
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import sharp from 'sharp';
import type { Plugin } from 'vite';
import writeFileAtomic from 'write-file-atomic';
import { contentDir } from '../lib/content-folders.ts';
import { type KnownOriginal, MASTER_ENCODING, MASTER_SOURCES, type MasterFormat, masterFormat, masterPath, needsMaster, unchangedOriginal, unusedMasters } from '../lib/image-masters.ts';

interface Tally {
  made: number;
  reused: number;
  /** Of the reused, those known by size and modification time, not read at all. */
  unread: number;
  /** Pictures no wider than MASTER_WIDTH, read as they are. */
  narrow: number;
  /** Milliseconds from reading an original to its master found or written, summed over the two lanes (none in a build that reads no original). */
  busy: number;
  /** Masters in the cache no build has used for a month, removed once this one succeeded. */
  removed: number;
}

const ENCODING_KEY = JSON.stringify(MASTER_ENCODING);

const exists = (path: string) => access(path).then(() => true, () => false);

/** Writes `data` to `path` whole (write-file-atomic: a temporary file, then a rename; no fsync, since only a reader running meanwhile matters), so a build running beside this one never reads half a file. */
async function writeWhole(path: string, data: string | Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, data, { fsync: false });
}

/** The master of `file` at `path`, scaled down from the original's `bytes` (EXIF orientation applied). */
async function encodeMaster(bytes: Buffer, format: MasterFormat, path: string): Promise<void> {
  const image = sharp(bytes).rotate().resize({ width: MASTER_ENCODING.width });
  await writeWhole(path, await (format === 'jpeg' ? image.jpeg(MASTER_ENCODING.jpeg) : format === 'png' ? image.png(MASTER_ENCODING.png) : image.webp(MASTER_ENCODING.webp)).toBuffer());
}

/**
 * The Vite plugin. Astro's content-image resolver (and Markdown's image
 * imports) ask Vite to resolve the picture's plain path and add their query
 * after, so this sees plain ids; an id with a query of its own (`?url`,
 * `?raw`) is left alone.
 */
function mastersPlugin(contentRoot: string, mastersDir: string, tally: Tally, warn: (message: string) => void): { plugin: Plugin; finish: () => Promise<void> } {
  const masters = new Map<string, Promise<string | undefined>>();
  const sources = new Map<string, string>();
  (globalThis as { [MASTER_SOURCES]?: Map<string, string> })[MASTER_SOURCES] = sources;
  // Two at a time (the machine's cores): each holds one original in memory
  // while it is hashed or decoded, never all of them at once.
  const limit = pLimit(2);
  const indexFile = join(mastersDir, 'index.json');
  let earlier: Promise<Record<string, KnownOriginal>> | undefined;
  /** The index of an earlier build with the same encoding (another encoding's keys name other masters). */
  const readIndex = () =>
    readFile(indexFile, 'utf8').then(
      (text) => {
        const index = JSON.parse(text) as { encoding?: string; originals?: Record<string, KnownOriginal> };
        return index.encoding === ENCODING_KEY ? (index.originals ?? {}) : {};
      },
      () => ({}),
    );
  /** What this build knows of each original it resolved: the next build's index. */
  const known: Record<string, KnownOriginal> = {};

  async function findOrMake(file: string, format: MasterFormat): Promise<string | undefined> {
    const now = await stat(file);
    earlier ??= readIndex();
    const remembered = unchangedOriginal((await earlier)[file], now);
    if (remembered && (remembered.key === null || (await exists(masterPath(mastersDir, remembered.key, file))))) {
      known[file] = remembered;
      if (remembered.key === null) {
        tally.narrow++;
        return undefined;
      }
      tally.reused++;
      tally.unread++;
      return use(masterPath(mastersDir, remembered.key, file), file);
    }
    const started = performance.now();
    try {
      return await readAndMake(file, format, now);
    } finally {
      tally.busy += performance.now() - started;
    }
  }

  /** The original read and hashed, and its master found in the cache or made. */
  async function readAndMake(file: string, format: MasterFormat, now: { size: number; mtimeMs: number }): Promise<string | undefined> {
    const bytes = await readFile(file);
    const key = createHash('sha256').update(ENCODING_KEY).update(bytes).digest('hex').slice(0, 32);
    const path = masterPath(mastersDir, key, file);
    if (await exists(path)) tally.reused++;
    else if (!needsMaster(await sharp(bytes).metadata())) {
      known[file] = { size: now.size, mtimeMs: now.mtimeMs, key: null };
      tally.narrow++;
      return undefined;
    } else {
      await encodeMaster(bytes, format, path);
      tally.made++;
    }
    known[file] = { size: now.size, mtimeMs: now.mtimeMs, key };
    return use(path, file);
  }

  function use(path: string, file: string): string {
    sources.set(path, file);
    return path;
  }

  /** The master of `file`, or undefined to read it as it is: also when it cannot be read or decoded, which Astro then reports naming the file. */
  const masterOrOriginal = (file: string, format: MasterFormat) =>
    limit(() =>
      findOrMake(file, format).catch((error: unknown) => {
        warn(`${file}: no master (${error instanceof Error ? error.message : String(error)}); read as it is`);
        return undefined;
      }),
    );

  const plugin: Plugin = {
    name: 'image-masters',
    enforce: 'pre',
    apply: 'build',
    resolveId: {
      filter: { id: /\.(jpe?g|png|webp)$/i },
      async handler(id, importer, options) {
        const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
        if (!resolved || resolved.external || resolved.id.includes('?')) return resolved;
        const format = masterFormat(resolved.id, contentRoot);
        if (!format) return resolved;
        let master = masters.get(resolved.id);
        if (!master) {
          master = masterOrOriginal(resolved.id, format);
          masters.set(resolved.id, master);
        }
        const path = await master;
        return path ? { ...resolved, id: path } : resolved;
      },
    },
  };
  /**
   * Once the build has succeeded: the index of what it resolved (originals
   * since deleted drop out), the masters it used marked as used now, and
   * those no build has used for a month removed.
   */
  async function finish(): Promise<void> {
    await writeWhole(indexFile, `${JSON.stringify({ encoding: ENCODING_KEY, originals: known }, null, 1)}\n`);
    const used = new Set(Object.values(known).flatMap((original) => original.key ?? []));
    const now = new Date();
    // Marked as used now, so that no other build removes them for a while (unusedMasters).
    await Promise.all([...used].map((key) => utimes(join(mastersDir, key), now, now).catch(() => undefined)));
    const folders = await Promise.all((await readdir(mastersDir).catch(() => [])).map(async (name) => ({ name, mtimeMs: (await stat(join(mastersDir, name)).catch(() => undefined))?.mtimeMs ?? now.getTime() })));
    const unused = unusedMasters(folders, used, now.getTime());
    await Promise.all(unused.map((key) => rm(join(mastersDir, key), { recursive: true, force: true })));
    tally.removed += unused.length;
  }
  return { plugin, finish };
}

export default function imageMasters(): AstroIntegration {
  const tally: Tally = { made: 0, reused: 0, unread: 0, narrow: 0, busy: 0, removed: 0 };
  let finish: (() => Promise<void>) | undefined;
  return {
    name: 'image-masters',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const contentRoot = resolve(fileURLToPath(config.root), contentDir(process.env));
        const masters = mastersPlugin(contentRoot, join(fileURLToPath(config.cacheDir), 'masters'), tally, (message) => logger.warn(message));
        finish = masters.finish;
        updateConfig({ vite: { plugins: [masters.plugin] } });
      },
      'astro:build:done': async ({ logger }) => {
        await finish?.();
        // One line, read by tests/build/images.test.ts to tell a warm build from a cold one.
        logger.info(`image masters: ${tally.made} made, ${tally.reused} reused from the build cache (${tally.unread} of them known by size and modification time, not read), ${tally.narrow} no wider than ${MASTER_ENCODING.width} px read as they are (${(tally.busy / 1000).toFixed(2)} s of reading, hashing and encoding), ${tally.removed} unused for a month removed from the build cache`);
      },
    },
  };
}
