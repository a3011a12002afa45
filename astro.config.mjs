// @ts-check
// Site options and integrations only; deployment-specific values come from
// environment variables documented in the README.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentSanitiser from './src/integrations/content-sanitiser.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import adminPolicy from './src/integrations/admin-policy.ts';
import siteUrlGuard from './src/integrations/site-url-guard.ts';
import { siteUrl } from './src/lib/site-url.ts';
import { inSitemap } from './src/lib/syndication/crawling.ts';
import { SITE_DIRECTIVES, SITE_SCRIPT_SOURCES, SITE_STYLE_ATTRIBUTE_SOURCES } from './src/lib/security/csp.ts';

export default defineConfig({
  site: siteUrl(process.env),
  trailingSlash: 'always',
  // Tests and benchmarks build several sites side by side: each gets its own
  // output and cache folder so the builds never share state.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [siteUrlGuard(), mdx(), contentSanitiser(), pagefindIndex(), sitemap({ filter: inSitemap }), adminPolicy()],
  server: { host: '127.0.0.1', port: 4321 },
  // Astro's dev toolbar floats over every page, the CMS at /admin/ included,
  // and has no per-page switch; nothing on this site needs it.
  devToolbar: { enabled: false },
  build: { format: 'directory' },
  // Two content files with the same id (cung-ten.md and cung-ten.mdx) or two
  // pages on one URL stop the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  image: {
    // Only images from our own content folder are processed; nothing remote.
    remotePatterns: [],
  },
  // Content-Security-Policy <meta> on every page with the hashes of its own
  // scripts and styles; the policy itself lives in src/lib/security/csp.ts.
  security: {
    csp: {
      directives: [...SITE_DIRECTIVES],
      scriptDirective: { resources: [...SITE_SCRIPT_SOURCES] },
      styleDirective: { resources: SITE_STYLE_ATTRIBUTE_SOURCES.map((resource) => ({ resource, kind: 'attribute' })) },
    },
  },
  // Code blocks stay plain: Shiki colours with style attributes, which the
  // content sanitiser removes and a strict style policy would refuse anyway.
  markdown: { syntaxHighlight: false },
  // Scripts always ship as files, never inlined into pages, so the header
  // policy (public/_headers) can say script-src 'self' with no page hashes.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});
