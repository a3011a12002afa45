/**
 * Lighthouse (the npm package) against Debian's Chromium: one browser with a
 * debugging port, Lighthouse's default mobile settings (a mid-range phone on
 * a slow 4G network, simulated), and the CPU slowdown calibrated to this
 * machine the way Lighthouse's authors recommend, so a busy or slow test
 * machine does not pass for a slow site.
 */
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * CPU slowdown that makes this machine behave like Lighthouse's reference
 * phone, from the BenchmarkIndex Lighthouse measures (patrickhulce/
 * lighthouse-cpu-throttling-calculator, linked from Lighthouse's
 * docs/throttling.md): 1533 → 4x (Lighthouse's default), 1300 → 3x,
 * 800 → 2x, 150 → 1x.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  return 1;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Audit {
  scores: Record<Category, number>;
  /** Weighted audits that did not get full marks: "category/audit-id: score (value)". */
  shortfalls: string[];
}

export interface LighthouseRunner {
  /** Audits `url`; with `repeatBelow`, a performance score under it is audited twice more and the median run kept. */
  audit(url: string, repeatBelow?: number): Promise<Audit & { cpuSlowdown: number }>;
  close(): Promise<void>;
}

/**
 * Starts Chromium. Each audit first calibrates on `calibrationUrl` (any light
 * page of the site): other tests may be building sites on the same cores, so
 * the machine's speed is measured right before each page, not once.
 */
export async function startLighthouse(calibrationUrl: string): Promise<LighthouseRunner> {
  const port = await freePort();
  const browser: Browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  const run = async (url: string, cpuSlowdownMultiplier?: number, onlyAudits?: string[]) => {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: onlyAudits ? undefined : [...CATEGORIES], onlyAudits },
      cpuSlowdownMultiplier === undefined ? undefined : { extends: 'lighthouse:default', settings: { throttling: { cpuSlowdownMultiplier } } },
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  };
  /** One audit of `url`, calibrated to the machine's speed right before it. */
  const once = async (url: string) => {
    const calibration = await run(calibrationUrl, undefined, ['viewport']);
    let cpuSlowdown = cpuSlowdownFor(calibration.environment.benchmarkIndex);
    let lhr = await run(url, cpuSlowdown);
    // Lighthouse measures the machine again at the start of every run. When
    // the cores got busier since the calibration (another test's build),
    // the slowdown used was too strong for this run: audit again with the
    // one this run's own measure calls for (at most twice).
    for (let retry = 0; retry < 2; retry += 1) {
      const fitting = cpuSlowdownFor(lhr.environment.benchmarkIndex);
      if (fitting >= cpuSlowdown * 0.8) break;
      cpuSlowdown = fitting;
      lhr = await run(url, cpuSlowdown);
    }
    return { lhr, cpuSlowdown };
  };
  return {
    async audit(url, repeatBelow) {
      let { lhr, cpuSlowdown } = await once(url);
      // Performance on a shared machine varies from run to run (total blocking
      // time most). Below the bar, audit twice more and keep Lighthouse's own
      // median run of the three, as Lighthouse CI does (lighthouse/core/lib/median-run.js).
      if (repeatBelow !== undefined && (lhr.categories.performance?.score ?? 0) < repeatBelow) {
        const runs = [{ lhr, cpuSlowdown }, await once(url), await once(url)];
        const median = computeMedianRun(runs.map((item) => item.lhr));
        ({ lhr, cpuSlowdown } = runs.find((item) => item.lhr === median) ?? runs[0]!);
      }
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score ?? 0])) as Record<Category, number>;
      const shortfalls = CATEGORIES.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? []).flatMap((ref) => {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) return [];
          return [`${id}/${audit.id}: ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}`];
        }),
      );
      return { scores, shortfalls, cpuSlowdown };
    },
    close: () => browser.close(),
  };
}
