/**
 * Measuring a build: wall time, CPU time and peak memory of the whole process
 * tree (memory sampled from /proc every 100 ms, so worker processes count
 * too), and the output's size: total, pages, median and largest page raw and
 * gzipped. On a shared machine wall times follow the other jobs' load; CPU
 * time (user + system, counted by GNU time over every process of the build)
 * much less so.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuildRun {
  wallSeconds: number;
  /** User + system CPU seconds of the build and every process it waited for; undefined without GNU time (Debian package "time"). */
  cpuSeconds: number | undefined;
  /** Largest sum of resident memory over the build's processes, in bytes. */
  peakMemoryBytes: number;
  log: string;
}

/** Every process below `root` (children, grandchildren…), from /proc. */
function descendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    found.push(pid);
    queue.push(...(parents.get(pid) ?? []));
  }
  return found;
}

function residentBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

const GNU_TIME = '/usr/bin/time';

/** The "user system" seconds GNU time wrote to `file`, summed. */
function cpuSecondsFrom(file: string): number | undefined {
  const match = /^([\d.]+) ([\d.]+)\s*$/m.exec(existsSync(file) ? readFileSync(file, 'utf8') : '');
  return match ? Number(match[1]) + Number(match[2]) : undefined;
}

/** Runs a command to completion, sampling its memory and counting its CPU time; rejects with its log when it fails. */
export function measureRun(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const timeDir = existsSync(GNU_TIME) ? mkdtempSync(join(tmpdir(), 'bench-time-')) : undefined;
    const timeFile = timeDir && join(timeDir, 'cpu');
    const [program, argv] = timeFile ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
    const child = spawn(program, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid === undefined) return;
      peak = Math.max(peak, descendants(child.pid).reduce((sum, pid) => sum + residentBytes(pid), 0));
    }, 100);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallSeconds = (performance.now() - started) / 1000;
      const cpuSeconds = timeFile ? cpuSecondsFrom(timeFile) : undefined;
      if (timeDir) rmSync(timeDir, { recursive: true, force: true });
      if (code === 0) resolve({ wallSeconds, cpuSeconds, peakMemoryBytes: peak, log });
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${log.slice(-4000)}`));
    });
  });
}

export interface OutputSize {
  totalBytes: number;
  pages: number;
  medianPageBytes: number;
  largestPageBytes: number;
  medianPageGzipBytes: number;
  largestPageGzipBytes: number;
}

/** Bytes of every file under `dir`; 0 when there is no such folder (--no-covers writes no photos). */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function outputSize(dir: string): OutputSize {
  const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name)));
  const raw = pages.map((page) => page.length);
  const gzip = pages.map((page) => gzipSync(page, { level: 9 }).length);
  return {
    totalBytes: folderBytes(dir),
    pages: pages.length,
    medianPageBytes: median(raw),
    largestPageBytes: Math.max(0, ...raw),
    medianPageGzipBytes: median(gzip),
    largestPageGzipBytes: Math.max(0, ...gzip),
  };
}
