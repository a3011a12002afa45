/**
 * The bare baseline the benchmark compares against: the smallest Astro site
 * over the same corpus (one content collection, one page per item, its title
 * and body), generated in the temporary folder and built with this project's
 * Astro. Our cost shows as the ratio between the two builds.
 *
 * With `routes`, the floor (npm run bench -- --floor): the same bare site
 * given as many routes as the site has, so that what Astro charges per route
 * is told apart from what the site does in each: one JSON endpoint per item
 * (its id and title, as the site's API records) and trivial pages for the rest.
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

const FLOOR_RECORD = `import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('items')).map((item) => ({ params: { id: item.id }, props: { title: item.data.title } }));
}
export const GET = ({ params, props }) => new Response(JSON.stringify({ id: params.id, title: props.title }));
`;

const FLOOR_PAGE = (routes: number) => `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  const items = (await getCollection('items')).length;
  return Array.from({ length: Math.max(0, ${routes} - 2 * items) }, (_, n) => ({ params: { n: String(n) } }));
}
const { n } = Astro.params;
---
<!doctype html>
<html lang="vi"><head><meta charset="utf-8" /><title>Trang {n}</title></head>
<body><h1>Trang {n}</h1></body></html>
`;

/** Writes the baseline project into `dir` (using `nodeModules` through a link) and returns its root; with `routes`, the floor. */
export function writeBaseline(dir: string, contentDir: string, nodeModules: string, routes?: number): string {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG(contentDir));
  writeFileSync(join(dir, 'src/pages/[...id].astro'), PAGE);
  if (routes !== undefined) {
    mkdirSync(join(dir, 'src/pages/api'));
    mkdirSync(join(dir, 'src/pages/trang'));
    writeFileSync(join(dir, 'src/pages/api/[...id].json.ts'), FLOOR_RECORD);
    writeFileSync(join(dir, 'src/pages/trang/[n].astro'), FLOOR_PAGE(routes));
  }
  return dir;
}
