// The layers of the code, checked by `npm run check:layers` (dependency-cruiser).
//   src/lib      pure rules and helpers: imports no schema, data getter, component or page
//   src/schemas  the content schemas: may import src/lib only
//   src/data     loads and checks the entries (src/data/check-content.ts runs the content
//                gate): may import src/lib and src/schemas
//   components, layouts and pages render: they may import everything below them
//   scripts/     may use src/lib, src/schemas and src/data, never a component or a page
// Nothing outside test/ imports test/, and there is no import circle anywhere.
// Type-only imports count too. .astro files are not parsed (dependency-cruiser reads
// JavaScript and TypeScript only): components and pages are checked where they are .ts.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: split the module, or move what both need down a layer (entry types to src/data/entries.ts, pure rules to src/lib).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-is-pure',
      severity: 'error',
      comment: 'src/lib holds pure rules and helpers: it imports nothing of schemas, data, components, layouts or pages.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(schemas|data|components|layouts|pages|content[.]config[.]ts)' },
    },
    {
      name: 'schemas-import-lib-only',
      severity: 'error',
      comment: 'src/schemas may import src/lib only.',
      from: { path: '^src/schemas/' },
      to: { path: '^src/(data|components|layouts|pages|content[.]config[.]ts)' },
    },
    {
      name: 'data-below-rendering',
      severity: 'error',
      comment: 'src/data may import src/lib and src/schemas, not what renders.',
      from: { path: '^src/data/' },
      to: { path: '^src/(components|layouts|pages)/' },
    },
    {
      name: 'components-below-pages',
      severity: 'error',
      comment: 'Components and layouts do not import pages.',
      from: { path: '^src/(components|layouts)/' },
      to: { path: '^src/pages/' },
    },
    {
      name: 'scripts-use-lib-schemas-data',
      severity: 'error',
      comment: 'scripts/ may use src/lib, src/schemas and src/data, not components, layouts or pages.',
      from: { path: '^scripts/' },
      to: { path: '^src/(components|layouts|pages)/' },
    },
    {
      name: 'nothing-imports-test',
      severity: 'error',
      comment: 'Only tests import test/: move shared logic to src/lib (or scripts/).',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|dist-subpath|[.]astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // astro:content and the other astro: modules are Astro's own, resolved at build time.
    moduleSystems: ['es6', 'cjs'],
  },
};
