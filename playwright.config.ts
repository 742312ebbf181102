import { defineConfig } from '@playwright/test'

const onCI = Boolean(process.env.CI)

// Debian's Chromium: the Playwright CDN is unreachable on the build machines.
// The flags keep it from reaching for a network that is not there.
const chromiumPath = process.env.MIDAD_CHROMIUM ?? '/usr/bin/chromium'

// Chromium reads file names through the process locale: under a bare C or
// POSIX locale it cannot open a file picked as «تقرير.docx». Journalists' files
// have Arabic names, so the browser always runs with a UTF-8 locale.
const isUtf8 = (value: string | undefined) => /utf-?8/i.test(value ?? '')
const chromiumEnv: Record<string, string> = Object.fromEntries(
  Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined)
)
if (!isUtf8(chromiumEnv.LC_ALL || chromiumEnv.LC_CTYPE || chromiumEnv.LANG)) {
  delete chromiumEnv.LC_ALL
  delete chromiumEnv.LC_CTYPE
  chromiumEnv.LANG = 'C.UTF-8'
}

export default defineConfig({
  forbidOnly: onCI,
  retries: 0,
  // One worker per core of the two-core build machines, on CI too: a worker's
  // time is mostly spent waiting on its own Chromium and host (each test starts
  // its own), and npm test runs nothing else beside the end-to-end tests.
  workers: 2,
  fullyParallel: false,
  reporter: 'list',
  // Generous: the build machines have two cores shared with everything else.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  // The Nu HTML Checker runs once, after the last test, over every page the
  // tests kept for it (e2e/browser/html-checker.ts): one Java start, not one per test.
  globalSetup: './e2e/browser/html-check-setup.ts',
  globalTeardown: './e2e/browser/html-check-teardown.ts',
  use: {
    // A trace is recorded for every test to be kept for the failing ones: a
    // fifth of the suite's CPU. CI's artefacts are never read (its log is), so
    // only a run on a developer's machine records them.
    trace: onCI ? 'off' : 'retain-on-failure',
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
          env: chromiumEnv,
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
