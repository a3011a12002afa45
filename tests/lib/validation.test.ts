/**
 * Every file in tests/fixtures/invalid-content/ breaks one rule and must be
 * rejected with the message expected.json gives (file, field and reason);
 * the real content/ must pass the same checks cleanly.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema, newsSchema } from '../../src/schemas/publication.ts';
import { eventSchema, type EventData } from '../../src/schemas/event.ts';
import { planSchema, type PlanData } from '../../src/schemas/plan.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { tagSchema } from '../../src/schemas/tag.ts';
import { validatePlan } from '../../src/lib/validation/plan.ts';
import { validateEvent } from '../../src/lib/validation/event.ts';
import { validateReferences, type ContentFile, type ReferenceIndex } from '../../src/lib/validation/references.ts';
import { schemaProblems } from '../../src/lib/validation/schema.ts';
import { formatProblem, type Problem } from '../../src/lib/validation/problem.ts';
import { readContentData } from '../support/content-file.ts';
import { ROOT } from '../support/build-site.ts';

const image = () => z.string();
const SCHEMAS: Record<string, z.ZodType> = {
  'tin-tuc': newsSchema(image),
  'bai-viet': articleSchema(image),
  'su-kien': eventSchema,
  'ke-hoach': planSchema,
  the: tagSchema,
  'cai-dat': settingsSchema,
};

interface Checked {
  problems: Problem[];
  references: ContentFile<{ uid: string }>[];
}

/** Validates every file of a content root as the build does: schema, per-file rules, then cross-references. */
function checkContentRoot(root: string, rootLabel: string, index?: ReferenceIndex): Checked & { index: ReferenceIndex } {
  const problems: Problem[] = [];
  const references: ContentFile<{ uid: string }>[] = [];
  const plans = new Map<string, Set<string>>();
  const tags = new Set<string>();
  const events = new Set<string>();
  for (const folder of Object.keys(SCHEMAS)) {
    let files: string[] = [];
    try {
      files = readdirSync(join(root, folder)).filter((f) => /\.(md|mdx|ya?ml)$/.test(f)).sort();
    } catch {
      continue;
    }
    for (const name of files) {
      const file = `${rootLabel}/${folder}/${name}`;
      const id = name.replace(/\.[^.]+$/, '');
      const parsed = SCHEMAS[folder]!.safeParse(readContentData(join(root, folder, name)));
      if (!parsed.success) {
        problems.push(...schemaProblems(parsed.error, file));
        continue;
      }
      if (folder === 'ke-hoach') {
        const plan = parsed.data as PlanData;
        problems.push(...validatePlan(plan, file));
        plans.set(id, new Set(plan.tasks.map((t) => t.code)));
      }
      if (folder === 'su-kien') {
        problems.push(...validateEvent(parsed.data as EventData, file));
        events.add(id);
      }
      if (folder === 'the') tags.add(id);
      if (['tin-tuc', 'bai-viet', 'su-kien'].includes(folder)) references.push({ id, file, data: parsed.data as { uid: string } });
    }
  }
  const ownIndex: ReferenceIndex = { planTasks: plans, tagIds: tags, eventIds: events };
  problems.push(...validateReferences(references, index ?? ownIndex));
  return { problems, references, index: ownIndex };
}

describe('the real content/', () => {
  it('passes every check', () => {
    const { problems } = checkContentRoot(join(ROOT, 'content'), 'content');
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('invalid content fixtures', () => {
  const fixtureRoot = join(ROOT, 'tests/fixtures/invalid-content');
  const expected = JSON.parse(readFileSync(join(fixtureRoot, 'expected.json'), 'utf8')) as Record<string, string[]>;
  // References resolve against the real content (plan 2022, real tags and events).
  const realIndex = checkContentRoot(join(ROOT, 'content'), 'content').index;
  const { problems } = checkContentRoot(fixtureRoot, 'tests/fixtures/invalid-content', realIndex);
  const byFile = (relative: string) =>
    problems.filter((p) => p.file === `tests/fixtures/invalid-content/${relative}`).map((p) => `${p.field} ${p.message}`);

  it.each(Object.entries(expected))('%s', (relative, messages) => {
    expect(byFile(relative)).toEqual(messages);
  });

  it('lists every fixture file in expected.json', () => {
    const files = Object.keys(SCHEMAS).flatMap((folder) => {
      try {
        return readdirSync(join(fixtureRoot, folder)).map((name) => `${folder}/${name}`);
      } catch {
        return [];
      }
    });
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  it('formats a problem as "file: field message"', () => {
    expect(formatProblem({ file: 'content/tin-tuc/abc.md', field: 'relatedTasks[0].task', message: '"II.9" is not a task of plan 2022' })).toBe(
      'content/tin-tuc/abc.md: relatedTasks[0].task "II.9" is not a task of plan 2022',
    );
  });
});
