/**
 * The import directions of the house (README: "How the code is layered"),
 * checked by dependency-cruiser in tests/architecture/import-directions.test.ts:
 *
 *   content/ → src/schemas/ → src/lib/ → src/data/ → src/pages/ → src/components/, src/layouts/
 *
 * Each layer may import the ones before it, never the ones after. `.astro`
 * files take part through their frontmatter (the test converts them with
 * Astro's own astro2tsx, as `astro check` does).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'schemas-are-the-root',
      comment: 'src/schemas/ says what content looks like; it depends on nothing of ours but other schemas.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: {
        path: '^src/(lib|data|pages|components|layouts|integrations|scripts)/',
        // The two parsers the schemas validate dates and timeframes with: pure leaves of src/lib/ that import no schema.
        pathNot: '^src/lib/(dates|plan/timeframe)[.]ts$',
      },
    },
    {
      name: 'lib-is-pure',
      comment: 'src/lib/ holds pure functions: no Astro runtime (astro:*), no disk, no image encoder, nothing from the layers above it.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: ['^astro:', '^(node:)?fs(/promises)?$', '^node_modules/sharp/', '^src/(data|pages|components|layouts|integrations)/'] },
    },
    {
      name: 'data-loads-only',
      comment: 'src/data/ loads and caches content for pages; it knows no route, component or layout.',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: '^src/(pages|components|layouts)/' },
    },
    {
      name: 'components-fetch-nothing',
      comment: 'Components and layouts render the props a page passes: they load nothing (src/data/, astro:content values) and know no route module.',
      severity: 'error',
      from: { path: '^src/(components|layouts)/' },
      to: { path: '^src/(data|pages)/' },
    },
    {
      name: 'no-cycles',
      comment: 'A cycle would hide a layer inside another (and keeps the schemas-to-lib exception above honest).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  },
};
