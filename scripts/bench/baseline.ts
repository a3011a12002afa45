/**
 * The bare baseline the benchmark compares against: the smallest Astro site
 * over the same corpus (one content collection, one page per item, its title
 * and body), generated in the temporary folder and built with this project's
 * Astro. Our cost shows as the ratio between the two builds.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FOLDERS } from '../../src/lib/content-folders.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ outDir: process.env.ASTRO_OUT_DIR, cacheDir: process.env.ASTRO_CACHE_DIR });
`;

const CONTENT_CONFIG = (contentDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  items: defineCollection({
    loader: glob({ pattern: '{${CONTENT_FOLDERS.news},${CONTENT_FOLDERS.articles}}/*.md', base: ${JSON.stringify(contentDir)} }),
    schema: z.object({ title: z.string() }),
  }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('items')).map((item) => ({ params: { id: item.id }, props: { item } }));
}
const { item } = Astro.props;
const { Content } = await render(item);
---
<!doctype html>
<html lang="vi"><head><meta charset="utf-8" /><title>{item.data.title}</title></head>
<body><h1>{item.data.title}</h1><Content /></body></html>
`;

/** Writes the baseline project into `dir` (using `nodeModules` through a link) and returns its root. */
export function writeBaseline(dir: string, contentDir: string, nodeModules: string): string {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG(contentDir));
  writeFileSync(join(dir, 'src/pages/[...id].astro'), PAGE);
  return dir;
}
