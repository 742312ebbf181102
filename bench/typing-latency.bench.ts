import { performance } from 'node:perf_hooks'
import type { Page } from '@playwright/test'
import type { Benchmark } from './benchmark'
import type { Browser } from '@playwright/test'
import { browserSession, heapMb, latencyProbe, typeAndMeasure, type KeystrokeTiming } from './browser-session'

const WARM_UP = 20
const KEYSTROKES = 220
const OPENINGS = 8
const MEMORY_SAMPLES = 3

const editorSelector = '[data-testid="body-editor"] .ProseMirror[contenteditable="true"]'
const viewport = { width: 1280, height: 800 }

/** The bare baseline: one contenteditable holding the same article, nothing else. */
const barePage = (bodyHtml: string) =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>baseline</title></head>` +
  `<body><div id="bare" contenteditable="true">${bodyHtml}</div></body></html>`

/** Library → the article open and editable, with its last block rendered. */
async function openInMidad(page: Page, headline: string): Promise<void> {
  await page.getByTestId('article-item').filter({ hasText: headline }).first().click()
  await page.waitForSelector(editorSelector)
  await page.waitForFunction((selector) => {
    const editor = document.querySelector(selector)
    return !!editor && editor.childElementCount > 100 && editor.lastElementChild?.textContent !== ''
  }, editorSelector)
}

/** Caret at the end of a paragraph in the middle of the article, as when revising. */
async function caretMidArticle(page: Page, root: string): Promise<void> {
  const paragraph = page.locator(`${root} > p`).nth(80)
  await paragraph.scrollIntoViewIfNeeded()
  await paragraph.click()
  await page.keyboard.press('End')
}

interface TypingRun {
  midad: KeystrokeTiming[]
  bare: KeystrokeTiming[]
}

/**
 * 220 keystrokes mid-article in Midad, then the same in the bare page, in one
 * Chromium; `suggesting` types them in suggesting mode, where every keystroke
 * is turned into a suggestion before it is applied.
 */
async function typeInBoth(browser: Browser, hostUrl: string, headline: string, bodyHtml: string, suggesting: boolean): Promise<TypingRun> {
  const midadPage = await browser.newPage({ viewport })
  await midadPage.goto(hostUrl)
  await openInMidad(midadPage, headline)
  if (suggesting) {
    await midadPage.getByTestId('tb-suggesting').click()
    await midadPage.waitForSelector('[data-testid="tb-suggesting"][aria-pressed="true"]')
  }
  await midadPage.evaluate(latencyProbe)
  await caretMidArticle(midadPage, editorSelector)
  const midad = (await typeAndMeasure(midadPage, KEYSTROKES)).slice(WARM_UP)
  await midadPage.close()

  const barePageTab = await browser.newPage({ viewport })
  await barePageTab.setContent(barePage(bodyHtml))
  await barePageTab.evaluate(latencyProbe)
  await caretMidArticle(barePageTab, '#bare')
  const bare = (await typeAndMeasure(barePageTab, KEYSTROKES)).slice(WARM_UP)
  await barePageTab.close()
  return { midad, bare }
}

const runs = new Map<boolean, Promise<TypingRun>>()
/** One typing run per mode, shared by the figures read from it. */
function typingRun(suggesting: boolean): Promise<TypingRun> {
  let run = runs.get(suggesting)
  if (!run) {
    run = (async () => {
      const session = await browserSession()
      return typeInBoth(session.browser, session.web.host.url, session.headline, session.bodyHtml, suggesting)
    })()
    runs.set(suggesting, run)
  }
  return run
}

const typingFigure = (name: string, field: keyof KeystrokeTiming, suggesting = false): Benchmark => ({
  name,
  unit: 'ms',
  async measure() {
    const { midad, bare } = await typingRun(suggesting)
    return { samples: midad.map((k) => k[field]), baseline: bare.map((k) => k[field]) }
  }
})

// Chromium draws at 60 Hz, so keystroke → next paint includes the wait for
// the screen's next refresh (0–16.7 ms, by the chance of when the key lands)
// on top of the work; the bare contenteditable pays the same wait. The
// editor's own share — until the input is handled and the letter is in the
// document — is reported beside it. (Chromium's flags for unthrottled frames
// were tried: with --run-all-compositor-stages-before-draw it draws thousands
// of frames a second, which loads the machine more than the typing does.)
const typing = [
  typingFigure('typing in a 10,000-word article with figures and quotes: keystroke → next paint', 'painted'),
  typingFigure('  of which: keystroke → input handled (the letter is in the document)', 'handled'),
  typingFigure('typing in suggesting mode, same article: keystroke → next paint', 'painted', true),
  typingFigure('  of which: keystroke → input handled (the suggestion is in the document)', 'handled', true)
]

const opening: Benchmark = {
  name: 'open a 10,000-word article to editable (library click → editable)',
  unit: 'ms',
  async measure() {
    const session = await browserSession()
    const samples: number[] = []
    const baseline: number[] = []
    const page = await session.browser.newPage({ viewport })
    for (let i = 0; i < OPENINGS; i++) {
      await page.goto(session.web.host.url)
      await page.getByTestId('article-item').first().waitFor()
      const start = performance.now()
      await openInMidad(page, session.headline)
      samples.push(performance.now() - start)

      const bareStart = performance.now()
      await page.setContent(barePage(session.bodyHtml))
      await page.waitForSelector('#bare[contenteditable="true"] > p:last-of-type')
      baseline.push(performance.now() - bareStart)
    }
    await page.close()
    return { samples, baseline }
  }
}

const memory: Benchmark = {
  name: 'renderer JS heap with the 10,000-word article open',
  unit: 'MB',
  async measure() {
    const session = await browserSession()
    const samples: number[] = []
    const baseline: number[] = []
    for (let i = 0; i < MEMORY_SAMPLES; i++) {
      const midad = await session.browser.newPage({ viewport })
      await midad.goto(session.web.host.url)
      await openInMidad(midad, session.headline)
      samples.push(await heapMb(midad))
      await midad.close()

      const bare = await session.browser.newPage({ viewport })
      await bare.setContent(barePage(session.bodyHtml))
      baseline.push(await heapMb(bare))
      await bare.close()
    }
    return { samples, baseline }
  }
}

export default [...typing, opening, memory]
