/**
 * What one `npm test` run leaves outside its own build folder, by name, so
 * that global-setup.ts removes it when the run ends: the locks of shared
 * fixture builds (build-site.ts) and the copies of the repository the CMS
 * tests run in (cms-stack.ts). A run is named by global-setup.ts and told to
 * the test files as `inject('testRun')`; a rerun in watch mode gets a new
 * name, so nothing built for the last one is reused.
 */
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new run's name: the process and the time, so two runs at once never share one. */
export function newTestRun(): string {
  return `${process.pid}-${Date.now()}`;
}

/** The folder one fixture build's lock is, in `testTmp`: taken while the build is made (build-site.ts). */
export function buildLock(testTmp: string, key: string, run: string): string {
  return join(testTmp, `${key}.${run}.lock`);
}

/** The start of the name of every copy of the repository a run's CMS tests make in the system's temporary folder. */
export function cmsCopyPrefix(run: string): string {
  return `cms-e2e-${run}-`;
}

/** Removes what the runs named `runs` left: build locks in `testTmp` (a test file that stopped while building) and CMS copies. */
export function removeRunLeftovers(testTmp: string, runs: readonly string[]): void {
  const names = (dir: string) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  for (const run of runs) {
    for (const name of names(testTmp)) if (name.endsWith(`.${run}.lock`)) rmSync(join(testTmp, name), { recursive: true, force: true });
    for (const name of names(tmpdir())) if (name.startsWith(cmsCopyPrefix(run))) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}
