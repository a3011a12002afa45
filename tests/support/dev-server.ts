/**
 * `astro dev` over a content folder, on a free loopback port, in its own
 * process group: for tests of what the dev server does per request, and for
 * the benchmark's dev-server figures.
 */
import { join } from 'node:path';
import { ROOT } from './build-site.ts';
import { freePorts, startProcessGroup, stopChild, waitForOutput } from './cms-stack.ts';

export interface DevServer {
  url: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `astro dev` in `cwd` (the project by default) and resolves once it listens. */
export async function startDevServer(env: NodeJS.ProcessEnv, cwd = ROOT, timeoutMs = 600_000): Promise<DevServer> {
  const [port = 0] = await freePorts(1);
  const { child, output } = startProcessGroup(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], cwd, {
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  });
  try {
    await waitForOutput(child, /Local\s+http:\/\/127\.0\.0\.1:\d+/, output, timeoutMs);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  // Where astro dev says it is (it moves on if the port was taken meanwhile).
  return { url: /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output())![1]!, output, stop: () => stopChild(child) };
}
