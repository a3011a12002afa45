/** admin/bundle.ts: a CMS bundle is reused exactly while every file it was made from, and the lockfile, is unchanged. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileHash, freshBundle, MANIFEST, type BundleManifest } from '../../admin/bundle.ts';

let root: string;
let dir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cms-bundle-'));
  dir = join(root, '.cache/admin-bundle');
  mkdirSync(join(root, 'admin/app'), { recursive: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, 'admin/app/main.ts'), 'CMS.init();\n');
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  const manifest: BundleManifest = {
    script: '/_astro/cms/cms.abc.js',
    inputs: Object.fromEntries(['admin/app/main.ts', 'package-lock.json'].map((file) => [file, fileHash(join(root, file)) ?? ''])),
  };
  writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('freshBundle', () => {
  it('reuses the bundle while its sources and the lockfile are unchanged', () => {
    expect(freshBundle(root, dir)?.script).toBe('/_astro/cms/cms.abc.js');
  });

  it('rebuilds when a source changes, the lockfile changes, a source is gone, or there is no bundle yet', () => {
    writeFileSync(join(root, 'admin/app/main.ts'), 'CMS.init({});\n');
    expect(freshBundle(root, dir)).toBeUndefined();
    writeFileSync(join(root, 'admin/app/main.ts'), 'CMS.init();\n');
    expect(freshBundle(root, dir)).toBeDefined();
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
    expect(freshBundle(root, dir)).toBeUndefined();
    rmSync(join(root, 'package-lock.json'));
    expect(freshBundle(root, dir)).toBeUndefined();
    expect(freshBundle(root, join(root, 'elsewhere'))).toBeUndefined();
  });
});
