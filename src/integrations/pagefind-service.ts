/**
 * One Pagefind service building search indexes one after another: the
 * indexing step of src/integrations/pagefind.ts runs one in its own thread
 * and, when there are more cores, one in each of as many worker threads
 * (src/lib/search/index-lanes.ts). Pagefind's Node API keeps one service
 * process per loaded copy of its module, and a worker thread loads its own,
 * so each thread drives a service of its own and they run side by side.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { writeCacheFile } from '../data/cache-files.ts';
import { publishedFiles, withWordChunks } from '../lib/search/bundle-files.ts';
import { packIndex } from '../lib/search/index-cache.ts';
import { writeChangedFiles } from './output-in-place.ts';

/** An index's cache file and the key its published files are kept under (src/lib/search/index-cache.ts). */
export interface IndexCacheEntry {
  file: string;
  key: string;
}

/** A page as handed to Pagefind: the HTML it reads, the URL it is served at, and the built file it came from (for errors). */
export interface IndexPage {
  url: string;
  content: string;
  file: string;
}

/**
 * One index to build: its pages, in the order Pagefind numbers them, the
 * built site it is written into, its bundle's path there
 * (src/lib/search/bundles.ts) and, when the build keeps indexes, the cache
 * file its published files are kept in under their key
 * (src/lib/search/index-cache.ts).
 */
export interface IndexJob {
  outDir: string;
  bundle: string;
  pages: IndexPage[];
  cache?: IndexCacheEntry;
}

/** An index whose pages are handed over as they are prepared (this thread's service only: a stream does not cross to a worker). */
export interface StreamedIndexJob extends Omit<IndexJob, 'pages'> {
  pages: AsyncIterable<IndexPage>;
}

/** Every page is indexed as Vietnamese (the site's lang), whatever Pagefind would guess. */
export const INDEX_LANGUAGE = 'vi';

/**
 * How many word locations Pagefind puts in one chunk of its word index
 * (`index/*.pf_index`), against its default of 20,000. For each word of a
 * query the browser downloads the whole chunk that holds it, so at the
 * default a syllable cost 25–35 KB at 1,000 items though "khó", "khăn",
 * "vướng", "mắc" take about 0.3 KB each: a four-syllable full-text query
 * moved 219.4 KB, 100 KB of it other words. Measured on one 1,000-item
 * benchmark build indexed again with each size (README, "Search"): 1,000
 * gave 127 KB for that query and 109 KB for a titles-and-summaries one
 * (133 KB before); 2,500 gave 134 KB and 110 KB. Each chunk adds one entry
 * to the index's metadata (about 26 bytes before compression), which the
 * search page loads before any query.
 *
 * Pagefind reads it from the environment of its service process
 * (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`, its pagefind/src/options.rs, version
 * 1.6; no option of its Node API sets it, and "UNSTABLE" says a release may
 * rename it: tests/integrations/pagefind-services.test.ts fails then).
 */
export const INDEX_CHUNK_LOCATIONS = 1000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Throws unless `locations` can be a chunk size: a whole number from 1 to
 * Number.MAX_SAFE_INTEGER (Pagefind reads the variable as a whole number and
 * silently keeps its default for anything it cannot read, such as "1e+21").
 */
export function checkChunkLocations(locations: number): void {
  if (!Number.isSafeInteger(locations) || locations < 1) throw new Error(`search index: a word chunk holds a whole number of word locations from 1 to ${Number.MAX_SAFE_INTEGER}, not ${locations}`);
}

/**
 * How many pages are handed to Pagefind before waiting for it. They are
 * numbered in the order they are sent, which is the job's order: the same
 * site gives the same index files every build.
 */
const IN_FLIGHT = 32;

/**
 * Builds one index and writes what the site publishes of it
 * (src/lib/search/bundle-files.ts) into the built site, in place: a file
 * that holds the same bytes as the last build's is left as it is
 * (src/integrations/output-in-place.ts); then keeps them in the job's cache
 * file, if it has one (src/lib/search/index-cache.ts; a cache that cannot be
 * written only warns: writeCacheFile). Returns the paths of the files published, from the
 * site's root.
 */
async function buildIndex(job: IndexJob | StreamedIndexJob): Promise<string[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const adding: Promise<void>[] = [];
  for await (const page of job.pages) {
    const added = index.addHTMLFile({ url: page.url, content: page.content }).then((result) => {
      if (result.errors.length > 0) throw new Error(`Pagefind could not index ${page.file}: ${result.errors.join('; ')}`);
    });
    // Awaited below, in order; until then a failure must not count as unhandled (it would end the process instead of failing this step).
    added.catch(() => undefined);
    adding.push(added);
    if (adding.length >= IN_FLIGHT) await adding.shift();
  }
  await Promise.all(adding);
  const built = await index.getFiles();
  if (built.errors.length > 0) throw new Error(`Pagefind could not build the index ${job.bundle}: ${built.errors.join('; ')}`);
  const files = publishedFiles(job.bundle, withWordChunks(built.files));
  writeChangedFiles(job.outDir, files);
  if (job.cache) await writeCacheFile(job.cache.file, packIndex(job.cache.key, files), 'search index', 'the next build builds this index again');
  return files.map((file) => file.path);
}

/**
 * Builds `jobs` one after another with this thread's Pagefind service, its
 * word chunks of `chunkLocations` (INDEX_CHUNK_LOCATIONS; a test asks for
 * fewer to see a large site's chunking on a small one), then closes it;
 * returns the paths of the files published. Calls in one thread must not
 * overlap: each closes the thread's service, and restores the environment
 * as it found it. The jobs may come as
 * they are known, and a job's pages as they are prepared
 * (src/integrations/pagefind.ts starts the summary so, while it reads the
 * pages); a stream that fails fails this.
 */
export async function buildIndexes(jobs: Iterable<IndexJob | StreamedIndexJob> | AsyncIterable<IndexJob | StreamedIndexJob>, chunkLocations: number = INDEX_CHUNK_LOCATIONS): Promise<string[]> {
  checkChunkLocations(chunkLocations);
  // This thread's service starts with the first index and inherits the environment then; restored after, so that no process started later inherits it.
  const chunkSize = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = String(chunkLocations);
  try {
    const published: string[] = [];
    for await (const job of jobs) published.push(...(await buildIndex(job)));
    return published;
  } finally {
    await pagefind.close();
    if (chunkSize === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
    else process.env[CHUNK_SIZE_VARIABLE] = chunkSize;
  }
}

/** What a worker thread of this module is given. */
interface ServiceWorkerData {
  pagefindService: IndexJob[];
  chunkLocations: number;
}

/**
 * Builds `jobs` in a worker thread with a Pagefind service of its own;
 * resolves with the paths of the files published. Rejects with the worker's
 * error (a file that cannot be written is named), or naming the indexes when
 * the worker stops without finishing: Pagefind's service can end without
 * answering (it used to when it panicked on a folder it could not write,
 * before the step wrote the files itself), and the worker then exits with
 * code 13, its top-level await never settled.
 */
export function buildIndexesInWorker(jobs: readonly IndexJob[], chunkLocations: number = INDEX_CHUNK_LOCATIONS): Promise<string[]> {
  return new Promise((done, fail) => {
    checkChunkLocations(chunkLocations);
    const data: ServiceWorkerData = { pagefindService: [...jobs], chunkLocations };
    const worker = new Worker(new URL(import.meta.url), { workerData: data });
    let finished = false;
    worker.once('message', (published: string[]) => {
      finished = true;
      done(published);
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (!finished) fail(new Error(`search index: the Pagefind service building ${jobs.map((job) => job.bundle).join(', ')} stopped without finishing (exit code ${code})`));
    });
  });
}

if (!isMainThread && parentPort && (workerData as Partial<ServiceWorkerData> | undefined)?.pagefindService) {
  const { pagefindService, chunkLocations } = workerData as ServiceWorkerData;
  parentPort.postMessage(await buildIndexes(pagefindService, chunkLocations));
}
