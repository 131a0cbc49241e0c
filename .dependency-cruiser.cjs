// @ts-check
/**
 * The architecture's arrows, checked on every `npm run lint` (`depcruise src tests scripts`). Each rule is one of
 * the README's "never" arrows. Type-only imports count: a type import is still a dependency between modules.
 * .astro files are not read (dependency-cruiser has no Astro parser); they are pages and components, the top
 * of the arrows, where anything below may be imported.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other (types included) cannot be understood, tested or moved one at a time.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'The simulator domain imports nothing outside its folder: no store, UI, React, zustand, Astro, schemas or Node.',
      from: { path: '^src/simulator/domain/' },
      to: { pathNot: '^src/simulator/domain/' },
    },
    {
      name: 'store-imports-no-ui',
      severity: 'error',
      comment: 'The store runs the domain; it knows no component, React, Astro, or the exercises built on it.',
      from: { path: '^src/simulator/store/' },
      to: { path: ['^src/simulator/ui/', '^src/exercises/', '^node_modules/(react|react-dom|astro|@astrojs)/'] },
    },
    {
      name: 'simulator-ui-reaches-domain-through-store',
      severity: 'error',
      comment: 'Components read the store through selectors; every decision is the domain’s, reached via the store.',
      from: { path: '^src/simulator/ui/' },
      to: { path: '^src/simulator/domain/' },
    },
    {
      name: 'simulator-ui-imports-no-exercises',
      severity: 'error',
      comment: 'The exercises are built on the simulator, never the other way round: a page composes the two.',
      from: { path: '^src/simulator/' },
      to: { path: '^src/exercises/' },
    },
    {
      name: 'simulator-ui-ships-no-icon-library',
      severity: 'error',
      comment: 'Icons are rendered on the server and passed to the island as slots.',
      from: { path: '^src/(simulator|exercises)/' },
      to: { path: '^node_modules/@phosphor-icons/' },
    },
    {
      name: 'engine-imports-no-ui',
      severity: 'error',
      comment:
        'The exercise engine is pure: the simulator domain, t() and catalogs only. No store, UI, React, zustand, schemas or zod.',
      from: { path: '^src/exercises/engine/' },
      to: {
        path: [
          '^src/simulator/(store|ui)/',
          '^src/exercises/ui/',
          '^src/schemas/',
          '^node_modules/(react|react-dom|zustand|astro|@astrojs|zod)/',
        ],
      },
    },
    {
      name: 'browser-code-uses-zod-mini',
      severity: 'error',
      comment: 'What runs in the browser validates with zod/mini; the full zod would cost most of the island’s budget.',
      from: {
        path: [
          '^src/simulator/',
          '^src/exercises/',
          '^src/schemas/(persisted-state|exercise-result|exercise-run)\\.ts$',
        ],
      },
      to: { path: '^node_modules/zod/', pathNot: '^node_modules/zod/(v4/)?mini/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'src-imports-no-scripts',
      severity: 'error',
      comment: 'scripts/ holds tools (bench, Chromium options) that run beside the site, never in it.',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'declared-dependencies-only',
      severity: 'error',
      comment: 'Everything imported is declared in package.json, so a fresh install has it.',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing file.',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^tests/fixtures/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      // Some packages (@xapi/cmi5) name their entry only in `module`, as bundlers read it.
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
