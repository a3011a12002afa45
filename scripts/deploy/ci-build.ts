/**
 * npm run ci:build: what every shipped CI workflow runs to build. Builds the
 * site (SITE_URL and the CMS_* variables come from the forge's settings),
 * verifies and precompresses the output like `npm run deploy`, and writes
 * what the editor is told (src/lib/deploy/report.ts): build-report.md, the
 * Vietnamese page a failed commit status links to, and build-status.json,
 * the state and one-line description that scripts/deploy/forge-status.ts
 * posts (both in BUILD_REPORT_DIR, default the project root). Exits 1 when
 * the site must not be published.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildProblems, editorReport, statusDescription, type BuildOutcome } from '../../src/lib/deploy/report.ts';
import { ROOT } from './paths.ts';
import { prepareRelease } from './verify.ts';

const outDir = resolve(process.env.ASTRO_OUT_DIR ?? join(ROOT, 'dist'));
const reportDir = resolve(process.env.BUILD_REPORT_DIR ?? ROOT);

/** Runs `npm run build`, showing its output as it comes; resolves with the exit code and the whole log. */
function build(): Promise<{ code: number | null; log: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, env: { ...process.env, ASTRO_OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on('close', (code) => done({ code, log }));
  });
}

const logUrl = process.env.BUILD_LOG_URL || undefined;
const { code, log } = await build();
let outcome: BuildOutcome;
if (code !== 0) {
  outcome = { ok: false, problems: buildProblems(log), logUrl };
} else {
  const problems = await prepareRelease(outDir);
  outcome = problems.length > 0 ? { ok: false, problems, logUrl } : { ok: true, siteUrl: process.env.SITE_URL ?? '' };
}
mkdirSync(reportDir, { recursive: true });
writeFileSync(join(reportDir, 'build-report.md'), editorReport(outcome));
writeFileSync(join(reportDir, 'build-status.json'), `${JSON.stringify({ state: outcome.ok ? 'success' : 'failure', description: statusDescription(outcome) }, null, 2)}\n`);
console.log(`\n${editorReport(outcome)}`);
process.exitCode = outcome.ok ? 0 : 1;
