/**
 * Astro integration: cleans every Markdown body and rejects unsafe MDX bodies
 * (rules and reasons in src/lib/security/content-html.ts). Astro 7 renders
 * Markdown and MDX with Sätteri, whose HAST plugins live on the processor's
 * options: this adds one there, ahead of Astro's own image and heading plugins.
 * It also passes the body's text through the text boundary (src/lib/text.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Root } from 'hast';
import { cleanMarkdownTree, summarise, unsafeMdxParts } from '../lib/security/content-html.ts';
import { projectPath } from '../data/content-errors.ts';
import { carriableTree, removedWarning } from '../lib/text.ts';

interface HastContext {
  readonly fileURL: URL | undefined;
  readonly sourceFormat: 'markdown' | 'mdx';
  replaceNode(node: Readonly<Root>, replacement: Root): void;
}

function sourceName(fileURL: URL | undefined): string {
  return fileURL ? projectPath(fileURLToPath(fileURL)) : '(unknown file)';
}

function sanitiserPlugin(logger: AstroIntegrationLogger) {
  return {
    name: 'content-sanitiser',
    before(root: Readonly<Root>, ctx: HastContext) {
      const file = sourceName(ctx.fileURL);
      let safe = root as Root;
      if (ctx.sourceFormat === 'mdx') {
        const unsafe = unsafeMdxParts(safe);
        if (unsafe.length > 0) throw new Error(`${file}: body contains code or unsafe HTML, not allowed in content: ${summarise(unsafe)}`);
      } else {
        const { tree, removed } = cleanMarkdownTree(safe);
        if (removed.length > 0) logger.warn(`${file}: removed unsafe HTML from the body: ${summarise(removed)}`);
        safe = tree;
      }
      // The text boundary (src/lib/text.ts), as for every front matter field.
      const { tree, removed, changed } = carriableTree(safe);
      if (removed.length > 0) logger.warn(removedWarning(file, 'body', removed));
      if (changed || safe !== root) ctx.replaceNode(root, changed ? tree : safe);
    },
  };
}

export default function contentSanitiser(): AstroIntegration {
  return {
    name: 'content-sanitiser',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const processor = config.markdown.processor as { name: string; options: { hastPlugins?: unknown[] } };
        if (!Array.isArray(processor.options.hastPlugins)) {
          throw new Error(`content-sanitiser: the "${processor.name}" Markdown processor takes no HAST plugins; content would not be sanitised`);
        }
        processor.options.hastPlugins.unshift(sanitiserPlugin(logger));
      },
    },
  };
}
