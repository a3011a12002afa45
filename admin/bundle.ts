/**
 * The CMS bundle (Decap CMS with admin/app, about 5 MB of JavaScript) built by
 * Vite on its own, outside the site build, into a folder of the build cache
 * with a manifest of every source file it was made from and that file's hash.
 * While none of them (nor package-lock.json, which pins every package in it)
 * changes, the site build reuses the folder instead of bundling Decap again
 * (src/integrations/admin-bundle.ts). Run as a script in a process of its own,
 * so its memory is given back before the site build starts:
 *   node admin/bundle.ts <project root> <output folder>
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a bundle folder holds besides its files: how to load it and what it was made from. */
export interface BundleManifest {
  /** The entry script's URL path on the site, e.g. /_astro/cms/cms.Ab12.js. */
  script: string;
  /** Project-relative source path → SHA-256 of its content when the bundle was made. */
  inputs: Record<string, string>;
}

export const MANIFEST = 'manifest.json';
/** The entry, also what the dev server loads directly. */
export const ENTRY = 'admin/app/main.ts';
/** Always an input: it fixes every package version inside the bundle. */
const LOCKFILE = 'package-lock.json';

export function fileHash(path: string): string | undefined {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : undefined;
}

/** The bundle in `dir` when it was made from exactly the files now in `root`; undefined when it must be rebuilt. */
export function freshBundle(root: string, dir: string): BundleManifest | undefined {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return undefined;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BundleManifest;
  const unchanged = Object.entries(manifest.inputs).every(([file, hash]) => fileHash(join(root, file)) === hash);
  return unchanged ? manifest : undefined;
}

/** Bundles the CMS into `dir` (replacing what was there) and writes its manifest. */
export async function buildBundle(root: string, dir: string): Promise<BundleManifest> {
  const { build } = await import('vite');
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  const output = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      outDir: building,
      emptyOutDir: true,
      copyPublicDir: false,
      // As for the site (astro.config.mjs): scripts are files, never inlined.
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        input: { cms: join(root, ENTRY) },
        output: { entryFileNames: '_astro/cms/[name].[hash].js', chunkFileNames: '_astro/cms/[name].[hash].js', assetFileNames: '_astro/cms/[name].[hash][extname]' },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : []));
  const entry = chunks.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  if (!entry) throw new Error('admin bundle: Vite produced no entry script');
  // Our own sources (admin/, src/ files it imports) by hash; packages through the lockfile.
  const sources = chunks.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []))
    .map((id) => id.split('?')[0] ?? id)
    .filter((id) => isAbsolute(id) && !id.includes('/node_modules/') && existsSync(id))
    .map((id) => relative(root, id));
  const inputs = Object.fromEntries([...new Set([...sources, LOCKFILE])].sort().map((file) => [file, fileHash(join(root, file)) ?? '']));
  const manifest: BundleManifest = { script: `/${entry.fileName}`, inputs };
  writeFileSync(join(building, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [root, dir] = process.argv.slice(2);
  if (!root || !dir) throw new Error('usage: node admin/bundle.ts <project root> <output folder>');
  await buildBundle(root, dir);
}
