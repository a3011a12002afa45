/**
 * Builds the real site (content/) once before any test file runs, and tells
 * the tests where it is through vitest's provide/inject. Each test run builds
 * into a folder of its own (by process id), so two runs at once never share
 * a build; the folder is removed when the run ends.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folder of the real site's build. */
    siteDir: string;
    /** What that build printed (stdout and stderr), for checks on its warnings. */
    siteLog: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const { outDir, log } = await buildSite({ key: `site-${process.pid}` });
  project.provide('siteDir', outDir);
  project.provide('siteLog', log);
  return () => rmSync(dirname(outDir), { recursive: true, force: true });
}
