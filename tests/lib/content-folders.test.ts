/** src/lib/content-folders.ts: where content lives. */
import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-folders.ts';

describe('content folder', () => {
  it('is content/ unless CONTENT_DIR says otherwise', () => {
    expect(contentDir({})).toBe('content');
    expect(contentDir({ CONTENT_DIR: '/tmp/corpus/' })).toBe('/tmp/corpus');
  });
});
