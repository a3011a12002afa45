// @ts-check
// Site options and integrations only; deployment-specific values come from
// environment variables documented in the README.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentSanitiser from './src/integrations/content-sanitiser.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Tests and benchmarks build several sites side by side: each gets its own
  // output and cache folder so the builds never share state.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx(), contentSanitiser(), pagefindIndex()],
  server: { host: '127.0.0.1', port: 4321 },
  build: { format: 'directory' },
  image: {
    // Only images from our own content folder are processed; nothing remote.
    remotePatterns: [],
  },
});
