/**
 * Builds the real site (content/) once before any test file runs, and tells
 * the tests where it is through vitest's provide/inject. Each test run builds
 * into a folder of its own (by process id), so two runs at once never share
 * a build; the folder is removed when the run ends, with the run's copies of
 * the repository for the CMS tests (cms-stack.ts).
 */
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildOnce } from './build-site.ts';
import { CMS_COPY_PREFIX } from './cms-stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folder of the real site's build. */
    siteDir: string;
    /** What that build printed (stdout and stderr), for checks on its warnings. */
    siteLog: string;
    /** This run's name: a fixture build made in it is reused by every test file (build-site.ts). */
    testRun: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const { outDir, log } = await buildOnce({ key: `site-${process.pid}` });
  project.provide('siteDir', outDir);
  project.provide('siteLog', log);
  const run = `${process.pid}-${Date.now()}`;
  project.provide('testRun', run);
  return () => {
    rmSync(dirname(outDir), { recursive: true, force: true });
    for (const name of readdirSync(tmpdir())) if (name.startsWith(`${CMS_COPY_PREFIX}${run}-`)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  };
}
