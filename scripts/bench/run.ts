/**
 * npm run bench [-- N] [--keep] [--no-covers]: builds the full site (search index included)
 * over a synthetic corpus of N news items and articles (default 1,000), then a
 * bare Astro baseline over the same corpus, and prints a table and JSON of
 * wall time, peak memory, pages per second, output size, page sizes and the
 * search index, with our/baseline ratios. Everything happens in a temporary
 * folder (removed afterwards unless --keep); content/ and dist/ are untouched.
 * --no-covers leaves every item without a cover picture.
 * Never part of `npm test`: it takes minutes.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../tests/support/build-site.ts';
import { assembleContent } from '../../tests/support/fixture-content.ts';
import { writeBaseline } from './baseline.ts';
import { writeCorpus, type CorpusSummary } from './corpus.ts';
import { folderBytes, measureRun, outputSize, type BuildRun, type OutputSize } from './measure.ts';

interface Measured extends BuildRun, OutputSize {
  pagesPerSecond: number;
}

interface BenchResult {
  items: number;
  corpus: CorpusSummary;
  site: Measured & { searchIndexBytes: number; search?: unknown };
  baseline: Measured;
}

const ASTRO = join(ROOT, 'node_modules/.bin/astro');

async function build(cwd: string, env: Record<string, string>, outDir: string): Promise<Measured> {
  const run = await measureRun(ASTRO, ['build'], { cwd, env: { ...process.env, LOCAL_BUILD: '1', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: outDir, ...env } });
  const size = outputSize(outDir);
  return { ...run, ...size, pagesPerSecond: size.pages / run.wallSeconds };
}

/**
 * Search figures: issue 7's scripts/bench/search.ts (index size, first-query
 * bytes, time to first results in Chromium) when present; the size of the
 * Pagefind folder in any case.
 */
async function searchFigures(outDir: string): Promise<{ searchIndexBytes: number; search?: unknown }> {
  const pagefind = join(outDir, 'pagefind');
  const searchIndexBytes = existsSync(pagefind) ? folderBytes(pagefind) : 0;
  const module = join(import.meta.dirname, 'search.ts');
  if (!existsSync(module)) return { searchIndexBytes };
  const exported = (await import(pathToFileURL(module).href)) as Record<string, unknown>;
  const measure = Object.values(exported).find((value): value is (dir: string) => Promise<unknown> => typeof value === 'function');
  return { searchIndexBytes, search: measure ? await measure(outDir) : undefined };
}

interface SearchQueryFigures {
  profile: string;
  firstQueryBytes: number;
  timeToFirstResultsMs: number;
}

/** The slowest first query per profile, and relevance on the fixture corpus, from scripts/bench/search.ts when it is there. */
function searchRows(search: unknown): Array<[string, number]> {
  const figures = search as { queries?: SearchQueryFigures[]; relevance?: { meanReciprocalRank: number; meanPrecisionAt3: number } } | undefined;
  const queries = figures?.queries ?? [];
  const profiles = [...new Set(queries.map((query) => query.profile))];
  const relevance = figures?.relevance;
  return [
    ...profiles.flatMap((profile) => {
      const runs = queries.filter((query) => query.profile === profile);
      return [
        [`search, first query (KB), ${profile}`, Math.max(...runs.map((run) => run.firstQueryBytes)) / 1024],
        [`search, time to results (ms), ${profile}`, Math.max(...runs.map((run) => run.timeToFirstResultsMs))],
      ] as Array<[string, number]>;
    }),
    ...(relevance
      ? ([
          ['search relevance: mean reciprocal rank (×1000)', relevance.meanReciprocalRank * 1000],
          ['search relevance: precision at 3 (×1000)', relevance.meanPrecisionAt3 * 1000],
        ] as Array<[string, number]>)
      : []),
  ];
}

const MB = 1024 * 1024;
const KB = 1024;

function table(result: BenchResult): string {
  const { site, baseline } = result;
  const rows: Array<[string, number, number, (n: number) => string]> = [
    ['wall time (s)', site.wallSeconds, baseline.wallSeconds, (n) => n.toFixed(1)],
    ['peak memory (MB)', site.peakMemoryBytes / MB, baseline.peakMemoryBytes / MB, (n) => n.toFixed(0)],
    ['pages', site.pages, baseline.pages, (n) => String(n)],
    ['pages per second', site.pagesPerSecond, baseline.pagesPerSecond, (n) => n.toFixed(1)],
    ['output size (MB)', site.totalBytes / MB, baseline.totalBytes / MB, (n) => n.toFixed(1)],
    ['median page (KB)', site.medianPageBytes / KB, baseline.medianPageBytes / KB, (n) => n.toFixed(1)],
    ['median page gzip (KB)', site.medianPageGzipBytes / KB, baseline.medianPageGzipBytes / KB, (n) => n.toFixed(1)],
    ['largest page (KB)', site.largestPageBytes / KB, baseline.largestPageBytes / KB, (n) => n.toFixed(1)],
    ['largest page gzip (KB)', site.largestPageGzipBytes / KB, baseline.largestPageGzipBytes / KB, (n) => n.toFixed(1)],
    ['search index (MB)', site.searchIndexBytes / MB, 0, (n) => n.toFixed(2)],
    ...searchRows(site.search).map(([label, value]): [string, number, number, (n: number) => string] => [label, value, 0, (n) => n.toFixed(0)]),
  ];
  const lines = [
    `| ${result.items} items (${result.corpus.news} news, ${result.corpus.articles} articles, ${result.corpus.withCover} with a cover) | site | baseline | site / baseline |`,
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([label, ours, bare, format]) => `| ${label} | ${format(ours)} | ${bare ? format(bare) : '–'} | ${bare ? `${(ours / bare).toFixed(2)}×` : '–'} |`),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const items = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 1000);
  if (!Number.isInteger(items) || items < 1) throw new Error(`usage: npm run bench -- [N] [--keep] [--no-covers] (N: number of items, got "${args.join(' ')}")`);
  const keep = args.includes('--keep');
  const coverEvery = args.includes('--no-covers') ? 0 : 8;
  const buildDate = new Date().toISOString().slice(0, 10);
  const tmp = mkdtempSync(join(tmpdir(), 'do-luong-bench-'));
  try {
    const contentDir = assembleContent(join(tmp, 'content'));
    console.error(`Writing ${items} items into ${contentDir}…`);
    const corpus = await writeCorpus(contentDir, items, buildDate, coverEvery);

    console.error('Building the site…');
    const siteOut = join(tmp, 'site-dist');
    const siteBuild = await build(ROOT, { CONTENT_DIR: contentDir, BUILD_DATE: buildDate, ASTRO_CACHE_DIR: join(tmp, 'site-cache') }, siteOut);
    const site = { ...siteBuild, ...(await searchFigures(siteOut)) };

    console.error('Building the bare baseline…');
    const baselineRoot = writeBaseline(join(tmp, 'baseline'), contentDir, join(ROOT, 'node_modules'));
    // Its output stays inside its root: prerendering resolves packages from there (through the node_modules link).
    const baseline = await build(baselineRoot, { ASTRO_CACHE_DIR: join(baselineRoot, 'cache') }, join(baselineRoot, 'dist'));

    console.log(table({ items, corpus, site, baseline }));
    console.log();
    const { log: _siteLog, ...siteFigures } = site;
    const { log: _baselineLog, ...baselineFigures } = baseline;
    const machine = { cpus: cpus().length, node: process.version };
    console.log(JSON.stringify({ items, corpus, machine, site: siteFigures, baseline: baselineFigures }, null, 2));
  } finally {
    if (keep) console.error(`Kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
