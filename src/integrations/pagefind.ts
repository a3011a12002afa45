/**
 * The search index: Pagefind (its Node API) over a built site, into
 * <outDir>/pagefind.
 *
 * Two ways to run it, one function: as an Astro integration at the end of
 * `astro build` (so every test build and a bare `astro build` come with
 * search), or on its own after Astro has exited, which is what `npm run
 * build` does (`SEARCH_INDEX=after-build astro build && node
 * src/integrations/pagefind.ts`): Pagefind's peak memory then no longer
 * stacks on Astro's, whose heap is still held when its last hook runs.
 *
 * Only pages that mark their main content with data-pagefind-body are read:
 * item pages (news, articles, events, plans), which BaseLayout marks when the
 * page passes its search facets. Everything else (lists, tags, 404, /admin,
 * /tim-kiem/) is never sent to Pagefind. Pages go through indexableHtml first,
 * so that Pagefind's service parses only the parts it reads, "đ" folds like
 * the other Vietnamese marks and no two words run together
 * (src/lib/search/index-html.ts).
 *
 * Two indexes are written: the full text into <outDir>/pagefind, and a
 * summary index (each page's title, lead and facets only: summaryHtml) into
 * <outDir>/pagefind/tom-tat (src/lib/search/bundles.ts), which the search page
 * queries first. Its word chunks hold a few dozen positions per page instead
 * of hundreds, so a first query on a phone moves a fraction of the bytes
 * (README, "Search"). The summary bundle keeps its own entry, metadata,
 * chunks, fragments, filters and WebAssembly; the page loads Pagefind's script
 * from the full bundle and opens each bundle as an instance of its own, so the
 * summary's copy of the script is removed. Last, the search page's head
 * names the summary index's files so they load with the page
 * (src/lib/search/preload.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { FULL_TEXT_BUNDLE, SUMMARY_BUNDLE } from '../lib/search/bundles.ts';
import { indexableHtml, summaryHtml } from '../lib/search/index-html.ts';
import { summaryPreloadLinks, withPreloadLinks, type PagefindEntry } from '../lib/search/preload.ts';
import { urls } from '../lib/urls.ts';

/**
 * Pagefind's ready-made search UIs, which it writes next to the index (the
 * site has its own page), and its worker (the page runs Pagefind without one:
 * src/scripts/search/pagefind.ts).
 */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;
/** In the summary bundle, Pagefind's script too: the page loads the full bundle's. */
const UNUSED_IN_SUMMARY = /^pagefind\.js$/;

/**
 * How many pages are read ahead, and handed to Pagefind before waiting for it.
 * Pages reach Pagefind in path order, whichever read ends first: the order it
 * numbers them in is written into the index, so the same site gives the same
 * index files every build (handed over as reads ended, it did not).
 */
const IN_FLIGHT = 32;

/** `SEARCH_INDEX=after-build`: the integration leaves indexing to a separate run of this file. */
const AFTER_BUILD = 'after-build';

/** The URL a built page is served at: "tin-tuc/a/index.html" → "/tin-tuc/a/". */
function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every page is indexed as Vietnamese (the site's lang), whatever Pagefind would guess. */
const LANGUAGE = 'vi';

async function createVietnameseIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

async function add(index: pagefind.PagefindIndex, url: string, content: string, file: string): Promise<void> {
  const added = await index.addHTMLFile({ url, content });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
}

async function write(index: pagefind.PagefindIndex, outputPath: string, unused: RegExp[]): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  for (const file of readdirSync(written.outputPath)) if (unused.some((pattern) => pattern.test(file))) rmSync(join(written.outputPath, file));
}

/** Names the summary index's files in the search page's head, so they load with the page (src/lib/search/preload.ts). */
async function preloadSummary(outDir: string): Promise<void> {
  const entry = JSON.parse(await readFile(join(outDir, SUMMARY_BUNDLE, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const file = join(outDir, urls.search(), 'index.html');
  await writeFile(file, withPreloadLinks(await readFile(file, 'utf8'), summaryPreloadLinks(entry, LANGUAGE), file));
}

/** Indexes the built site in `outDir` (full text and summaries); returns how many pages went into the index. */
export async function indexSite(outDir: string): Promise<number> {
  try {
    const full = await createVietnameseIndex();
    const summary = await createVietnameseIndex();
    let pages = 0;
    const files = htmlFiles(outDir);
    const read = (file: string) => readFile(join(outDir, file), 'utf8');
    const reading = files.slice(0, IN_FLIGHT).map(read);
    const adding: Promise<unknown>[] = [];
    for (const [i, file] of files.entries()) {
      const html = await reading.shift()!;
      const next = files[i + IN_FLIGHT];
      if (next) reading.push(read(next));
      if (!html.includes('data-pagefind-body')) continue;
      adding.push(Promise.all([add(full, pageUrl(file), indexableHtml(html), file), add(summary, pageUrl(file), summaryHtml(html), file)]));
      pages += 1;
      if (adding.length >= IN_FLIGHT) await adding.shift();
    }
    await Promise.all(adding);
    await write(full, join(outDir, FULL_TEXT_BUNDLE), [UNUSED]);
    await write(summary, join(outDir, SUMMARY_BUNDLE), [UNUSED, UNUSED_IN_SUMMARY]);
    await preloadSummary(outDir);
    return pages;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX === AFTER_BUILD) {
          logger.info('search index left to `node src/integrations/pagefind.ts` after the build (SEARCH_INDEX=after-build)');
          return;
        }
        const started = performance.now();
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

// `node src/integrations/pagefind.ts [outDir]`: index a finished build (default: ASTRO_OUT_DIR, as astro.config.mjs, else dist).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist');
  const started = performance.now();
  const pages = await indexSite(outDir);
  console.log(`[pagefind-index] indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms`);
}
