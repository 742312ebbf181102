import { defineConfig } from '@playwright/test'

const onCI = Boolean(process.env.CI)

// Debian's Chromium: the Playwright CDN is unreachable on the build machines.
// The flags keep it from reaching for a network that is not there.
const chromiumPath = process.env.MIDAD_CHROMIUM ?? '/usr/bin/chromium'

export default defineConfig({
  forbidOnly: onCI,
  retries: 0,
  // Two cores are shared by the whole machine; each test runs its own host process.
  workers: onCI ? 1 : 2,
  fullyParallel: false,
  reporter: 'list',
  // Generous: the build machines have two cores shared with everything else.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure'
  },
  projects: [
    {
      name: 'browser',
      testDir: 'e2e/browser',
      use: {
        browserName: 'chromium',
        locale: 'ar',
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run'
          ]
        }
      }
    },
    {
      // Launches the real app; skips itself, saying why, where no Electron binary exists.
      name: 'electron',
      testDir: 'e2e/electron'
    }
  ]
})
