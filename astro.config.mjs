// @ts-check
// Site options and integrations only; deployment-specific values come from
// environment variables documented in the README.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentSanitiser from './src/integrations/content-sanitiser.ts';
import bodyImages from './src/integrations/body-images.ts';
import imageMasters from './src/integrations/image-masters.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import adminPolicy from './src/integrations/admin-policy.ts';
import siteUrlGuard from './src/integrations/site-url-guard.ts';
import { siteUrl } from './src/lib/site-url.ts';
import { buildCacheDir } from './src/lib/build-cache.ts';
import adminBundle from './src/integrations/admin-bundle.ts';
import outputInPlace from './src/integrations/output-in-place.ts';
import { inSitemap } from './src/lib/syndication/crawling.ts';
import { SEARCH_FOLDER } from './src/lib/search/bundles.ts';
import { SITE_DIRECTIVES, SITE_SCRIPT_SOURCES, SITE_STYLE_ATTRIBUTE_SOURCES } from './src/lib/security/csp.ts';

export default defineConfig({
  site: siteUrl(process.env),
  trailingSlash: 'always',
  // Tests and benchmarks build several sites side by side: each gets its own
  // output and cache folder so the builds never share state. The cache holds
  // what a warm build reuses (src/lib/build-cache.ts).
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: buildCacheDir(process.env),
  // A build writes over the previous output (outputInPlace), which removes
  // what that left once the sitemap and the CMS bundle are written and
  // before the search index reads every page of the folder; the search
  // index's own folder is written in place by its step (pagefindIndex).
  integrations: [siteUrlGuard(), mdx(), contentSanitiser(), bodyImages(), imageMasters(), sitemap({ filter: inSitemap }), adminBundle(), outputInPlace({ leave: [SEARCH_FOLDER] }), pagefindIndex(), adminPolicy()],
  server: { host: '127.0.0.1', port: 4321 },
  // Astro's dev toolbar floats over every page, the CMS at /admin/ included,
  // and has no per-page switch; nothing on this site needs it.
  devToolbar: { enabled: false },
  // Four pages rendered at once (Astro renders one at a time by default): a
  // warm build's main thread sat 60–70 % idle while pages were written, and
  // with four in flight the page step of the 1,000-item benchmark took
  // 5.4–6.3 s instead of 6.4–7.9 s, the same peak memory (README, "Build
  // cost"). What pages share is loaded once per build whichever asks first
  // (cachedInBuild in src/data/site.ts keeps the promise).
  build: { format: 'directory', concurrency: 4 },
  // Two content files with the same id (cung-ten.md and cung-ten.mdx) or two
  // pages on one URL stop the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  image: {
    // Only images from our own content folder are processed; nothing remote.
    remotePatterns: [],
    // Encoder settings chosen by measurement on 4000×3000 phone photos (README,
    // "Images"): AVIF at effort 0 encodes as fast as WebP and is about half its
    // size at the same PSNR; sharp's default effort 4 is 10× slower (≈1.5 s for
    // one 1200 px variant) for a further third off. WebP at effort 2 is 30 %
    // faster than the default 4 and no larger at this quality.
    // JPEG fallbacks are flattened onto the page background (src/integrations/image-service.ts):
    // a transparent PNG cover is not black.
    service: { entrypoint: './src/integrations/image-service.ts', config: { avif: { effort: 0 }, webp: { effort: 2 } } },
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
  vite: {
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    // The dev server keeps Vite's cache of pre-bundled dependencies to itself: a
    // build run beside it (npm run build during npm run dev) would otherwise
    // rewrite that cache, and the open CMS would fail to load its bundle
    // ("504 Outdated Optimize Dep") until the dev server restarts.
    cacheDir: process.argv.includes('dev') ? 'node_modules/.vite' : 'node_modules/.vite-build',
    // A changed file is reported only once it has stopped changing: decap-server
    // and most editors write a file by truncating it first, and a content loader
    // that reads between the two can keep the entry as it was. The CMS browser
    // tests saw astro dev serve an edited entry's old content for a minute and
    // more, now and then, with the machine busy.
    server: { watch: { awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 } } },
  },
});
