/**
 * Reads content files the way the build does (src/lib/content-data.ts), for
 * tests that validate single files without a build.
 */
import { readFileSync } from 'node:fs';
import { readContentData as readData } from '../../src/lib/content-data.ts';

export function readContentData(path: string): unknown {
  return readData(readFileSync(path, 'utf8'), path);
}
