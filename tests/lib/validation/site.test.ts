/**
 * validateSite, the one entry point of every content rule: the real content/
 * and the plan-progress fixture pass it; every file in
 * tests/fixtures/invalid-content/ breaks one rule and is rejected with the
 * message expected.json gives (field and Vietnamese reason), checked over the
 * real content so that references resolve.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSite } from '../../../src/lib/validation/site.ts';
import { formatProblem } from '../../../src/lib/validation/problem.ts';
import { ROOT } from '../../support/build-site.ts';
import { mergeSiteEntries, readSiteEntries } from '../../support/site-entries.ts';

const real = readSiteEntries(join(ROOT, 'content'), 'content');

describe('the real content/', () => {
  it('passes every check', () => {
    expect(validateSite(real).map(formatProblem)).toEqual([]);
  });
});

describe('the plan-progress fixture', () => {
  it('passes every check, progress collections included', () => {
    const fixture = readSiteEntries(join(ROOT, 'tests/fixtures/plan-progress'), 'tests/fixtures/plan-progress');
    expect(fixture.progressUpdates.length).toBeGreaterThan(0);
    expect(fixture.verificationSessions.length).toBeGreaterThan(0);
    expect(validateSite(fixture).map(formatProblem)).toEqual([]);
  });
});

describe('invalid content fixtures', () => {
  const label = 'tests/fixtures/invalid-content';
  const fixtureRoot = join(ROOT, label);
  const expected = JSON.parse(readFileSync(join(fixtureRoot, 'expected.json'), 'utf8')) as Record<string, string[]>;
  const problems = validateSite(mergeSiteEntries(real, readSiteEntries(fixtureRoot, label)));
  const byFile = (relative: string) => problems.filter((p) => p.file === `${label}/${relative}`).map((p) => `${p.field} ${p.message}`);

  it.each(Object.entries(expected))('%s', (relative, messages) => {
    expect(byFile(relative)).toEqual(messages);
  });

  it('lists every fixture file in expected.json', () => {
    const files = readdirSync(fixtureRoot, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(mdx?|ya?ml)$/.test(name));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it('names no file outside the fixtures', () => {
    expect(problems.filter((p) => !p.file.startsWith(`${label}/`)).map(formatProblem)).toEqual([]);
  });

  it('formats a problem as "file: field message"', () => {
    expect(formatProblem({ file: 'content/tin-tuc/abc.md', field: 'relatedTasks[0].task', message: 'kế hoạch 2022 không có nhiệm vụ "II.9"' })).toBe(
      'content/tin-tuc/abc.md: relatedTasks[0].task kế hoạch 2022 không có nhiệm vụ "II.9"',
    );
  });
});
