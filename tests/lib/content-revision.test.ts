/** src/lib/content-revision.ts: the key under which the site's checks are reused while content is unchanged. */
import { describe, expect, it } from 'vitest';
import { contentRevision } from '../../src/lib/content-revision.ts';

const collections = { news: [{ id: 'a', digest: '1' }, { id: 'b', digest: '2' }], tags: [{ id: 'can', digest: '3' }] };
const attachments = new Map([['/tep/a.pdf', 100]]);

describe('contentRevision', () => {
  it('is the same for the same content', () => {
    expect(contentRevision(collections, attachments)).toBe(contentRevision({ ...collections }, new Map(attachments)));
  });

  it('changes when a file is edited, added, removed or renamed, or an attachment changes', () => {
    const base = contentRevision(collections, attachments);
    const variants = [
      contentRevision({ ...collections, news: [{ id: 'a', digest: '9' }, { id: 'b', digest: '2' }] }, attachments),
      contentRevision({ ...collections, news: [...collections.news, { id: 'c', digest: '4' }] }, attachments),
      contentRevision({ ...collections, news: [{ id: 'a', digest: '1' }] }, attachments),
      contentRevision({ ...collections, news: [{ id: 'a2', digest: '1' }, { id: 'b', digest: '2' }] }, attachments),
      contentRevision(collections, new Map([['/tep/a.pdf', 101]])),
      contentRevision(collections, new Map()),
    ];
    for (const variant of variants) expect(variant).not.toBe(base);
  });

  it('falls back on the data where an entry has no digest', () => {
    expect(contentRevision({ tags: [{ id: 'x', data: { label: 'Cân' } }] }, new Map())).not.toBe(contentRevision({ tags: [{ id: 'x', data: { label: 'Cân!' } }] }, new Map()));
  });
});
