/** src/integrations/body-images.ts on its own, Astro's Markdown processor stood in by its options object: where the plugin goes and what it asks of getImage(). */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import bodyImages from '../../src/integrations/body-images.ts';
import { ROOT } from '../support/build-site.ts';

interface Context {
  fileURL: URL | undefined;
  sourceFormat: 'markdown' | 'mdx';
  setProperty(node: Element, key: string, value: unknown): void;
}
type Plugin = { name: string; element: { filter: string[]; visit(node: Element, ctx: Context): void } };

function installed(hastPlugins: unknown[]): Plugin {
  bodyImages().hooks['astro:config:setup']!({ config: { markdown: { processor: { name: 'satteri', options: { hastPlugins } } } } } as never);
  const plugin = hastPlugins.find((entry) => (entry as Plugin).name === 'body-images');
  if (!plugin) throw new Error('body-images added no plugin');
  return plugin as Plugin;
}

/** What the plugin sets on an <img src> in a body at `file` (the syndication fixture has an 800×500 diagram next to its news). */
function propertiesFor(src: string, sourceFormat: 'markdown' | 'mdx' = 'markdown', file = join(ROOT, 'tests/fixtures/syndication/tin-tuc/a.md')): Record<string, unknown> {
  const plugin = installed([{ name: 'content-sanitiser' }]);
  const set: Record<string, unknown> = {};
  const node: Element = { type: 'element', tagName: 'img', properties: { src, alt: 'Sơ đồ' }, children: [] };
  plugin.element.visit(node, { fileURL: pathToFileURL(file), sourceFormat, setProperty: (_node, key, value) => void (set[key] = value) });
  return set;
}

describe('body-images', () => {
  it('goes right after the content sanitiser, ahead of Astro’s image plugin', () => {
    const plugins: unknown[] = [{ name: 'content-sanitiser' }, { name: 'astro-images' }];
    installed(plugins);
    expect(plugins.map((plugin) => (plugin as Plugin).name)).toEqual(['content-sanitiser', 'body-images', 'astro-images']);
    expect(installed([{ name: 'content-sanitiser' }]).element.filter).toEqual(['img']);
  });

  it('refuses to run without the sanitiser before it (its widths would be taken for editor HTML)', () => {
    expect(() => installed([{ name: 'astro-images' }])).toThrow(/after content-sanitiser/);
  });

  it('gives a picture next to the content the widths it has, never wider than its source, in WebP', () => {
    expect(propertiesFor('../anh/so-do-kiem-dinh.png')).toEqual({ width: 720, widths: [360, 720], sizes: '(min-width: 48rem) 44rem, 100vw', format: 'webp' });
  });

  it('gives an MDX picture its widths as one space-separated attribute (what MDX splits into the <Image> widths)', () => {
    expect(propertiesFor('../anh/so-do-kiem-dinh.png', 'mdx')).toEqual({ width: 720, widths: '360 720', sizes: '(min-width: 48rem) 44rem, 100vw', format: 'webp' });
  });

  it('leaves remote, site-absolute, vector and missing pictures to Astro', () => {
    expect(propertiesFor('https://example.test/a.jpg')).toEqual({});
    expect(propertiesFor('/anh/a.jpg')).toEqual({});
    expect(propertiesFor('../anh/so-do.svg')).toEqual({});
    expect(propertiesFor('../anh/khong-co.jpg')).toEqual({});
  });
});
