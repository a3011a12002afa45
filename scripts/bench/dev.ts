/**
 * The development server's response time: `astro dev` on a free loopback
 * port, then each page fetched once (the first request compiles the route)
 * and five more times; the median of those five is what an editor previewing
 * a page waits for.
 */
import { spawn } from 'node:child_process';
import { freePorts } from '../../tests/support/cms-stack.ts';

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

/** Polls until the server answers (any status), or fails after `limitMs`. */
async function waitForServer(url: string, limitMs: number, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    const failure = exited();
    if (failure) throw new Error(`astro dev stopped before answering:\n${failure}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(30_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`astro dev did not answer ${url} within ${limitMs / 1000} s`);
}

/** Starts `astro dev` in `cwd`, times `paths`, and stops it. */
export async function measureDev(astro: string, cwd: string, env: NodeJS.ProcessEnv, paths: string[]): Promise<DevResponse[]> {
  const [port] = await freePorts(1);
  const child = spawn(astro, ['dev', '--host', '127.0.0.1', '--port', String(port)], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  let exit: string | undefined;
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.on('exit', (code) => (exit = `exit ${code}\n${log.slice(-3000)}`));
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/`, 600_000, () => exit);
    const responses: DevResponse[] = [];
    for (const path of paths) {
      const firstMs = await timed(`${base}${path}`);
      const runs: number[] = [];
      for (let i = 0; i < 5; i += 1) runs.push(await timed(`${base}${path}`));
      runs.sort((a, b) => a - b);
      responses.push({ path, firstMs, medianMs: runs[2] ?? 0 });
    }
    return responses;
  } finally {
    // The dev server and its workers: its own process group, which it leads.
    if (child.pid !== undefined && exit === undefined) process.kill(-child.pid, 'SIGTERM');
  }
}
