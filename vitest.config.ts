import { defineConfig } from 'vitest/config'

// Unit tests sit beside the code they test; e2e/ belongs to Playwright.
export default defineConfig({
  test: {
    include: ['{shared,electron,renderer,bench,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks'
  }
})
