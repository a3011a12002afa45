/**
 * Content folders assembled for one build: the real site's skeleton (settings,
 * tags, plans, events: every folder but the written pieces and their images) plus the files a fixture adds or
 * replaces. Fixtures then hold only what they are about; the benchmark uses
 * the same skeleton under its synthetic corpus.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FOLDERS } from '../../src/lib/content-folders.ts';
import { ROOT, TEST_TMP } from './build-site.ts';

/** What a fixture brings itself: the written pieces and their images. Every other folder of content/ is skeleton. */
const FIXTURE_OWN: readonly string[] = [CONTENT_FOLDERS.news, CONTENT_FOLDERS.articles, CONTENT_FOLDERS.images];

/** Copies the real content skeleton into `target` (emptied first), then each overlay folder on top. */
export function assembleContent(target: string, overlays: readonly string[] = []): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'content'), { withFileTypes: true })) {
    if (entry.isDirectory() && !FIXTURE_OWN.includes(entry.name)) cpSync(join(ROOT, 'content', entry.name), join(target, entry.name), { recursive: true });
  }
  for (const overlay of overlays) cpSync(join(ROOT, overlay), target, { recursive: true });
  return target;
}

/** A content folder for a test build: the skeleton plus a fixture folder, under the tests' scratch space. */
export function fixtureContent(key: string, fixture: string): string {
  return assembleContent(join(TEST_TMP, `${key}-content`), [fixture]);
}
