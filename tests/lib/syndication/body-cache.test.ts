import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyCacheText, bodyKey, cachedBodies, readBodyCache, transformFingerprint } from '../../../src/lib/syndication/body-cache.ts';
import { syndicatedBody } from '../../../src/lib/syndication/html.ts';

const page = new URL('https://example.test/tin-tuc/mot-tin/');
const html = '<p>Cân <a href="/ke-hoach/2022/">kế hoạch</a></p><img src="anh.webp" alt="Ảnh" width="800" height="600"><img src="/b.png" alt="">';
const STAMP = 'stamp';

/** The cache file a build leaves after making the bodies of `pages`. */
function filled(...pages: URL[]): string {
  const bodies = cachedBodies(new Map());
  for (const base of pages) bodies.body(html, base);
  return bodyCacheText(STAMP, bodies.used);
}

describe('cachedBodies', () => {
  it('gives what syndicatedBody gives, parsed once and then read from the cache', () => {
    const cold = cachedBodies(new Map());
    expect(cold.body(html, page)).toEqual(syndicatedBody(html, page));
    expect(cold.parsed).toBe(1);
    const warm = cachedBodies(readBodyCache(filled(page), STAMP));
    // The same through JSON, width and height absent where the body has none.
    expect(JSON.stringify(warm.body(html, page))).toBe(JSON.stringify(syndicatedBody(html, page)));
    expect(warm.parsed).toBe(0);
    expect(warm.changed).toBe(false);
  });

  it('parses again for another page URL (site URL, base or path) or another HTML', () => {
    const warm = cachedBodies(readBodyCache(filled(page), STAMP));
    const moved = new URL('https://bao.example/thanh-pho/tin-tuc/mot-tin/');
    expect(warm.body(html, moved).html).toContain('href="https://bao.example/ke-hoach/2022/"');
    expect(warm.body(html.replace('Cân', 'Cân đo'), page).text).toContain('Cân đo');
    expect(warm.parsed).toBe(2);
    expect(warm.changed).toBe(true);
  });

  it('keeps only what this build used, so entries of removed items drop out', () => {
    const other = new URL('https://example.test/tin-tuc/khac/');
    const warm = cachedBodies(readBodyCache(filled(page, other), STAMP));
    warm.body(html, page);
    expect([...warm.used.keys()]).toEqual([bodyKey(html, page)]);
    expect(warm.changed).toBe(true);
  });
});

describe('readBodyCache', () => {
  it('trusts nothing from a missing, truncated, foreign or differently stamped file', () => {
    const text = filled(page);
    expect(readBodyCache(text, STAMP).size).toBe(1);
    expect(readBodyCache(undefined, STAMP).size).toBe(0);
    expect(readBodyCache(text.slice(0, text.length / 2), STAMP).size).toBe(0);
    expect(readBodyCache('[1, 2]', STAMP).size).toBe(0);
    expect(readBodyCache(JSON.stringify({ fingerprint: STAMP, bodies: null }), STAMP).size).toBe(0);
    expect(readBodyCache(text, 'another transform').size).toBe(0);
  });

  it('leaves out an entry of the wrong shape and keeps the others', () => {
    const other = new URL('https://example.test/tin-tuc/khac/');
    const file = JSON.parse(filled(page, other)) as { bodies: Record<string, { html: unknown }> };
    file.bodies[bodyKey(html, page)]!.html = 42;
    expect([...readBodyCache(JSON.stringify(file), STAMP).keys()]).toEqual([bodyKey(html, other)]);
  });

  it('keeps every field an entry was written with, not only those it checks (a field added to the transform later is not lost on warm builds)', () => {
    const file = JSON.parse(filled(page)) as { bodies: Record<string, Record<string, unknown> & { images: Record<string, unknown>[] }> };
    const entry = file.bodies[bodyKey(html, page)]!;
    entry.wordCount = 3;
    entry.images[0]!.caption = 'Ảnh chụp';
    const read = readBodyCache(JSON.stringify(file), STAMP).get(bodyKey(html, page)) as unknown as Record<string, unknown> & { images: Record<string, unknown>[] };
    expect(read.wordCount).toBe(3);
    expect(read.images[0]!.caption).toBe('Ảnh chụp');
  });
});

describe('transformFingerprint', () => {
  it('changes with the transform source and with the lockfile', () => {
    const source = readFileSync('src/lib/syndication/html.ts', 'utf8');
    const stamp = transformFingerprint(source, '{}');
    expect(transformFingerprint(source, '{}')).toBe(stamp);
    expect(transformFingerprint(`${source} `, '{}')).not.toBe(stamp);
    expect(transformFingerprint(source, '{ }')).not.toBe(stamp);
  });
});
