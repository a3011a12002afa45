/**
 * Builds the real site (content/) once before any test file runs, and tells
 * the tests where it is through vitest's provide/inject.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folder of the real site's build. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const { outDir } = await buildSite({ key: 'site' });
  project.provide('siteDir', outDir);
}
