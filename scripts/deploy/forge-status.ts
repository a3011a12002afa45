/**
 * node scripts/deploy/forge-status.ts github|forgejo [pending]: posts the
 * commit status the CMS shows (src/lib/deploy/forge-status.ts). With
 * "pending" it says the build has started; otherwise it posts what
 * scripts/deploy/ci-build.ts wrote to build-status.json, linked to the site
 * (SITE_URL) on success and to this run's summary on failure; when the job
 * failed before the build wrote that file, a technical failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statusDescription } from '../../src/lib/deploy/report.ts';
import { statusRequest, type Forge, type StatusState } from '../../src/lib/deploy/forge-status.ts';
import { ROOT } from './paths.ts';

const [forge, pending] = process.argv.slice(2);
if (forge !== 'github' && forge !== 'forgejo') throw new Error(`usage: forge-status.ts github|forgejo [pending]; got "${forge}"`);

const statusFile = join(process.env.BUILD_REPORT_DIR ?? ROOT, 'build-status.json');
// No build-status.json: the job failed before the build (npm ci, the runner), not because of content.
const status: { state: StatusState; description: string } = pending
  ? { state: 'pending', description: 'Đang xây dựng trang web với thay đổi này…' }
  : existsSync(statusFile)
    ? JSON.parse(readFileSync(statusFile, 'utf8'))
    : { state: 'failure', description: statusDescription({ ok: false, problems: [] }) };
const request = statusRequest(forge as Forge, process.env, status.state, status.description, status.state === 'success' ? process.env.SITE_URL : undefined);
const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(request.body) });
if (!response.ok) throw new Error(`${request.url} answered ${response.status}: ${await response.text()}`);
console.log(`Commit status "${request.body.context}": ${status.state} — ${status.description}`);
