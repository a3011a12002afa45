/**
 * The development server's response time: `astro dev` (tests/support/dev-server.ts),
 * then each page fetched once (the first request compiles the route) and five
 * more times; the median of those five is what an editor previewing a page
 * waits for.
 */
import { startDevServer } from '../../tests/support/dev-server.ts';

export interface DevResponse {
  path: string;
  firstMs: number;
  medianMs: number;
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return performance.now() - started;
}

/** Starts `astro dev` in `cwd`, times `paths`, and stops it. */
export async function measureDev(cwd: string, env: NodeJS.ProcessEnv, paths: string[]): Promise<DevResponse[]> {
  const server = await startDevServer(env, cwd);
  try {
    const responses: DevResponse[] = [];
    for (const path of paths) {
      const firstMs = await timed(`${server.url}${path}`);
      const runs: number[] = [];
      for (let i = 0; i < 5; i += 1) runs.push(await timed(`${server.url}${path}`));
      runs.sort((a, b) => a - b);
      responses.push({ path, firstMs, medianMs: runs[2] ?? 0 });
    }
    return responses;
  } finally {
    await server.stop();
  }
}
