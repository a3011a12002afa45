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
 * writes a mark into the output folder (BUILD_MARK). Every file the build
 * writes is newer than the mark; when the build is done, every file older
 * than it is left from an earlier build (the page of an item since deleted,
 * the variants of a photo replaced, the previous search index) and is removed,
 * with the folders it leaves empty. A file's time and the mark's come from the
 * same kernel clock on the same file system (a coarse clock, which can be
 * milliseconds behind `Date.now()`, so the mark is a file rather than a time
 * taken here). The search index reads every page of the folder, so this runs
 * before it, and after the sitemap and the CMS bundle are written
 * (astro.config.mjs lists the integrations in that order), which would
 * otherwise be removed and written again every build.
 */
import { lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The mark of a build's start, in the output folder while the build runs. */
export const BUILD_MARK = '.build-started';

/** Never touched, as Astro's own emptying leaves it: a deployment may keep the output under git. */
const KEPT = new Set(['.git']);

/** Writes the mark of a build's start into `outDir` (made if missing). */
export function markBuildStart(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, BUILD_MARK), '');
}

/**
 * Removes from `outDir` every file older than the mark written when the build
 * started (markBuildStart), then the folders left empty, then the mark.
 * Returns the removed files' paths relative to `outDir`, sorted. Throws,
 * naming the mark, when it is missing: without it files left from an earlier
 * build cannot be told from the build's own.
 */
export function removeStaleOutput(outDir: string): string[] {
  const mark = join(outDir, BUILD_MARK);
  let started: number;
  try {
    started = statSync(mark).mtimeMs;
  } catch {
    throw new Error(`output-in-place: ${mark} is missing, so the files left in ${outDir} by an earlier build cannot be told from this build's; build again`);
  }
  const entries = readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => !KEPT.has(entry.name))
    .flatMap((entry) => (entry.isDirectory() ? [entry, ...readdirSync(join(outDir, entry.name), { recursive: true, withFileTypes: true })] : [entry]));
  const removed: string[] = [];
  const folders: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) folders.push(path);
    else if (path !== mark && lstatSync(path).mtimeMs < started) {
      unlinkSync(path);
      removed.push(relative(outDir, path).split(sep).join('/'));
    }
  }
  // Deepest first, so a folder whose subfolders all went goes too.
  for (const folder of folders.sort((a, b) => b.length - a.length)) if (readdirSync(folder).length === 0) rmdirSync(folder);
  rmSync(mark);
  return removed.sort();
}

export default function outputInPlace(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'output-in-place',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (outDir) markBuildStart(outDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const removed = removeStaleOutput(fileURLToPath(dir));
        const named = removed.length > 0 ? ` (${removed.slice(0, 3).join(', ')}${removed.length > 3 ? ', …' : ''})` : '';
        logger.info(`output written over the previous build's: ${removed.length} files it left removed${named}`);
      },
    },
  };
}
