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
import { publishedFiles } from '../lib/search/bundle-files.ts';
import { smallerWordChunks } from '../lib/search/word-chunks.ts';
import { writeChangedFiles } from './output-in-place.ts';

/** A page as handed to Pagefind: the HTML it reads, the URL it is served at, and the built file it came from (for errors). */
export interface IndexPage {
  url: string;
  content: string;
  file: string;
}

/** One index to build: its pages, in the order Pagefind numbers them, the built site it is written into, and its bundle's path there (src/lib/search/bundles.ts). */
export interface IndexJob {
  outDir: string;
  bundle: string;
  pages: IndexPage[];
}

/** An index whose pages are handed over as they are prepared (this thread's service only: a stream does not cross to a worker). */
export interface StreamedIndexJob extends Omit<IndexJob, 'pages'> {
  pages: AsyncIterable<IndexPage>;
}

/** Every page is indexed as Vietnamese (the site's lang), whatever Pagefind would guess. */
export const INDEX_LANGUAGE = 'vi';

/**
 * How many pages are handed to Pagefind before waiting for it. They are
 * numbered in the order they are sent, which is the job's order: the same
 * site gives the same index files every build.
 */
const IN_FLIGHT = 32;

/**
 * Builds one index, cuts its word chunks smaller (src/lib/search/word-chunks.ts)
 * and writes what the site publishes of it (src/lib/search/bundle-files.ts)
 * into the built site, in place: a file
 * that holds the same bytes as the last build's is left as it is
 * (src/integrations/output-in-place.ts). Returns the paths of the files
 * published, from the site's root.
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
  const files = publishedFiles(job.bundle, smallerWordChunks(built.files));
  writeChangedFiles(job.outDir, files);
  return files.map((file) => file.path);
}

/**
 * Builds `jobs` one after another with this thread's Pagefind service, then
 * closes it; returns the paths of the files published. The jobs may come as
 * they are known, and a job's pages as they are prepared
 * (src/integrations/pagefind.ts starts the summary so, while it reads the
 * pages); a stream that fails fails this.
 */
export async function buildIndexes(jobs: Iterable<IndexJob | StreamedIndexJob> | AsyncIterable<IndexJob | StreamedIndexJob>): Promise<string[]> {
  try {
    const published: string[] = [];
    for await (const job of jobs) published.push(...(await buildIndex(job)));
    return published;
  } finally {
    await pagefind.close();
  }
}

/** What a worker thread of this module is given. */
interface ServiceWorkerData {
  pagefindService: IndexJob[];
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
export function buildIndexesInWorker(jobs: readonly IndexJob[]): Promise<string[]> {
  return new Promise((done, fail) => {
    const data: ServiceWorkerData = { pagefindService: [...jobs] };
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
  parentPort.postMessage(await buildIndexes((workerData as ServiceWorkerData).pagefindService));
}
