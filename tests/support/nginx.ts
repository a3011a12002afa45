/**
 * `npm run serve:nginx` over a built folder, as a deployer runs it, on a free
 * loopback port; and raw HTTP requests to it (no automatic decompression, so
 * tests see Content-Encoding and the bytes nginx sent).
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { ROOT } from './build-site.ts';
import { freePorts, startProcessGroup, stopChild } from './cms-stack.ts';
import type { RunningServer } from './static-server.ts';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A GET over http or https (https: any certificate, as tests use self-signed ones). */
export function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = request(url, { headers, agent: false, rejectUnauthorized: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, String(value)])),
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Starts nginx on `root` (a build, or a symlink to one) and resolves once it answers. */
export async function serveWithNginx(root: string): Promise<RunningServer> {
  const [port = 0] = await freePorts(1);
  const { child, output } = startProcessGroup('npm', ['run', '--silent', 'serve:nginx', '--', '--port', String(port), '--root', root], ROOT, {});
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve:nginx exited with ${child.exitCode}:\n${output()}`);
    const answered = await get(`${url}/`).then(() => true, () => false);
    if (answered) break;
    if (Date.now() > deadline) throw new Error(`serve:nginx did not answer on ${url}:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, close: () => stopChild(child) };
}
