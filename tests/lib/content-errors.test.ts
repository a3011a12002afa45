/** Turning Astro's multi-line content errors into "file: field message" problems (src/data/content-errors.ts). */
import { describe, expect, it } from 'vitest';
import { loadErrorProblem, projectPath } from '../../src/data/content-errors.ts';

describe('loadErrorProblem', () => {
  const root = '/srv/site';

  it('reports YAML that does not parse with its file and line', () => {
    const frontmatter = { name: 'MarkdownError', message: 'unexpected end of the stream within a double quoted scalar', loc: { file: '/srv/site/content/tin-tuc/a.md', line: 6 } };
    expect(loadErrorProblem(frontmatter, root)).toEqual({ file: 'content/tin-tuc/a.md', field: 'dòng 6', message: 'không đọc được (sai cú pháp YAML): unexpected end of the stream within a double quoted scalar' });
    const data = { name: 'DataCollectionEntryParseError', message: 'content/the/x.yaml failed to parse: missed comma between flow collection entries\nEnsure …', loc: { file: '/srv/site/content/the/x.yaml', line: 2 } };
    expect(loadErrorProblem(data, root)).toEqual({ file: 'content/the/x.yaml', field: 'dòng 2', message: 'không đọc được (sai cú pháp YAML): missed comma between flow collection entries' });
  });

  it('reports two files with the same id, naming both', () => {
    const duplicate = { name: 'DuplicateContentEntrySlugError', message: '**news** contains multiple entries with the same slug: `a`. Slugs must be unique.\n\nEntries: \n- content/tin-tuc/a.md\n- content/tin-tuc/a.mdx' };
    expect(loadErrorProblem(duplicate, root)).toEqual({ file: 'content/tin-tuc/a.mdx', field: '(tên tệp)', message: 'trùng mã "a" với content/tin-tuc/a.md: mã lấy từ tên tệp, hãy đổi tên một trong hai tệp' });
  });

  it('blames the slug field when the colliding id came from it', () => {
    const duplicate = { name: 'DuplicateContentEntrySlugError', message: '**news** contains multiple entries with the same slug: `trung`. Slugs must be unique.\n\nEntries: \n- content/tin-tuc/a.md\n- content/tin-tuc/b.md' };
    expect(loadErrorProblem(duplicate, root)).toEqual({ file: 'content/tin-tuc/b.md', field: 'slug', message: '"trung" đã là mã của content/tin-tuc/a.md: hãy đặt slug khác cho mục này' });
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
