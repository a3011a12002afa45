/**
 * The benchmark's report: one table of every figure with its ratio to the
 * bare baseline and the goal it is held to (issue 15), and the goals checked.
 * Goals are printed, never enforced: timings depend on the machine.
 */
import type { CorpusSummary } from './corpus.ts';
import type { DevResponse } from './dev.ts';
import type { OutputSize } from './measure.ts';

/** One build: wall time and peak memory of its process tree. */
export interface Timed {
  wallSeconds: number;
  /** User + system CPU seconds of its processes, when GNU time counted them. */
  cpuSeconds?: number | undefined;
  peakMemoryBytes: number;
}

/** A build in two processes, one after the other: Astro, then Pagefind over its output (our integration run on its own; the CLI for the baseline). */
export interface TwoStepBuild {
  astro: Timed;
  pagefind: Timed;
}

/** The floor (--floor): the bare site with the site's number of routes, warm, indexed into the site's two bundles by the CLI. */
export interface FloorBuild {
  routes: number;
  astro: Timed;
  pagefind: Timed;
  /** The summary-sized bundle: each page's h1 only. */
  summary: Timed;
}

export interface BenchResult {
  items: number;
  /** How many times each warm and publish-to-live build ran (the median run is reported). */
  runs: number;
  corpus: CorpusSummary;
  machine: Record<string, unknown>;
  site: { cmsBundle: Timed; cold: TwoStepBuild; warm: TwoStepBuild; publish: TwoStepBuild; output: OutputSize & { searchIndexBytes: number }; dev: DevResponse[]; search?: unknown };
  baseline: { cold: TwoStepBuild; warm: TwoStepBuild; publish: TwoStepBuild; output: OutputSize & { searchIndexBytes: number }; dev: DevResponse[] };
  floor?: FloorBuild;
}

interface Row {
  label: string;
  site: number;
  baseline?: number;
  digits: number;
  /** `at`: the numbers of items the goal is set for (issue 15: the warm build at 1,000 and 4,000, publish-to-live and the dev server at 1,000); every size when absent. */
  goal?: { limit: number; of: 'ratio' | 'value'; text: string; at?: readonly number[] };
}

/** Astro then Pagefind: their times add up; their peaks do not stack (one runs after the other). */
const seconds = (build: TwoStepBuild) => build.astro.wallSeconds + build.pagefind.wallSeconds;

/** Of several runs of one build, the one with the median total time (of an even number, the faster of the middle two). */
export function medianBuild(runs: readonly TwoStepBuild[]): TwoStepBuild {
  const sorted = [...runs].sort((a, b) => seconds(a) - seconds(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('medianBuild: no runs');
  return median;
}
const peak = (build: TwoStepBuild) => Math.max(build.astro.peakMemoryBytes, build.pagefind.peakMemoryBytes);
/**
 * CPU seconds of the Astro step, or NaN when they were not counted. Only
 * Astro's: the site's Pagefind step drives Pagefind's service process through
 * its Node API, which does not wait for it, so its CPU would go uncounted
 * while the baseline's CLI is counted in full.
 */
const cpu = (build: TwoStepBuild) => build.astro.cpuSeconds ?? Number.NaN;

const MB = 1024 * 1024;
const KB = 1024;

interface SearchQueryFigures {
  profile: string;
  firstQueryBytes: number;
  timeToFirstResultsMs: number;
}

/** The slowest first query per profile, and relevance on the fixture corpus, from scripts/bench/search.ts's figures. */
function searchRows(search: unknown): Row[] {
  const figures = search as { queries?: SearchQueryFigures[]; relevance?: { meanReciprocalRank: number; meanPrecisionAt3: number } } | undefined;
  const queries = figures?.queries ?? [];
  const relevance = figures?.relevance;
  return [
    ...[...new Set(queries.map((query) => query.profile))].flatMap((profile) => {
      const runs = queries.filter((query) => query.profile === profile);
      return [
        { label: `search, first query (KB), ${profile}`, site: Math.max(...runs.map((run) => run.firstQueryBytes)) / KB, digits: 0 },
        { label: `search, time to results (ms), ${profile}`, site: Math.max(...runs.map((run) => run.timeToFirstResultsMs)), digits: 0 },
      ];
    }),
    ...(relevance
      ? [
          { label: 'search relevance: mean reciprocal rank', site: relevance.meanReciprocalRank, digits: 3 },
          { label: 'search relevance: precision at 3', site: relevance.meanPrecisionAt3, digits: 3 },
        ]
      : []),
  ];
}

/** The floor against the bare site: what the site's routes and two bundles cost with nothing of the site's in them. */
function floorRow(floor: FloorBuild, bareWarm: TwoStepBuild): Row {
  const wall = floor.astro.wallSeconds + floor.pagefind.wallSeconds + floor.summary.wallSeconds;
  return { label: `floor, warm: the bare site with the site's ${floor.routes} routes and two bundles (s; in the site column)`, site: wall, baseline: seconds(bareWarm), digits: 1 };
}

function rows(result: BenchResult): Row[] {
  const { site, baseline, corpus } = result;
  const sitePeak = Math.max(peak(site.cold), peak(site.warm), peak(site.publish));
  const barePeak = Math.max(peak(baseline.cold), peak(baseline.warm), peak(baseline.publish));
  const dev = (list: DevResponse[], index: number) => list[index];
  const [siteItem, siteHome] = [dev(site.dev, 0), dev(site.dev, 1)];
  const bareItem = dev(baseline.dev, 0);
  const photoSeconds = corpus.photos > 0 ? (seconds(site.cold) - seconds(site.warm)) / corpus.photos : 0;
  const all: Row[] = [
    { label: 'CMS bundle, made once and reused while its sources are unchanged (s)', site: site.cmsBundle.wallSeconds, digits: 1 },
    { label: 'cold build, empty image cache (s)', site: seconds(site.cold), baseline: seconds(baseline.cold), digits: 1 },
    { label: `warm full rebuild (s; the median of ${result.runs} runs)`, site: seconds(site.warm), baseline: seconds(baseline.warm), digits: 1, goal: { limit: 1.3, of: 'ratio', text: '≤ 1.3×', at: [1000, 4000] } },
    ...(result.floor ? [floorRow(result.floor, baseline.warm)] : []),
    { label: `publish-to-live: warm rebuild after adding one item (s; the median of ${result.runs} runs)`, site: seconds(site.publish), baseline: seconds(baseline.publish), digits: 1, goal: { limit: 1.3, of: 'ratio', text: '≤ 1.3×', at: [1000] } },
    // The two steps apart: the site's search step writes an index from the build cache when its pages are unchanged
    // (src/lib/search/index-cache.ts), so the cold build's step is the one that builds every index, as the CLI does.
    { label: 'Astro step, warm full rebuild (s)', site: site.warm.astro.wallSeconds, baseline: baseline.warm.astro.wallSeconds, digits: 1 },
    { label: 'search step, warm full rebuild (s; indexes of unchanged pages from the build cache)', site: site.warm.pagefind.wallSeconds, baseline: baseline.warm.pagefind.wallSeconds, digits: 1 },
    { label: 'search step, cold build (s; every index built)', site: site.cold.pagefind.wallSeconds, baseline: baseline.cold.pagefind.wallSeconds, digits: 1 },
    // CPU time is what the goals' wall times measure when nothing else runs: reported beside them, held to no goal.
    { label: 'CPU time of the Astro step, warm full rebuild (s, user + system)', site: cpu(site.warm), baseline: cpu(baseline.warm), digits: 1 },
    { label: 'CPU time of the Astro step, publish-to-live (s, user + system)', site: cpu(site.publish), baseline: cpu(baseline.publish), digits: 1 },
    { label: `cold cost per distinct photo (s; ${corpus.photos} photos)`, site: photoSeconds, digits: 2, goal: { limit: 0.5, of: 'value', text: '≤ 0.5 s' } },
    { label: 'peak memory (MB; larger of Astro and Pagefind)', site: sitePeak / MB, baseline: barePeak / MB, digits: 0, goal: { limit: 1.3, of: 'ratio', text: '≤ 1.3×' } },
    ...(siteItem ? [{ label: `dev server: item page, median of 5 (ms)`, site: siteItem.medianMs, ...(bareItem ? { baseline: bareItem.medianMs } : {}), digits: 0, goal: { limit: 100, of: 'value' as const, text: '≤ 100 ms', at: [1000] } }] : []),
    ...(siteItem ? [{ label: 'dev server: item page, first request (ms)', site: siteItem.firstMs, ...(bareItem ? { baseline: bareItem.firstMs } : {}), digits: 0 }] : []),
    ...(siteHome ? [{ label: 'dev server: home page, median of 5 (ms)', site: siteHome.medianMs, digits: 0, goal: { limit: 100, of: 'value' as const, text: '≤ 100 ms', at: [1000] } }] : []),
    ...(siteHome ? [{ label: 'dev server: home page, first request (ms)', site: siteHome.firstMs, digits: 0 }] : []),
    { label: 'pages', site: site.output.pages, baseline: baseline.output.pages, digits: 0 },
    { label: 'pages per second, warm', site: site.output.pages / seconds(site.warm), baseline: baseline.output.pages / seconds(baseline.warm), digits: 1 },
    { label: 'output size (MB)', site: site.output.totalBytes / MB, baseline: baseline.output.totalBytes / MB, digits: 1 },
    { label: 'median page gzip (KB)', site: site.output.medianPageGzipBytes / KB, baseline: baseline.output.medianPageGzipBytes / KB, digits: 1 },
    { label: 'largest page gzip (KB)', site: site.output.largestPageGzipBytes / KB, baseline: baseline.output.largestPageGzipBytes / KB, digits: 1 },
    { label: 'search index (MB)', site: site.output.searchIndexBytes / MB, baseline: baseline.output.searchIndexBytes / MB, digits: 2 },
    ...searchRows(site.search),
  ];
  return all.filter((row) => !Number.isNaN(row.site));
}

export interface Goal {
  goal: string;
  value: number;
  limit: string;
  met: boolean;
}

/** Whether `row`'s goal is set for a corpus of `items` items. */
const goalAt = (row: Row, items: number) => row.goal !== undefined && (row.goal.at === undefined || row.goal.at.includes(items));

/** The goal `row` is held to at `items` items, checked; undefined when it has none at that size. */
function goalOf(row: Row, items: number): Goal | undefined {
  if (!row.goal || !goalAt(row, items)) return undefined;
  const value = row.goal.of === 'ratio' ? (row.baseline ? row.site / row.baseline : Number.NaN) : row.site;
  return { goal: row.label, value: Number(value.toFixed(3)), limit: row.goal.text, met: value <= row.goal.limit };
}

export function goals(result: BenchResult): Goal[] {
  return rows(result).flatMap((row) => goalOf(row, result.items) ?? []);
}

export function table(result: BenchResult): string {
  const { corpus } = result;
  const header = `| ${result.items} items (${corpus.news} news, ${corpus.articles} articles; ${corpus.photos} distinct photos, ${(corpus.photoBytes / MB).toFixed(0)} MB) | site | bare Astro + Pagefind | ratio | goal |`;
  const lines = rows(result).map((row) => {
    const goal = goalOf(row, result.items);
    const ratio = row.baseline ? `${(row.site / row.baseline).toFixed(2)}×` : '–';
    const sizes = row.goal?.at?.map((items) => items.toLocaleString('en')).join(' and ');
    const verdict = goal ? `${row.goal?.text} ${goal.met ? 'met' : 'NOT met'}` : row.goal ? `(${row.goal.text} at ${sizes} items)` : '';
    return `| ${row.label} | ${row.site.toFixed(row.digits)} | ${row.baseline === undefined ? '–' : row.baseline.toFixed(row.digits)} | ${ratio} | ${verdict} |`;
  });
  return [header, '| --- | ---: | ---: | ---: | --- |', ...lines].join('\n');
}
