/** Turning Astro's multi-line content errors into "file: field message" problems. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldPath, loadErrorProblem, projectPath, schemaProblems } from '../../src/lib/validation/content-errors.ts';

describe('fieldPath', () => {
  it('writes array indexes in brackets and nested keys with dots', () => {
    expect(fieldPath(['relatedTasks', 0, 'task'])).toBe('relatedTasks[0].task');
    expect(fieldPath(['title'])).toBe('title');
    expect(fieldPath([])).toBe('(file)');
  });
});

describe('schemaProblems', () => {
  it('names every failing field, saying "is required" for missing ones', () => {
    const schema = z.object({ title: z.string(), tags: z.array(z.string()), cover: z.object({ alt: z.string() }) });
    const data = { tags: 'cho', cover: {} };
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    const problems = schemaProblems('content/tin-tuc/a.md', data, result.error?.issues ?? []);
    expect(problems).toEqual([
      { file: 'content/tin-tuc/a.md', field: 'title', message: 'is required' },
      { file: 'content/tin-tuc/a.md', field: 'tags', message: expect.stringMatching(/expected array, received string/) },
      { file: 'content/tin-tuc/a.md', field: 'cover.alt', message: 'is required' },
    ]);
  });
});

describe('loadErrorProblem', () => {
  const root = '/srv/site';

  it('reports YAML that does not parse with its file and line', () => {
    const frontmatter = { name: 'MarkdownError', message: 'unexpected end of the stream within a double quoted scalar', loc: { file: '/srv/site/content/tin-tuc/a.md', line: 6 } };
    expect(loadErrorProblem(frontmatter, root)).toEqual({ file: 'content/tin-tuc/a.md', field: 'line 6', message: 'is not valid YAML: unexpected end of the stream within a double quoted scalar' });
    const data = { name: 'DataCollectionEntryParseError', message: 'content/the/x.yaml failed to parse: missed comma between flow collection entries\nEnsure …', loc: { file: '/srv/site/content/the/x.yaml', line: 2 } };
    expect(loadErrorProblem(data, root)).toEqual({ file: 'content/the/x.yaml', field: 'line 2', message: 'is not valid YAML: missed comma between flow collection entries' });
  });

  it('reports two files with the same id, naming both', () => {
    const duplicate = { name: 'DuplicateContentEntrySlugError', message: '**news** contains multiple entries with the same slug: `a`. Slugs must be unique.\n\nEntries: \n- content/tin-tuc/a.md\n- content/tin-tuc/a.mdx' };
    expect(loadErrorProblem(duplicate, root)).toEqual({ file: 'content/tin-tuc/a.mdx', field: '(file name)', message: 'gives the same id "a" as content/tin-tuc/a.md: ids come from file names, rename one of them' });
  });

  it('leaves errors it does not know alone', () => {
    expect(loadErrorProblem(new Error('disk full'), root)).toBeUndefined();
  });
});

describe('projectPath', () => {
  it('is relative inside the project and absolute outside it', () => {
    expect(projectPath('/srv/site/content/a.md', '/srv/site')).toBe('content/a.md');
    expect(projectPath('/tmp/bench/content/a.md', '/srv/site')).toBe('/tmp/bench/content/a.md');
  });
});
