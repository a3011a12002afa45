/**
 * Builds the real site (content/) once before any test file runs, and tells
 * the tests where it is through vitest's provide/inject. Each test run builds
 * into a folder of its own (by process id), so two runs at once never share
 * a build; the folder is removed when the run ends, with what the run left
 * elsewhere (test-run.ts).
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildOnce, TEST_TMP } from './build-site.ts';
import { newTestRun, removeRunLeftovers } from './test-run.ts';

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
  const runs = [newTestRun()];
  project.provide('testRun', runs[0]!);
  // Watch mode: a rerun may follow a change to src/, so its fixture builds are made again.
  project.onTestsRerun(() => {
    runs.push(newTestRun());
    project.provide('testRun', runs.at(-1)!);
  });
  return () => {
    rmSync(dirname(outDir), { recursive: true, force: true });
    removeRunLeftovers(TEST_TMP, runs);
  };
}
