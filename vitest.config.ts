import { defineConfig } from 'vitest/config'

const unitTests = '{shared,electron,renderer,bench,scripts}/**/*.test.{ts,tsx}'
// The shells' tests replace `electron` with a fake (vi.mock), and the log's
// tests time winston's file rotation: each of their files gets modules of its
// own. Everything else shares a worker's modules
// across files, which halves the suite's time (a fresh module graph per file
// cost more than the tests themselves).
const ownModules = ['electron/main/**/*.test.ts', 'electron/preload/**/*.test.ts', 'electron/core/log/**/*.test.ts']

// Unit tests sit beside the code they test; e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest keeps one core free by default, which on the two-core build
    // machines means one worker: every file in turn. Nothing else runs beside
    // the unit tests (npm test runs them alone), so both cores take files.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'own modules', include: ownModules } },
      { extends: true, test: { name: 'shared modules', include: [unitTests], exclude: ownModules, isolate: false } }
    ]
  }
})
