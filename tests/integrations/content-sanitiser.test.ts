/** src/integrations/content-sanitiser.ts on its own, Astro's Markdown processor stood in by its options object: where the plugin goes and what it does to a body. */
import { pathToFileURL } from 'node:url';
import type { Root } from 'hast';
import { describe, expect, it, vi } from 'vitest';
import contentSanitiser from '../../src/integrations/content-sanitiser.ts';

type Plugin = { name: string; before(root: Root, ctx: { fileURL: URL | undefined; sourceFormat: 'markdown' | 'mdx'; replaceNode(node: Root, replacement: Root): void }): void };

function setUp(hastPlugins: unknown[] | undefined) {
  const logger = { warn: vi.fn() };
  const processor = { name: 'satteri', options: hastPlugins ? { hastPlugins } : {} };
  const setup = () => contentSanitiser().hooks['astro:config:setup']!({ config: { markdown: { processor } }, logger } as never);
  return { logger, processor, setup };
}

const body = (): Root => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Cân đúng' }] },
    { type: 'element', tagName: 'script', properties: {}, children: [{ type: 'text', value: 'alert(1)' }] },
  ],
});
const file = pathToFileURL(`${process.cwd()}/content/tin-tuc/a.md`);

describe('content-sanitiser', () => {
  it('puts its HAST plugin first, ahead of Astro’s own', () => {
    const { processor, setup } = setUp(['astro-images']);
    setup();
    expect((processor.options.hastPlugins![0] as Plugin).name).toBe('content-sanitiser');
    expect(processor.options.hastPlugins![1]).toBe('astro-images');
  });

  it('refuses a Markdown processor that takes no HAST plugins, rather than leaving content unsanitised', () => {
    expect(setUp(undefined).setup).toThrow(/takes no HAST plugins; content would not be sanitised/);
  });

  it('replaces a Markdown body by its cleaned tree and warns naming the file', () => {
    const { processor, setup, logger } = setUp([]);
    setup();
    const replaceNode = vi.fn();
    (processor.options.hastPlugins![0] as Plugin).before(body(), { fileURL: file, sourceFormat: 'markdown', replaceNode });
    const cleaned = replaceNode.mock.calls[0]![1] as Root;
    expect(JSON.stringify(cleaned)).not.toContain('script');
    expect(JSON.stringify(cleaned)).toContain('Cân đúng');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/^content\/tin-tuc\/a\.md: removed unsafe HTML from the body: .*script/));
  });

  it('stops the build on an MDX body with unsafe HTML, naming the file', () => {
    const { processor, setup } = setUp([]);
    setup();
    expect(() => (processor.options.hastPlugins![0] as Plugin).before(body(), { fileURL: file, sourceFormat: 'mdx', replaceNode: vi.fn() })).toThrow(/^content\/tin-tuc\/a\.md: body contains code or unsafe HTML/);
  });
});
