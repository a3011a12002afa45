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
 * /tim-kiem/) is never sent to Pagefind. Pages go through searchDocuments first,
 * so that Pagefind's service parses only the parts it reads, "đ" folds like
 * the other Vietnamese marks and no two words run together
 * (src/lib/search/index-html.ts).
 *
 * The indexes written (paths: src/lib/search/bundles.ts): a summary index
 * (each page's title, lead and facets only: searchDocuments; of the newest
 * years that hold at least 500 pages, or of every year: scope.ts,
 * summaryYears) into <outDir>/pagefind/tom-tat, which the search page
 * queries first, and the full
 * text as one index per year (the page's `year` filter, which every item
 * page passes: a page without one is an error; a year after the build's goes
 * into the build year's index: bundles.ts, fullTextIndexYear) into
 * <outDir>/pagefind/nam-<year>, which the page searches newest first until a
 * page of results is filled (src/lib/search/scope.ts). So a first query on a
 * phone moves the word chunks of titles and leads, then of a year or two,
 * rather than of everything (README, "Search"). Each bundle keeps its own
 * entry, metadata, chunks (with the list of them the page reads:
 * src/lib/search/prefix-chunks.ts), fragments and filters; the page opens each as a
 * Pagefind instance of its own from one copy of Pagefind's script
 * (/pagefind/pagefind.js, the summary's, moved up).
 *
 * The pages marked for search are listed with their years first. An index
 * whose pages and code are those of an index in the build cache is written
 * from there (src/lib/search/index-cache.ts: a warm rebuild of an unchanged
 * site runs no Pagefind, and publishing one item builds the summary and its
 * year). Then, unless the summary was in the cache, this
 * thread's Pagefind service builds the summary while the pages are read
 * again and prepared, each page as it is ready; then the years' indexes are
 * shared out between one service per core (src/lib/search/index-lanes.ts):
 * this thread's after the summary, and a worker thread's for each further
 * core (src/integrations/pagefind-service.ts). A service adds and writes one
 * page at a time on one core, so with one service the summary and the years
 * queued behind each other (README, "Build cost"). Each index still gets its
 * pages in path order from a single service, so the files are the same
 * whatever the number of cores (tests/integrations/pagefind-services.test.ts).
 *
 * What the site publishes of each index (without Pagefind's ready-made UIs,
 * one script for all, a year's WebAssembly as a 12-byte marker) is
 * src/lib/search/bundle-files.ts. It is written in place, over the last
 * build's index: a file that holds the same bytes is left as it is (Pagefind
 * names most files by their content, so an unchanged page's fragment is the
 * same file every build), and whatever else is in the search folder is then
 * removed (src/integrations/output-in-place.ts, which leaves this folder to
 * this step). Last, the search page's head names the summary index's files,
 * so they load with the page, the years there are and those the summary
 * holds (src/lib/search/preload.ts).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { join, relative, resolve, sep } from 'node:path';
import { arch, availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fullTextIndexYear, PAGEFIND_SCRIPT, SEARCH_FOLDER, sitePath, SUMMARY_BUNDLE, yearBundle } from '../lib/search/bundles.ts';
import { toCivilDate } from '../lib/dates.ts';
import { buildMoment } from '../lib/publishing.ts';
import { indexedYear, markedForSearch, searchDocuments } from '../lib/search/index-html.ts';
import { checkServices, indexCost, shareOutIndexes } from '../lib/search/index-lanes.ts';
import { checkSummaryMinPages, SUMMARY_MIN_PAGES, summaryYears } from '../lib/search/scope.ts';
import { searchPageHead, withPreloadLinks, type PagefindEntry } from '../lib/search/preload.ts';
import { urls } from '../lib/urls.ts';
import { buildIndexes, buildIndexesInWorker, checkChunkLocations, INDEX_CHUNK_LOCATIONS, INDEX_LANGUAGE, type IndexCacheEntry, type IndexJob, type IndexPage, type StreamedIndexJob } from './pagefind-service.ts';
import { removeAllBut, writeChangedFiles } from './output-in-place.ts';
import { buildCacheDir } from '../lib/build-cache.ts';
import type { IndexFile } from '../lib/search/bundle-files.ts';
import { INDEX_CACHE_FOLDER, indexCacheFile, indexFingerprint, indexKey, pageFingerprint, unpackIndex } from '../lib/search/index-cache.ts';

/** How many built pages are read ahead of the one being prepared. */
export const READ_AHEAD = 32;

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

/** Names the summary index's files, the newest year's entry, the years indexed and those the summary holds in the search page's head (src/lib/search/preload.ts). */
async function writeSearchHead(outDir: string, years: readonly string[], summaryYears: readonly string[]): Promise<void> {
  const readEntry = async (bundle: string) => JSON.parse(await readFile(join(outDir, bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const newestYear = years[0];
  const newest = newestYear === undefined ? undefined : { bundle: yearBundle(newestYear), entry: await readEntry(yearBundle(newestYear)) };
  const file = join(outDir, urls.search(), 'index.html');
  await writeFile(file, withPreloadLinks(await readFile(file, 'utf8'), searchPageHead(await readEntry(SUMMARY_BUNDLE), INDEX_LANGUAGE, years, summaryYears, newest), file));
}

/** The Pagefind services the indexes are shared out between: one per core (src/lib/search/index-lanes.ts). */
const SERVICES = availableParallelism();

/** Each of `pages` (a file of the built site in `outDir`, and whatever else it carries) with the file's text, in the order given, `READ_AHEAD` read ahead. */
async function* readInOrder<Page extends { file: string }>(outDir: string, pages: readonly Page[]): AsyncGenerator<{ page: Page; html: string }> {
  const read = ({ file }: Page) => {
    const reading = readFile(join(outDir, file), 'utf8');
    // Awaited below, in order; until then (or when the reader stops early) a failure must not count as unhandled.
    reading.catch(() => undefined);
    return reading;
  };
  const reading = pages.slice(0, READ_AHEAD).map(read);
  for (const [i, page] of pages.entries()) {
    const html = await reading.shift()!;
    const next = pages[i + READ_AHEAD];
    if (next) reading.push(read(next));
    yield { page, html };
  }
}

/** A built page marked for search (its file in the output folder), the year of the full-text index it goes into, and its pageFingerprint when indexes are kept between builds. */
interface SearchedPage {
  file: string;
  year: string;
  fingerprint?: string;
}

/**
 * The pages of the built site in `outDir` marked for search, in path order,
 * each with the year of its full-text index (a page dated after the build's
 * year, Vietnam time, goes into the build year's: bundles.ts) and, when
 * `fingerprinted`, its pageFingerprint (src/lib/search/index-cache.ts). Read
 * before anything is indexed, so the summary knows which years it holds
 * (scope.ts, summaryYears) before its first page; throws naming the file of
 * a page without a year.
 */
async function searchedPages(outDir: string, fingerprinted: boolean): Promise<SearchedPage[]> {
  const buildYear = toCivilDate(buildMoment()).slice(0, 4);
  const pages: SearchedPage[] = [];
  for await (const { page: { file }, html } of readInOrder(outDir, htmlFiles(outDir).map((file) => ({ file })))) {
    if (markedForSearch(html)) pages.push({ file, year: fullTextIndexYear(indexedYear(html, file), buildYear), ...(fingerprinted ? { fingerprint: pageFingerprint(html) } : {}) });
  }
  return pages;
}

/** Pages by the year of their full-text index, newest year first. */
function pagesByYear(pages: readonly SearchedPage[]): Map<string, SearchedPage[]> {
  const years = new Map<string, SearchedPage[]>();
  for (const page of pages) {
    const held = years.get(page.year);
    if (held) held.push(page);
    else years.set(page.year, [page]);
  }
  return new Map([...years].sort(([a], [b]) => b.localeCompare(a)));
}

/**
 * Prepares the `pages` of the built site in `outDir` for the indexes, in
 * path order, so the same site gives the same files every build: each page's
 * summary document is handed to `summary` as soon as it is ready (indexSite
 * builds the summary index meanwhile, and stops the reading by throwing
 * there), and the full text of the pages of `years` is returned as one
 * index per year, newest first. A fingerprinted page whose file no longer
 * holds what was fingerprinted when the pages were listed (something wrote
 * the output meanwhile) is named in `changed`: its indexes are then built
 * from what is there now but not kept under the key of what was there.
 */
async function prepareIndexes(outDir: string, pages: readonly SearchedPage[], years: ReadonlyMap<string, Omit<IndexJob, 'pages'>>, summary: (page: IndexPage, year: string) => void): Promise<{ jobs: IndexJob[]; changed: SearchedPage[] }> {
  const jobs = new Map([...years].map(([year, job]) => [year, { ...job, pages: [] as IndexPage[] }]));
  const changed: SearchedPage[] = [];
  for await (const { page, html } of readInOrder(outDir, pages)) {
    const { file, year } = page;
    if (page.fingerprint !== undefined && pageFingerprint(html) !== page.fingerprint) changed.push(page);
    const url = pageUrl(file);
    const documents = searchDocuments(html);
    jobs.get(year)?.pages.push({ url, content: documents.fullText, file });
    summary({ url, content: documents.summary, file }, year);
  }
  return { jobs: [...jobs.values()], changed };
}

/** What an index's pages cost a Pagefind service (src/lib/search/index-lanes.ts). */
function jobCost(pages: readonly IndexPage[]): number {
  return indexCost(pages.reduce((characters, page) => characters + page.content.length, 0), pages.length);
}

/**
 * The modules whose code decides what an index's files hold, given its
 * pages: every module the search step imports from src/ (this one,
 * pagefind-service.ts and what they import; tests/integrations/pagefind-services.test.ts
 * checks the list against the imports, read by dependency-cruiser) and
 * every module of src/lib/search/.
 */
export function indexCodeModules(): URL[] {
  const searchLib = new URL('../lib/search/', import.meta.url);
  return [
    ...readdirSync(searchLib)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => new URL(name, searchLib)),
    ...['./pagefind.ts', './pagefind-service.ts', './output-in-place.ts', '../data/cache-files.ts', '../lib/build-cache.ts', '../lib/build-output.ts', '../lib/dates.ts', '../lib/publishing.ts', '../lib/slug.ts', '../lib/urls.ts'].map((module) => new URL(module, import.meta.url)),
  ];
}

/**
 * The fingerprint of the code an index is built with (index-cache.ts,
 * indexFingerprint): the modules of indexCodeModules, whole; the project's
 * lockfile (beside src/), which pins Pagefind and the HTML parser; and
 * Pagefind as installed, its package and its binary's (or the binary
 * PAGEFIND_BINARY_PATH names, as Pagefind's loader reads it). Undefined,
 * so that no index is reused or kept, when the lockfile or Pagefind's
 * package cannot be read: a Pagefind upgraded without them would otherwise
 * keep an old index's script beside new indexes.
 */
async function indexCode(): Promise<string | undefined> {
  try {
    const pagefindPackage = new URL('../package.json', import.meta.resolve('pagefind'));
    const binaryPackage = createRequire(pagefindPackage).resolve(`@pagefind/${process.platform === 'win32' ? 'windows' : process.platform}-${process.env.npm_config_arch || arch()}/package.json`);
    const installed = await Promise.all([new URL('../../package-lock.json', import.meta.url), pagefindPackage, binaryPackage].map((file) => readFile(file, 'utf8')));
    const sources = await Promise.all(indexCodeModules().map((module) => readFile(module, 'utf8')));
    return indexFingerprint(sources, [...installed, process.env.PAGEFIND_BINARY_PATH ?? ''].join('\n'));
  } catch {
    return undefined;
  }
}

/**
 * For each of `bundles` (its pages, in order), its cache file under
 * `cacheDir` with its key for code fingerprinted `code`, and, when that file
 * holds the bundle's files under that key, the files (`cached`).
 */
async function cachedIndexes(cacheDir: string, code: string, bundles: ReadonlyMap<string, readonly SearchedPage[]>, chunkLocations: number): Promise<{ cache: Map<string, IndexCacheEntry>; cached: Map<string, IndexFile[]> }> {
  const cache = new Map<string, IndexCacheEntry>();
  const cached = new Map<string, IndexFile[]>();
  await Promise.all(
    [...bundles].map(async ([bundle, held]) => {
      const key = indexKey(code, { bundle, language: INDEX_LANGUAGE, chunkLocations, pages: held.map((page) => ({ url: pageUrl(page.file), fingerprint: page.fingerprint! })) });
      const file = join(cacheDir, indexCacheFile(bundle));
      cache.set(bundle, { file, key });
      const files = unpackIndex(await readFile(file).catch(() => undefined), key, sitePath(bundle), bundle === SUMMARY_BUNDLE ? [sitePath(PAGEFIND_SCRIPT)] : []);
      if (files) cached.set(bundle, files);
    }),
  );
  return { cache, cached };
}

/** How the site is indexed: see indexSite. */
export interface IndexOptions {
  /** How many Pagefind services share the indexes out (default: one per core, src/lib/search/index-lanes.ts). */
  services?: number;
  /** The summary holds the newest years with at least this many pages, or every year (SUMMARY_MIN_PAGES; src/lib/search/scope.ts, summaryYears). */
  summaryMinPages?: number;
  /** Word locations per word chunk (INDEX_CHUNK_LOCATIONS in pagefind-service.ts; a test asks for fewer). */
  chunkLocations?: number;
  /** The build cache's folder (src/lib/build-cache.ts): indexes whose pages are unchanged are taken from it and those built are kept there (src/lib/search/index-cache.ts). Without it every index is built. */
  cacheDir?: string;
}

/** What indexSite did: how many pages went into the full text, and the bundles (bundles.ts) built by Pagefind and those taken from the build cache, each list the summary first, then the years newest first. */
export interface IndexReport {
  pages: number;
  built: string[];
  reused: string[];
}

/**
 * Indexes the built site in `outDir` (the summaries of the newest years, or
 * of every year, and the full text by year: IndexOptions). The pages are
 * first listed with their years (and, with a cache, fingerprinted); a bundle
 * whose key is in the cache (src/lib/search/index-cache.ts) is written from
 * there. If the summary is not, this thread's Pagefind service builds it
 * while the pages are read and prepared, page by page, so that preparing
 * them (a few seconds at 10,000 items, on one core) does not leave the
 * other core idle; only the pages of an index to build are prepared. The
 * years to build are then shared out between the services (one per core by
 * default: src/lib/search/index-lanes.ts), this thread's counted as having
 * begun with the summary, and a worker thread's for each further one. One
 * service builds the same files (tests/integrations/pagefind-services.test.ts),
 * and so does the cache. Throws before reading a page when an option is out
 * of range.
 */
export async function indexSite(outDir: string, { services = SERVICES, summaryMinPages = SUMMARY_MIN_PAGES, chunkLocations = INDEX_CHUNK_LOCATIONS, cacheDir }: IndexOptions = {}): Promise<IndexReport> {
  checkServices(services);
  checkSummaryMinPages(summaryMinPages);
  checkChunkLocations(chunkLocations);
  const [pages, code] = await Promise.all([searchedPages(outDir, cacheDir !== undefined), cacheDir === undefined ? undefined : indexCode()]);
  const years = pagesByYear(pages);
  const inSummary = summaryYears(new Map([...years].map(([year, held]) => [year, held.length])), summaryMinPages);
  const summaryHolds = new Set(inSummary);
  const bundles = new Map([[SUMMARY_BUNDLE, pages.filter((page) => summaryHolds.has(page.year))], ...[...years].map(([year, held]) => [yearBundle(year), held] as const)]);
  const { cache, cached } = cacheDir !== undefined && code !== undefined ? await cachedIndexes(cacheDir, code, bundles, chunkLocations) : { cache: new Map<string, IndexCacheEntry>(), cached: new Map<string, IndexFile[]>() };
  const buildSummary = !cached.has(SUMMARY_BUNDLE);
  const yearsToBuild = new Map([...years.keys()].filter((year) => !cached.has(yearBundle(year))).map((year) => [year, { outDir, bundle: yearBundle(year), ...(cache.has(yearBundle(year)) ? { cache: cache.get(yearBundle(year))! } : {}) }]));
  const summaryPages = new PassThrough({ objectMode: true });
  // A failure reaches the summary's reading of the stream through the stream's errored state; its
  // 'error' event, emitted while Pagefind's service may still be starting (nothing reading yet), would end the process.
  summaryPages.on('error', () => undefined);
  const summary: StreamedIndexJob = { outDir, bundle: SUMMARY_BUNDLE, pages: summaryPages, ...(cache.has(SUMMARY_BUNDLE) ? { cache: cache.get(SUMMARY_BUNDLE)! } : {}) };
  const handed = { pages: 0, characters: 0 };
  let shareOutHere: (jobs: IndexJob[]) => void = () => undefined;
  const yearsHere = new Promise<IndexJob[]>((resolve) => (shareOutHere = resolve));
  const here = buildIndexes(
    (async function* () {
      if (buildSummary) yield summary;
      yield* await yearsHere;
    })(),
    chunkLocations,
  );
  /** Set when this thread's service fails (the summary refused): reading stops, and no worker starts. */
  let failedHere: { error: unknown } | undefined;
  // Awaited below; until then (while the pages are read) a failure must not count as unhandled.
  here.catch((error: unknown) => (failedHere = { error }));
  let jobs: IndexJob[];
  try {
    const toPrepare = pages.filter((page) => yearsToBuild.has(page.year) || (buildSummary && summaryHolds.has(page.year)));
    let changed: SearchedPage[];
    ({ jobs, changed } = await prepareIndexes(outDir, toPrepare, yearsToBuild, (page, year) => {
      if (failedHere) throw failedHere.error;
      if (!buildSummary || !summaryHolds.has(year)) return;
      handed.pages += 1;
      handed.characters += page.content.length;
      summaryPages.write(page);
    }));
    for (const page of changed) {
      console.warn(`search index: ${page.file} changed while the site was indexed; the indexes it is in are built from it as it is now, and not kept in the build cache`);
      for (const job of jobs) if (job.bundle === yearBundle(page.year)) delete job.cache;
      if (summaryHolds.has(page.year)) delete summary.cache;
    }
    summaryPages.end();
  } catch (error) {
    summaryPages.destroy(error as Error);
    shareOutHere([]);
    await here.catch(() => undefined);
    throw error;
  }
  const [laneHere = [], ...workerLanes] = shareOutIndexes(jobs.map((job) => jobCost(job.pages)), services, buildSummary ? [indexCost(handed.characters, handed.pages)] : []).map((lane) => lane.map((index) => jobs[index]!));
  shareOutHere(laneHere);
  // Pagefind refused the summary on the last pages read: report that, and start no worker.
  if (failedHere) await here;
  const building = Promise.all([here, ...workerLanes.filter((lane) => lane.length > 0).map((lane) => buildIndexesInWorker(lane, chunkLocations))]);
  // Awaited below, after the cached indexes are written while the services build the others.
  building.catch(() => undefined);
  for (const files of cached.values()) writeChangedFiles(outDir, files);
  const published = (await building).flat();
  removeAllBut(outDir, SEARCH_FOLDER, new Set([...published, ...[...cached.values()].flatMap((files) => files.map((file) => file.path))]));
  if (cacheDir !== undefined) removeUnpublishedIndexes(cacheDir, new Set([...bundles.keys()].map(indexCacheFile)));
  await writeSearchHead(outDir, [...years.keys()], inSummary);
  return {
    pages: pages.length,
    built: [...bundles.keys()].filter((bundle) => !cached.has(bundle)),
    reused: [...bundles.keys()].filter((bundle) => cached.has(bundle)),
  };
}

/**
 * Removes from the build cache the index files (`.bin`) of bundles this
 * build does not publish (`kept`, paths from the cache folder): a year no
 * longer on the site. Anything else there, such as a file another build is
 * writing beside this one, is left alone.
 */
function removeUnpublishedIndexes(cacheDir: string, kept: ReadonlySet<string>): void {
  const folder = join(cacheDir, INDEX_CACHE_FOLDER);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith('.bin') && !kept.has(`${INDEX_CACHE_FOLDER}/${name}`)) rmSync(join(folder, name), { force: true });
}

/** Says what indexSite did, for the build log. */
function indexed({ pages, built, reused }: IndexReport, started: number): string {
  return `indexed ${pages} pages for search in ${Math.round(performance.now() - started)} ms (${built.length} indexes built, ${reused.length} taken from the build cache)`;
}

/** `services`: how many Pagefind services share the indexes out (default: one per core). */
export default function pagefindIndex({ services = SERVICES }: { services?: number } = {}): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX === AFTER_BUILD) {
          logger.info('search index left to `node src/integrations/pagefind.ts` after the build (SEARCH_INDEX=after-build)');
          return;
        }
        const started = performance.now();
        logger.info(indexed(await indexSite(fileURLToPath(dir), { services, cacheDir }), started));
      },
    },
  };
}

// `node src/integrations/pagefind.ts [outDir]`: index a finished build (default: ASTRO_OUT_DIR, as astro.config.mjs, else dist).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? process.env.ASTRO_OUT_DIR ?? 'dist');
  const started = performance.now();
  console.log(`[pagefind-index] ${indexed(await indexSite(outDir, { cacheDir: resolve(buildCacheDir(process.env)) }), started)}`);
}
