import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import { builtinModules } from 'node:module'

// The arrows of the architecture, enforced on every change:
//
//   renderer ──► shared ◄── electron/core ◄── electron/{main, host, cli}
//                    ▲                              │
//                    └──────── electron/preload ◄───┘ (contract only)
//
// Two rules carry them. `no-restricted-imports` says which packages a folder
// may use (it reads the import as written, so it also sees Node built-ins);
// `import-x/no-restricted-paths` says which folders a folder may reach (it
// resolves the import, so `../core/core` and `../../electron/core/core` are
// the same file to it). `import-x/no-cycle` keeps every arrow one-way; it
// follows value imports only, as an `import type` leaves nothing at run time;
// scripts/import-circles.test.ts counts the circles that type imports make.
//
// scripts/lint-layering.test.ts lints a wrong import of each kind against
// this file and expects it to fail.

const root = import.meta.dirname
const at = (path) => `${root}/${path}`

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
// Packages that need Node (a native addon, the file system, a fake DOM): they
// belong to core and the shells, never to shared or the renderer.
const nodeOnlyPackages = ['better-sqlite3', 'sharp', 'happy-dom', 'mammoth', 'winston', '@tiptap/html/server']
const electronPackage = /** @type {const} */ ({ regex: '^electron(/|$)' })

// Test support: tests, the folders that hold their helpers and samples, and
// the fixture modules not yet moved into such a folder. Production code never
// imports any of it.
const testSupportFiles = [
  '**/*.test.{ts,tsx}',
  '**/testing/**',
  '**/fixtures/**',
  '**/*-fixture.ts',
  '**/*-fixtures.ts'
]

// Lint's own fixtures are wrong on purpose; the lint test reads them.
const lintFixtures = 'scripts/lint-fixtures/**'

// Inside the renderer, arrows run from the screens down to the features and
// from both down to the foundations; one screen never imports another.
const rendererScreens = ['renderer/src/App.tsx', 'renderer/src/main.tsx', 'renderer/src/article', 'renderer/src/library']
const rendererFeatures = [
  'renderer/src/autosave',
  'renderer/src/editor',
  'renderer/src/export-batch',
  'renderer/src/history',
  'renderer/src/people',
  'renderer/src/prepublish',
  'renderer/src/preview',
  'renderer/src/replica',
  'renderer/src/settings',
  'renderer/src/workflow'
]
const rendererFoundations = ['renderer/src/backend', 'renderer/src/common', 'renderer/src/fonts', 'renderer/src/i18n', 'renderer/src/routing']

const shells = ['electron/main', 'electron/host', 'electron/cli', 'electron/hub']

const zones = {
  sharedIsPure: {
    target: 'shared',
    from: ['electron', 'renderer'],
    message: 'shared/ depends on nothing above it.'
  },
  rendererThroughTheContract: {
    target: 'renderer',
    from: 'electron',
    message: 'The renderer never imports electron/: use the contract client.'
  },
  rendererTestsStartTheHost: {
    target: 'renderer',
    from: ['electron/main', 'electron/preload', 'electron/cli'],
    message: 'A renderer test may start the browser host, not the Electron shell or the CLI.'
  },
  coreBelowTheShells: {
    target: 'electron/core',
    from: [...shells, 'electron/preload', 'renderer'],
    message: 'core sits below the shells and the renderer.'
  },
  preloadExposesTheContract: {
    target: 'electron/preload',
    from: ['electron/core', 'renderer'],
    message: 'preload exposes the contract only.'
  },
  shellsServeTheBuiltRenderer: {
    target: shells,
    from: 'renderer',
    message: 'The shells serve the built renderer; they never import its source.'
  },
  shellsEnterCoreByTheDoor: {
    target: shells,
    from: 'electron/core',
    // Test support is for tests only, which the test-support zone sees to.
    except: ['./index.ts', './testing'],
    message: "A shell enters core only through its front door, electron/core/index.ts."
  },
  rendererFoundationsStayLow: {
    target: rendererFoundations,
    from: [...rendererFeatures, ...rendererScreens],
    message: "The renderer's foundations (backend, common, fonts, i18n, routing) import no feature and no screen."
  },
  rendererFeaturesStayBelowScreens: {
    target: rendererFeatures,
    from: rendererScreens,
    message: 'A renderer feature never imports a screen: the screen passes down what the feature needs.'
  },
  articleScreenIsNotTheLibrary: {
    target: 'renderer/src/article',
    from: 'renderer/src/library',
    message: 'One screen never imports another: App chooses between them.'
  },
  libraryIsNotTheArticleScreen: {
    target: 'renderer/src/library',
    from: 'renderer/src/article',
    message: 'One screen never imports another: App chooses between them.'
  },
  productionNeverImportsTestSupport: {
    target: ['electron', 'shared', 'renderer'],
    from: [...testSupportFiles.map(at), at('e2e/**')],
    message: 'Production code never imports test support (tests, testing/ folders, fixtures).'
  }
}

const productionZones = Object.entries(zones)
  .filter(([name]) => name !== 'rendererTestsStartTheHost')
  .map(([, zone]) => zone)
// A renderer test may drive the real back side (a core on a temporary SQLite
// file, served by the browser host) rather than a fake of it.
const testZones = Object.entries(zones)
  .filter(([name]) => name !== 'productionNeverImportsTestSupport' && name !== 'rendererThroughTheContract')
  .map(([, zone]) => zone)

const restrictedPaths = (list) => ['error', { basePath: root, zones: list }]
const restrictedImports = ({ packages = [], patterns = [] }) => [
  'error',
  { paths: packages, patterns }
]
const named = (names, message) => names.map((name) => ({ name, message }))

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tools/**', 'electron.vite.config.ts.*.mjs', lintFixtures] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  {
    files: ['**/*.{js,ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.json'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      // One lint run sees one tree: what a module imports is read once, not
      // again whenever a slow (shared, two-core) run outlasts the default 30 s.
      'import-x/cache': { lifetime: '∞' }
    },
    rules: {
      'import-x/no-restricted-paths': restrictedPaths(productionZones),
      // Packages are never followed: a cycle inside node_modules is not ours.
      'import-x/no-cycle': ['error', { ignoreExternal: true }]
    }
  },
  {
    files: testSupportFiles,
    rules: { 'import-x/no-restricted-paths': restrictedPaths(testZones) }
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictedImports({
        packages: [
          ...named(nodeBuiltins, 'shared/ is pure: no Node built-ins.'),
          ...named(nodeOnlyPackages, 'shared/ is pure: no package that needs Node.')
        ],
        patterns: [
          { ...electronPackage, message: 'shared/ is pure: no Electron.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tiptap/react'], message: 'shared/ is pure: no React.' }
        ]
      }),
      'no-restricted-globals': ['error',
        { name: 'window', message: 'shared/ is pure: no DOM.' },
        { name: 'document', message: 'shared/ is pure: no DOM.' },
        { name: 'navigator', message: 'shared/ is pure: no DOM.' },
        { name: 'localStorage', message: 'shared/ is pure: no DOM.' },
        { name: 'process', message: 'shared/ is pure: no Node.' },
        { name: 'Buffer', message: 'shared/ is pure: no Node.' }
      ]
    }
  },
  {
    // shared's tests parse and render HTML under Node, in a fake DOM.
    files: testSupportFiles.map((glob) => `shared/${glob}`),
    rules: {
      'no-restricted-imports': restrictedImports({
        packages: named(nodeBuiltins, 'shared/ is pure: no Node built-ins.'),
        patterns: [
          { ...electronPackage, message: 'shared/ is pure: no Electron.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tiptap/react'], message: 'shared/ is pure: no React.' }
        ]
      })
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrictedImports({
        packages: [
          ...named(nodeBuiltins, 'The renderer has no Node: ask the back side through the contract.'),
          ...named(nodeOnlyPackages, 'The renderer has no Node: ask the back side through the contract.')
        ],
        patterns: [{ ...electronPackage, message: 'The renderer never imports Electron: use the contract client.' }]
      })
    }
  },
  {
    files: testSupportFiles.map((glob) => `renderer/${glob}`),
    rules: {
      'no-restricted-imports': restrictedImports({
        patterns: [{ ...electronPackage, message: 'The renderer never imports Electron: use the contract client.' }]
      })
    }
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictedImports({
        patterns: [{ ...electronPackage, message: 'core runs under plain Node: never import electron.' }]
      })
    }
  },
  {
    files: ['electron/host/**/*.ts', 'electron/cli/**/*.ts', 'electron/hub/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictedImports({
        patterns: [{ ...electronPackage, message: 'The host, the CLI and the hub run under plain Node: never import electron.' }]
      })
    }
  }
)
