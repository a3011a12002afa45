/**
 * Where a first query's time goes on the search page (issue 16): lands on
 * /tim-kiem/?q=… of a built site served as deployed (nginx, precompressed
 * copies: run `npm run bench` or scripts/bench/search.ts on it first), on the
 * bench's slow-phone or desktop profile (openSearchPage in search.ts), with
 * Chromium's sampling profiler on the page's thread, and reports the time to
 * results split into what the thread did (Pagefind's WebAssembly, Pagefind's
 * JavaScript, our script, the browser's own work: parsing, style, GC) and
 * idle time (waiting for the network), the requests on a timeline, and the
 * functions that took longest.
 *
 *   node scripts/bench/search-profile.ts <built site> [query…] [--script <bundle.js>] [--desktop] [--runs N] [--no-profiler] [--serve /path=file]
 *
 * The profiler slows the throttled page (by a fifth to a third here), so
 * --no-profiler gives the time to results and the requests alone.
 *
 * --script answers the page's script request with another bundle (the
 * search page's script built from this worktree: see README, "Search"), so
 * a change can be measured on a large build without building it again.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveWithNginx, type RawResponse } from '../../tests/support/nginx.ts';
import { openSearchPage } from './search.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Monotonic milliseconds, the clock of Chromium's profile timestamps (CLOCK_MONOTONIC on Linux). */
const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;

function category(frame: ProfileNode['callFrame']): string {
  if (frame.functionName === '(idle)') return 'idle';
  if (frame.url.startsWith('wasm://') || frame.url.endsWith('.pagefind')) return 'pagefind wasm';
  if (/\/pagefind\/pagefind\.js/.test(frame.url)) return 'pagefind js';
  if (/\/_astro\/.*\.js/.test(frame.url)) return 'our script';
  if (frame.functionName === '(garbage collector)') return 'gc';
  if (frame.functionName === '(program)') return 'browser (program)';
  return frame.url ? `other ${frame.url}` : `native ${frame.functionName}`;
}

/** Self and inclusive milliseconds per node, over the samples between `from` and `to` (monotonic ms). */
function times(profile: CpuProfile, from: number, to: number) {
  const self = new Map<number, number>();
  let at = profile.startTime / 1000;
  profile.samples.forEach((node, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    at += delta;
    if (at >= from && at <= to) self.set(node, (self.get(node) ?? 0) + delta);
  });
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inclusive = new Map<number, number>();
  const total = (id: number): number => {
    const known = inclusive.get(id);
    if (known !== undefined) return known;
    const sum = (self.get(id) ?? 0) + (byId.get(id)?.children ?? []).reduce((acc, child) => acc + total(child), 0);
    inclusive.set(id, sum);
    return sum;
  };
  for (const node of profile.nodes) total(node.id);
  return { self, inclusive, byId };
}

/** What the thread did in each 100 ms from `from`: its main category and how many ms of each. */
function timeline(profile: CpuProfile, from: number, to: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const buckets: Record<string, number>[] = [];
  let at = profile.startTime / 1000;
  profile.samples.forEach((node, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    at += delta;
    const frame = byId.get(node)?.callFrame;
    if (at < from || at > to || !frame) return;
    const bucket = (buckets[Math.floor((at - from) / 100)] ??= {});
    const name = category(frame).replace(/^native .*/, 'native');
    bucket[name] = (bucket[name] ?? 0) + delta;
  });
  return [...buckets].map((bucket, i) => `${i * 100}: ${Object.entries(bucket ?? {}).sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 5).map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ')}`);
}

function summarise(profile: CpuProfile, from: number, to: number) {
  const { self, inclusive, byId } = times(profile, from, to);
  const categories: Record<string, number> = {};
  const functions = new Map<string, { self: number; inclusive: number }>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const name = category(frame);
    categories[name] = (categories[name] ?? 0) + ms;
  }
  // Inclusive time per function, counting a function once per stack (not again under itself).
  const walk = (id: number, open: Set<string>) => {
    const node = byId.get(id);
    if (!node) return;
    const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}`;
    const entry = functions.get(key) ?? { self: 0, inclusive: 0 };
    entry.self += self.get(id) ?? 0;
    if (!open.has(key)) entry.inclusive += inclusive.get(id) ?? 0;
    functions.set(key, entry);
    const next = new Set(open).add(key);
    for (const child of node.children ?? []) walk(child, next);
  };
  walk(profile.nodes[0]?.id ?? 1, new Set());
  const round = (ms: number) => Math.round(ms);
  return {
    timeline: timeline(profile, from, to),
    categories: Object.fromEntries(Object.entries(categories).sort((a, b) => b[1] - a[1]).map(([name, ms]) => [name, round(ms)])),
    topInclusive: [...functions].filter(([key]) => !key.startsWith('(')).sort((a, b) => b[1].inclusive - a[1].inclusive).slice(0, 25).map(([key, t]) => `${round(t.inclusive)} ms incl, ${round(t.self)} self: ${key}`),
    topSelf: [...functions].sort((a, b) => b[1].self - a[1].self).slice(0, 15).map(([key, t]) => `${round(t.self)} ms self: ${key}`),
  };
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { script: { type: 'string' }, serve: { type: 'string', multiple: true }, desktop: { type: 'boolean' }, runs: { type: 'string' }, 'no-profiler': { type: 'boolean' } } });
const [dist, ...words] = positionals;
if (!dist) throw new Error('usage: node scripts/bench/search-profile.ts <built site> [query…] [--script bundle.js] [--desktop] [--runs N] [--no-profiler]');
const query = words.join(' ') || 'đồng hồ đo nước';
const bundle = values.script ? brotliCompressSync(readFileSync(values.script)) : undefined;
/** --serve /path=file: a file the build does not have (e.g. Pagefind's worker, which the build leaves out). */
const extra = new Map((values.serve ?? []).map((pair) => [pair.slice(0, pair.indexOf('=')), brotliCompressSync(readFileSync(pair.slice(pair.indexOf('=') + 1)))]));
const script = (body: Buffer): RawResponse => ({ status: 200, headers: { 'content-type': 'application/javascript', 'content-encoding': 'br' }, body });
const replace = (path: string): RawResponse | undefined => {
  const served = extra.get(path) ?? (bundle && /^\/_astro\/tim-kiem\..*\.js$/.test(path) ? bundle : undefined);
  return served ? script(served) : undefined;
};

const server = await serveWithNginx(dist);
const browser = await launchBrowser();
try {
  for (let run = 0; run < Number(values.runs ?? 1); run += 1) {
    const { context, page, cdp, served } = await openSearchPage(browser, values.desktop ? 'desktop' : 'slow-phone', replace);
    try {
      const profiling = !values['no-profiler'];
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const offset = monotonicMs() - performance.now();
      const started = monotonicMs();
      await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => (window as { __resultsAt?: number }).__resultsAt !== undefined, undefined, { timeout: 120_000 });
      const profile = profiling ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile : undefined;
      const resultsAt = await page.evaluate(() => (window as { __resultsAt?: number }).__resultsAt ?? 0);
      const status = await page.locator('#trang-thai').textContent();
      const end = started + resultsAt;
      const requests = served.map((r) => `${Math.round(r.startedMs + offset - started)}–${Math.round(r.endedMs + offset - started)} ms ${(r.bytes / 1024).toFixed(1)} KB ${r.path}`);
      console.log(JSON.stringify({ query, run, resultsAtMs: Math.round(resultsAt), status, requests, cpu: profile ? summarise(profile, started, end) : undefined }, null, 2));
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
