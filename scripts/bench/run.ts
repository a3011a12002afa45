/**
 * npm run bench [-- N] [--keep] [--no-covers] [--no-search|--search-only] [--floor] [--runs=R]: what the site
 * costs to build over a realistic corpus of N news items and articles (default
 * 1,000; 4,000 and 10,000 work too), built as `npm run build` does (Astro,
 * then the search index in a process of its own), next to a bare Astro site
 * over the same corpus indexed by the Pagefind CLI. Every cover and body picture is a
 * distinct phone-sized photo (photos.ts). Measured, for both:
 *   - the CMS bundle, made once (a site build reuses it while its sources are unchanged);
 *   - cold build: empty image cache;
 *   - warm full rebuild: the same again, with the cache of the cold build;
 *   - publish-to-live: a warm rebuild after one item (with a new cover) is added;
 *   (each of these two R times, 3 by default, site and baseline alternately,
 *   and the run with the median total time of each reported: on a shared
 *   machine one run's ratio moves by a quarter either way);
 *   - the dev server's response for an item page and the home page;
 *   - peak memory of every build's process tree;
 * plus output and page sizes and the search figures (search.ts). Prints a
 * table with ratios and the goals of issue 15, then the JSON. Everything
 * happens in a temporary folder (removed unless --keep); content/, dist/ and
 * the project's image cache are untouched. Never part of `npm test`.
 * --search-only builds the site once and prints only its search figures (JSON).
 * --floor also builds the floor, warm: the bare site with as many routes as the
 * site's warm build had, indexed twice by the CLI (full text, and a summary-sized
 * bundle of each page's h1, as the site's two bundles) (baseline.ts). Its
 * summary holds every page, as the site's does only up to a few hundred items
 * (src/lib/search/scope.ts, summaryYears); beyond that the floor indexes more
 * than the site.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { CONTENT_FOLDERS } from '../../src/lib/content-folders.ts';
import { childEnv, ROOT } from '../../tests/support/build-site.ts';
import { assembleContent } from '../../tests/support/fixture-content.ts';
import { writeBaseline } from './baseline.ts';
import { DEFAULT_CORPUS, publishOne, writeCorpus } from './corpus.ts';
import { measureDev } from './dev.ts';
import { folderBytes, measureRun, outputSize } from './measure.ts';
import { goals, medianBuild, table, type BenchResult, type FloorBuild, type Timed, type TwoStepBuild } from './report.ts';
import { measureSearch } from './search.ts';

const ASTRO = join(ROOT, 'node_modules/.bin/astro');
const PAGEFIND = join(ROOT, 'node_modules/.bin/pagefind');

/** As for test builds (LOCAL_BUILD: a localhost SITE_URL is fine here). */
const env = (extra: Record<string, string>): NodeJS.ProcessEnv => childEnv({ ASTRO_TELEMETRY_DISABLED: '1', ...extra });

/** Runs one build, saving its log as `logFile` (kept with --keep). */
async function timed(command: string, args: string[], cwd: string, extra: Record<string, string>, logFile: string): Promise<Timed> {
  const { wallSeconds, cpuSeconds, peakMemoryBytes, log } = await measureRun(command, args, { cwd, env: env(extra) });
  writeFileSync(logFile, log);
  console.error(`  ${logFile}: ${wallSeconds.toFixed(1)} s (CPU ${cpuSeconds?.toFixed(1) ?? '?'} s), ${(peakMemoryBytes / 1024 / 1024).toFixed(0)} MB, load ${loadavg()[0]?.toFixed(1)}`);
  return { wallSeconds, cpuSeconds, peakMemoryBytes };
}

/** The floor's item pages, the only ones its search bundles index (as the site's). */
const ITEM_PAGES = `{${CONTENT_FOLDERS.news},${CONTENT_FOLDERS.articles}}/**/*.html`;

/** How many routes a build log shows Astro generating (pages and endpoints; not image variants). */
function routesBuilt(log: string): number {
  return log.split('\n').filter((line) => /[├└]─ \/.*\(\+\d+ms\)/.test(line)).length;
}

function machine(): Record<string, unknown> {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 1024 ** 3), node: process.version, loadAverage: loadavg().map((n) => Number(n.toFixed(2))) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const items = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 1000);
  if (!Number.isInteger(items) || items < 1) throw new Error(`usage: npm run bench -- [N] [--keep] [--no-covers] [--no-search|--search-only] [--floor] [--runs=R] (N: number of items, got "${args.join(' ')}")`);
  const runs = Number(args.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs=R: R must be a whole number of runs, at least 1 (got "${args.join(' ')}")`);
  const options = args.includes('--no-covers') ? { coverEvery: 0, pictureEvery: 0 } : DEFAULT_CORPUS;
  const buildDate = new Date().toISOString().slice(0, 10);
  const tmp = mkdtempSync(join(tmpdir(), 'do-luong-bench-'));
  const started = machine();
  try {
    const contentDir = assembleContent(join(tmp, 'content'));
    console.error(`Writing ${items} items and their photos into ${contentDir}…`);
    const corpus = await writeCorpus(contentDir, items, buildDate, options);

    const siteEnv = { CONTENT_DIR: contentDir, BUILD_DATE: buildDate, ASTRO_CACHE_DIR: join(tmp, 'site-cache'), ASTRO_OUT_DIR: join(tmp, 'site-dist') };
    const logs = join(tmp, 'logs');
    mkdirSync(logs);
    // As `npm run build` does it: Astro, then the search index once Astro has exited.
    const siteBuild = async (phase: string): Promise<TwoStepBuild> => ({
      astro: await timed(ASTRO, ['build'], ROOT, { ...siteEnv, SEARCH_INDEX: 'after-build' }, join(logs, `site-${phase}.log`)),
      pagefind: await timed(process.execPath, [join(ROOT, 'src/integrations/pagefind.ts')], ROOT, siteEnv, join(logs, `site-${phase}-pagefind.log`)),
    });
    if (args.includes('--search-only')) {
      console.error('Site build (Astro, then the search index)…');
      const build = await siteBuild('cold');
      // Before measureSearch, which writes the release's compressed copies into the build.
      const indexBytes = folderBytes(join(siteEnv.ASTRO_OUT_DIR, 'pagefind'));
      const search = await measureSearch(siteEnv.ASTRO_OUT_DIR);
      console.log(JSON.stringify({ items, corpus, machine: { ...started, loadAverageAtEnd: machine().loadAverage }, build, searchIndexBytes: indexBytes, search }, null, 2));
      return;
    }
    // The baseline's output stays inside its root: prerendering resolves packages from there (through the node_modules link).
    const bareRoot = writeBaseline(join(tmp, 'baseline'), contentDir, join(ROOT, 'node_modules'));
    const bareEnv = { ASTRO_CACHE_DIR: join(bareRoot, 'cache'), ASTRO_OUT_DIR: join(bareRoot, 'dist') };
    const bareBuild = async (phase: string): Promise<TwoStepBuild> => ({
      astro: await timed(ASTRO, ['build'], bareRoot, bareEnv, join(logs, `bare-${phase}.log`)),
      pagefind: await timed(PAGEFIND, ['--site', bareEnv.ASTRO_OUT_DIR], bareRoot, {}, join(logs, `bare-${phase}-pagefind.log`)),
    });

    /** The floor, warm: its first build (image variants from the baseline's cache) syncs the content; the second is timed. */
    async function floorBuild(): Promise<FloorBuild> {
      console.error('The floor: the bare site with the site\'s routes, warm…');
      const routes = routesBuilt(readFileSync(join(logs, 'site-warm-1.log'), 'utf8'));
      const floorRoot = writeBaseline(join(tmp, 'floor'), contentDir, join(ROOT, 'node_modules'), routes);
      const floorEnv = { ASTRO_CACHE_DIR: join(floorRoot, 'cache'), ASTRO_OUT_DIR: join(floorRoot, 'dist') };
      cpSync(join(bareEnv.ASTRO_CACHE_DIR, 'assets'), join(floorEnv.ASTRO_CACHE_DIR, 'assets'), { recursive: true });
      await timed(ASTRO, ['build'], floorRoot, floorEnv, join(logs, 'floor-first.log'));
      const astro = await timed(ASTRO, ['build'], floorRoot, floorEnv, join(logs, 'floor-warm.log'));
      return {
        routes,
        astro,
        pagefind: await timed(PAGEFIND, ['--site', floorEnv.ASTRO_OUT_DIR, '--glob', ITEM_PAGES], floorRoot, {}, join(logs, 'floor-pagefind.log')),
        summary: await timed(PAGEFIND, ['--site', floorEnv.ASTRO_OUT_DIR, '--glob', ITEM_PAGES, '--root-selector', 'h1', '--output-subdir', 'pagefind/tom-tat'], floorRoot, {}, join(logs, 'floor-summary.log')),
      };
    }

    // The CMS bundle depends on the project, not the corpus: made once here and
    // timed on its own, so that the cold build measures images (admin/bundle.ts).
    console.error('CMS bundle…');
    const cmsBundle = await timed(process.execPath, [join(ROOT, 'admin/bundle.ts'), ROOT, join(siteEnv.ASTRO_CACHE_DIR, 'admin-bundle')], ROOT, {}, join(logs, 'cms-bundle.log'));

    // Site and baseline alternate, so that a change in the machine's load falls on both.
    console.error('Cold builds (empty image caches)…');
    const siteCold = await siteBuild('cold');
    const bareCold = await bareBuild('cold');
    console.error(`Warm full rebuilds (${runs} each)…`);
    const warmRuns: { site: TwoStepBuild[]; baseline: TwoStepBuild[] } = { site: [], baseline: [] };
    for (let run = 1; run <= runs; run++) {
      warmRuns.site.push(await siteBuild(`warm-${run}`));
      warmRuns.baseline.push(await bareBuild(`warm-${run}`));
    }
    const [siteWarm, bareWarm] = [medianBuild(warmRuns.site), medianBuild(warmRuns.baseline)];
    const floor = args.includes('--floor') ? await floorBuild() : undefined;
    const siteOutput = { ...outputSize(siteEnv.ASTRO_OUT_DIR), searchIndexBytes: folderBytes(join(siteEnv.ASTRO_OUT_DIR, 'pagefind')) };
    const bareOutput = { ...outputSize(bareEnv.ASTRO_OUT_DIR), searchIndexBytes: folderBytes(join(bareEnv.ASTRO_OUT_DIR, 'pagefind')) };

    console.error(`Publish-to-live: one more item, warm rebuilds (${runs} each)…`);
    const published: string[] = [];
    const publishRuns: { site: TwoStepBuild[]; baseline: TwoStepBuild[] } = { site: [], baseline: [] };
    for (let run = 1; run <= runs; run++) {
      published.push(await publishOne(contentDir, items + run - 1, buildDate));
      publishRuns.site.push(await siteBuild(`publish-${run}`));
      publishRuns.baseline.push(await bareBuild(`publish-${run}`));
    }
    const [sitePublish, barePublish] = [medianBuild(publishRuns.site), medianBuild(publishRuns.baseline)];
    // After the builds: it writes the release's compressed copies into the site's output, which a build after it would remove.
    const search = args.includes('--no-search') ? undefined : await measureSearch(siteEnv.ASTRO_OUT_DIR);

    console.error('Dev servers…');
    const firstNews = readdirSync(join(contentDir, CONTENT_FOLDERS.news)).sort()[0]?.replace(/\.mdx?$/, '');
    const itemPath = `/tin-tuc/${firstNews}/`;
    const siteDev = await measureDev(ROOT, { ...siteEnv, ASTRO_CACHE_DIR: join(tmp, 'site-dev-cache') }, [itemPath, '/']);
    const bareDev = await measureDev(bareRoot, { ...bareEnv, ASTRO_CACHE_DIR: join(bareRoot, 'dev-cache') }, [`/${CONTENT_FOLDERS.news}/${firstNews}/`]);

    const result: BenchResult = {
      items,
      runs,
      corpus,
      machine: { ...started, loadAverageAtEnd: machine().loadAverage },
      site: { cmsBundle, cold: siteCold, warm: siteWarm, publish: sitePublish, output: siteOutput, dev: siteDev, search },
      baseline: { cold: bareCold, warm: bareWarm, publish: barePublish, output: bareOutput, dev: bareDev },
      ...(floor ? { floor } : {}),
    };
    console.log(table(result));
    console.log();
    console.log(JSON.stringify({ ...result, everyRun: { warm: warmRuns, publish: publishRuns }, published, goals: goals(result) }, null, 2));
  } finally {
    if (args.includes('--keep')) console.error(`Kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
