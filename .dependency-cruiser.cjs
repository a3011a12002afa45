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
      comment:
        'src/schemas/ says what content looks like. It may call pure helpers of src/lib/ (date parsers, the message catalogue) as long as they import no schema back (no-cycles), and nothing that loads or renders.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^src/(data|pages|components|layouts|integrations|scripts)/' },
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
      comment: 'A cycle would hide a layer inside another (and keeps the schemas’ use of src/lib/ helpers one way).',
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
