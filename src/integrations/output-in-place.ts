/**
 * Astro integration: a build writes over the previous build's output and then
 * removes what it did not write, instead of emptying the output folder first.
 *
 * Astro empties `outDir` before every build (Vite's `build.emptyOutDir`), so a
 * warm rebuild deleted some 6,000 files at 1,000 items (pages, feeds, the API,
 * image variants, the search index) and created them again. On ext4 the
 * kernel's inode bookkeeping for that churn (allocating inodes next to ones
 * just freed) was most of the build's system time: over the 1,000-item
 * benchmark corpus, Astro's step took 10.1–10.9 s (6.2–6.5 s of it system
 * time) emptying first, and 7.2–7.7 s (2.3–2.9 s) writing over the files in
 * place (README, "Build cost").
 *
 * So for `astro build` this turns emptying off and, when the build starts,
 * writes a mark into the output folder (BUILD_MARK). No file the build
 * writes is older than the mark; when the build is done, every file older
 * than it is left from an earlier build (the page of an item since deleted,
 * the variants of a photo replaced, the previous search index) and is removed,
 * with the folders it leaves empty. A file's time and the mark's come from the
 * same kernel clock on the same file system (a coarse clock, which can be
 * milliseconds behind `Date.now()`, so the mark is a file rather than a time
 * taken here). Writing in place means the output folder's files must not be
 * hard links shared with a copy that must stay as it is (a release made with
 * `cp -al`): deploys copy the folder (deploy/push.sh). The search index reads every page of the folder, so this runs
 * before it, and after the sitemap and the CMS bundle are written
 * (astro.config.mjs lists the integrations in that order), which would
 * otherwise be removed and written again every build.
 *
 * The search index's folder is left to the step that writes it
 * (src/integrations/pagefind.ts), which works the same way with what
 * Pagefind hands back: writeChangedFiles, then removeAllBut. Pagefind names
 * most of its files by their content, so an unchanged page's fragment is
 * the same file every build; written in place, the step took 2.9 s at
 * 1,000 items against 3.4–3.5 s into an emptied folder.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_MARK } from '../lib/build-output.ts';

/** Never touched, as Astro's own emptying leaves it: a deployment may keep the output under git. */
const KEPT = ['.git'];

/**
 * Removes every file under `dir` (but the top-level folders `skip`) for which
 * `remove` says so (given its path relative to `dir`, with "/"), then the
 * folders left empty; returns the removed files' relative paths, sorted.
 */
function removeFiles(dir: string, remove: (path: string, absolute: string) => boolean, skip: readonly string[] = []): string[] {
  let top: Dirent[];
  try {
    top = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const entries = top
    .filter((entry) => !skip.includes(entry.name))
    .flatMap((entry) => (entry.isDirectory() ? [entry, ...readdirSync(join(dir, entry.name), { recursive: true, withFileTypes: true })] : [entry]));
  const removed: string[] = [];
  const folders: string[] = [];
  for (const entry of entries) {
    const absolute = join(entry.parentPath, entry.name);
    const path = relative(dir, absolute).split(sep).join('/');
    if (entry.isDirectory()) folders.push(absolute);
    else if (remove(path, absolute)) {
      unlinkSync(absolute);
      removed.push(path);
    }
  }
  // Deepest first, so a folder whose subfolders all went goes too.
  for (const folder of folders.sort((a, b) => b.length - a.length)) if (readdirSync(folder).length === 0) rmdirSync(folder);
  return removed.sort();
}

/** Writes the mark of a build's start into `outDir` (made if missing), afresh: one a failed build left is removed first, so its time is now. */
export function markBuildStart(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  rmSync(join(outDir, BUILD_MARK), { force: true });
  writeFileSync(join(outDir, BUILD_MARK), '');
}

/**
 * Removes from `outDir` every file older than the mark written when the build
 * started (markBuildStart), then the folders left empty, then the mark;
 * the top-level folders `leave` (written in place by a step of their own) are
 * not looked at. Returns the removed files' paths relative to `outDir`,
 * sorted. Throws, naming the mark, when it is missing: without it files left
 * from an earlier build cannot be told from the build's own.
 */
export function removeStaleOutput(outDir: string, leave: readonly string[] = []): string[] {
  const mark = join(outDir, BUILD_MARK);
  let started: number;
  try {
    started = statSync(mark).mtimeMs;
  } catch {
    throw new Error(`output-in-place: ${mark} is missing, so the files left in ${outDir} by an earlier build cannot be told from this build's; build again`);
  }
  const removed = removeFiles(outDir, (_, absolute) => absolute !== mark && lstatSync(absolute).mtimeMs < started, [...KEPT, ...leave]);
  rmSync(mark);
  return removed;
}

/** Whether the file at `path` holds exactly `content` (false when there is none). */
function holds(path: string, content: Uint8Array): boolean {
  try {
    return statSync(path).size === content.length && readFileSync(path).equals(content);
  } catch {
    return false;
  }
}

/**
 * Writes `files` (paths relative to `root`, with "/") under `root`, each only
 * where the file there does not already hold the same bytes, so that an
 * unchanged file is neither made again nor written. Returns how many were
 * written. Throws, naming the file, when one cannot be written.
 */
export function writeChangedFiles(root: string, files: readonly { path: string; content: Uint8Array }[]): number {
  const folders = new Set<string>();
  let written = 0;
  for (const file of files) {
    const path = join(root, file.path);
    if (holds(path, file.content)) continue;
    try {
      const folder = dirname(path);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      writeFileSync(path, file.content);
    } catch (error) {
      throw new Error(`could not write ${path}: ${(error as Error).message}`, { cause: error });
    }
    written += 1;
  }
  return written;
}

/**
 * Removes every file under `root`/`folder` whose path from `root` is not in
 * `kept`, then the folders left empty; returns the removed paths (from
 * `root`), sorted.
 */
export function removeAllBut(root: string, folder: string, kept: ReadonlySet<string>): string[] {
  return removeFiles(join(root, folder), (path) => !kept.has(`${folder}/${path}`)).map((path) => `${folder}/${path}`);
}

/** `leave`: top-level folders of the output a step of their own writes in place (the search index). */
export default function outputInPlace({ leave = [] }: { leave?: readonly string[] } = {}): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'output-in-place',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // Astro's incremental build leaves pages it skips as they are, older than the mark: they would be removed.
        if ((config.experimental as { incrementalBuild?: unknown } | undefined)?.incrementalBuild) throw new Error('output-in-place: experimental.incrementalBuild keeps pages from the last build as they are, which this integration would take for left-overs and remove; turn one of them off');
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (outDir) markBuildStart(outDir);
      },
      'astro:build:done': ({ logger }) => {
        // The folder the mark went into (a static site's whole output).
        if (!outDir) return;
        const removed = removeStaleOutput(outDir, leave);
        const named = removed.length > 0 ? ` (${removed.slice(0, 3).join(', ')}${removed.length > 3 ? ', …' : ''})` : '';
        logger.info(`output written over the previous build's: ${removed.length} files it left removed${named}`);
      },
    },
  };
}
