import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium, type Browser, type Page } from '@playwright/test'
import { startWebHost, type WebHost } from '../electron/host/web-host'
import { TOKEN_HEADER, apiPathFor } from '../shared/contract/wire'
import type { Benchmark } from './benchmark'
import { heapMb } from './browser-session'
import { heapSnapshotMb } from './heap-snapshot'
import { libraryArchive } from './library-archive'

// The library at 100,000 articles against the same library at 1,000, in one
// Chromium: opened to interactive, the renderer's heap, ten trips into an
// article and back, and a keystroke in the search box to its results drawn.
const LARGE = 100_000
const SMALL = 1_000
const OPENINGS = 12
const TRIPS = 10
const viewport = { width: 1280, height: 800 }
const chromiumPath = process.env.MIDAD_CHROMIUM ?? '/usr/bin/chromium'
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

interface Desk {
  web: WebHost
  url: string
}

let tripsDone: ReturnType<typeof trips> | undefined
let smallTripsDone: ReturnType<typeof trips> | undefined
let shared: Promise<{ browser: Browser; large: Desk; small: Desk }> | undefined

async function deskOn(size: number): Promise<Desk> {
  const dbPath = libraryArchive(size)
  const web = await startWebHost({ dbPath, rendererDir: resolve('out', 'renderer'), port: 0 })
  return { web, url: web.host.url }
}

function desks() {
  shared ??= (async () => ({
    large: await deskOn(LARGE),
    small: await deskOn(SMALL),
    browser: await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  }))()
  return shared
}

/**
 * From the start of the page's navigation to the frame in which the first row
 * and the count are drawn: the library is usable. Timed by the page's own
 * clock, checked every frame.
 */
async function openLibrary(page: Page, url: string): Promise<number> {
  await page.goto(url)
  const drawn = await page.waitForFunction(
    () => document.querySelector('[data-testid="article-item"]') && document.querySelector('.library-count') && performance.now(),
    undefined,
    { polling: 'raf' }
  )
  return (await drawn.jsonValue()) as number
}

/** Notes the page's time of every click, so a figure can run from a click to the frame it changed. */
const noteClicks = (page: Page) =>
  page.evaluate(() => window.addEventListener('click', () => ((window as unknown as { clickedAt?: number }).clickedAt = performance.now()), true))

/**
 * From the last click to the first frame in which the library is drawn (with
 * `status`: drawn with only that status's rows), on the page's clock.
 */
async function sinceClick(page: Page, status?: string): Promise<number> {
  const drawn = await page.waitForFunction(
    (status) => {
      const clickedAt = (window as unknown as { clickedAt?: number }).clickedAt
      const rows = [...document.querySelectorAll('[data-testid="article-item"]:not(.is-waiting)')]
      const chips = rows.map((row) => row.querySelector('[data-testid="article-item-status"]')?.getAttribute('data-status'))
      const ready = rows.length > 0 && !!document.querySelector('.library-count') && (status === undefined || chips.every((chip) => chip === status))
      return clickedAt !== undefined && ready && performance.now() - clickedAt
    },
    status,
    { polling: 'raf' }
  )
  return (await drawn.jsonValue()) as number
}

/** Switching the status filter between two statuses: from the click to the frame with only that status's rows. */
async function statusSwitches(browser: Browser, desk: Desk): Promise<number[]> {
  const page = await browser.newPage({ viewport })
  await openLibrary(page, desk.url)
  await noteClicks(page)
  const times: number[] = []
  for (let n = 0; n < 16; n++) {
    const status = n % 2 === 0 ? 'approved' : 'draft'
    await page.getByTestId(`status-filter-${status}`).click()
    times.push(await sinceClick(page, status))
  }
  await page.getByTestId('status-filter-all').click()
  await page.close()
  return times
}

async function openings(browser: Browser, desk: Desk): Promise<number[]> {
  const page = await browser.newPage({ viewport })
  const times: number[] = []
  await openLibrary(page, desk.url) // warms the host's statements and the browser's cache
  for (let n = 0; n < OPENINGS; n++) times.push(await openLibrary(page, desk.url))
  await page.close()
  return times
}

/** The heap after opening the library and scrolling a long way down it. */
async function heapAfterScrolling(browser: Browser, desk: Desk): Promise<number> {
  const page = await browser.newPage({ viewport })
  await openLibrary(page, desk.url)
  for (let n = 0; n < 30; n++) {
    await page.mouse.wheel(0, 4000)
    await page.waitForTimeout(30)
  }
  await page.getByTestId('article-item').last().waitFor()
  const heap = await heapMb(page)
  await page.close()
  return heap
}

/** After each of ten trips (open an article, wait for its editor, come back to the library): the heap and what of it is objects. */
async function trips(browser: Browser, desk: Desk): Promise<{ heap: number[]; objects: number[]; back: number[] }> {
  const page = await browser.newPage({ viewport })
  await openLibrary(page, desk.url)
  await noteClicks(page)
  const heap: number[] = []
  const objects: number[] = []
  const back: number[] = []
  for (let n = 0; n < TRIPS; n++) {
    await page.getByTestId('article-item').nth(n % 5).click()
    await page.getByTestId('body-editor').waitFor()
    await page.getByTestId('back-to-library').click()
    back.push(await sinceClick(page))
    heap.push(await heapMb(page))
    objects.push((await heapSnapshotMb(page)).objects)
  }
  await page.close()
  console.error(`  heap after each trip (MB): ${heap.map((mb) => mb.toFixed(2)).join(' ')}`)
  console.error(`  objects after each trip (MB): ${objects.map((mb) => mb.toFixed(2)).join(' ')}`)
  return { heap, objects, back }
}

/** What journalists type into the library's search box: rare and common words, a name, a phrase start. */
const typed = ['الفوسفات', 'مدرسه', 'الحكومة', 'ميناء', 'الطاقة الشمسية', 'سارة', 'تطوير المناهج', 'الزيتون']

/**
 * Each text typed a key at a time at a brisk typist's pace (a key every 150
 * ms); the time from its last key to the results for the whole text drawn.
 */
async function keystrokesToResults(browser: Browser, desk: Desk): Promise<number[]> {
  const page = await browser.newPage({ viewport })
  await openLibrary(page, desk.url)
  const box = page.getByTestId('search-box')
  await page.evaluate(() => window.addEventListener('input', () => ((window as unknown as { lastKeyAt?: number }).lastKeyAt = performance.now()), true))
  const times: number[] = []
  for (let round = 0; round < 3; round++) {
    for (const text of typed) {
      await box.fill('')
      await box.focus()
      for (const key of text.slice(0, -1)) {
        await page.keyboard.type(key)
        await page.waitForTimeout(150)
      }
      await page.keyboard.type(text.at(-1)!)
      // From the key's input event (an Arabic letter comes as text, without a keydown) to the frame in which its results are drawn, on the page's own clock.
      const drawn = await page.waitForFunction(
        (query) => {
          const results = document.querySelector('[data-testid="search-results"]')
          const lastKey = (window as unknown as { lastKeyAt?: number }).lastKeyAt
          return results?.getAttribute('data-query') === query && results.querySelector('[data-testid="search-count"]') && lastKey !== undefined && performance.now() - lastKey
        },
        text,
        { polling: 'raf' }
      )
      times.push((await drawn.jsonValue()) as number)
    }
  }
  await page.close()
  return times
}

/** The bare engine's answer to the same texts, asked over the host's own HTTP from the same page: the floor. */
async function searchCalls(browser: Browser, desk: Desk): Promise<number[]> {
  const page = await browser.newPage({ viewport })
  await openLibrary(page, desk.url)
  const times: number[] = []
  for (let round = 0; round < 3; round++) {
    for (const text of typed) {
      times.push(
        await page.evaluate(
          async ({ path, query, header, token }) => {
            const started = performance.now()
            await (await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', [header]: token }, body: JSON.stringify({ query, limit: 20 }) })).json()
            return performance.now() - started
          },
          { path: apiPathFor('searchArticles'), query: text, header: TOKEN_HEADER, token: desk.web.host.token }
        )
      )
    }
  }
  await page.close()
  return times
}

const benchmarks: Benchmark[] = [
  {
    name: `library opened to interactive, ${LARGE.toLocaleString('en')} articles (baseline: ${SMALL.toLocaleString('en')})`,
    unit: 'ms',
    async measure() {
      const { browser, large, small } = await desks()
      return { samples: await openings(browser, large), baseline: await openings(browser, small) }
    }
  },
  {
    name: `renderer heap after scrolling the library, ${LARGE.toLocaleString('en')} articles (baseline: ${SMALL.toLocaleString('en')})`,
    unit: 'MB',
    async measure() {
      const { browser, large, small } = await desks()
      const samples: number[] = []
      const baseline: number[] = []
      for (let n = 0; n < 3; n++) {
        samples.push(await heapAfterScrolling(browser, large))
        baseline.push(await heapAfterScrolling(browser, small))
      }
      return { samples, baseline }
    }
  },
  {
    name: `renderer heap after trips 2–10 into an article and back, ${LARGE.toLocaleString('en')} articles (baseline: after trip 1)`,
    unit: 'MB',
    async measure() {
      const { browser, large } = await desks()
      tripsDone ??= trips(browser, large)
      const { heap } = await tripsDone
      return { samples: heap.slice(1), baseline: heap.slice(0, 1) }
    }
  },
  {
    name: `objects the renderer holds (heap without compiled code) after trips 2–10, ${LARGE.toLocaleString('en')} articles (baseline: after trip 1)`,
    unit: 'MB',
    async measure() {
      const { browser, large } = await desks()
      tripsDone ??= trips(browser, large)
      const { objects } = await tripsDone
      return { samples: objects.slice(1), baseline: objects.slice(0, 1) }
    }
  },
  {
    name: `back to the library from an article, ${LARGE.toLocaleString('en')} articles (baseline: ${SMALL.toLocaleString('en')})`,
    unit: 'ms',
    async measure() {
      const { browser, large, small } = await desks()
      tripsDone ??= trips(browser, large)
      smallTripsDone ??= trips(browser, small)
      return { samples: (await tripsDone).back, baseline: (await smallTripsDone).back }
    }
  },
  {
    name: `switching the status filter, ${LARGE.toLocaleString('en')} articles (baseline: ${SMALL.toLocaleString('en')})`,
    unit: 'ms',
    async measure() {
      const { browser, large, small } = await desks()
      return { samples: await statusSwitches(browser, large), baseline: await statusSwitches(browser, small) }
    }
  },
  {
    name: `search box: last key to results drawn, ${LARGE.toLocaleString('en')} articles (baseline: the search call alone)`,
    unit: 'ms',
    async measure() {
      const { browser, large } = await desks()
      try {
        return { samples: await keystrokesToResults(browser, large), baseline: await searchCalls(browser, large) }
      } finally {
        // The last figure of the file: the hosts and the browser go with it.
        await closeDesks()
      }
    }
  }
]

export default benchmarks

async function closeDesks(): Promise<void> {
  if (!shared) return
  const { browser, large, small } = await shared
  shared = undefined
  await browser.close()
  await large.web.stop()
  await small.web.stop()
}
