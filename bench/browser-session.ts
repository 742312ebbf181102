import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import sharp from 'sharp'
import type { ArticleBody, BodyNode } from '../shared/article/body'
import { openCore } from '../electron/core/core'
import { startWebHost, type WebHost } from '../electron/host/web-host'
import { benchMeta, buildArabicArticle } from './arabic-article'

// The same Chromium and flags as the end-to-end suite (playwright.config.ts).
const chromiumPath = process.env.MIDAD_CHROMIUM ?? '/usr/bin/chromium'
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export const FIGURES = 10

export interface BrowserSession {
  browser: Browser
  web: WebHost
  articleId: string
  headline: string
  /** The article body as the exporter would publish it: the baseline's content. */
  bodyHtml: string
  close(): Promise<void>
}

async function newsPhoto(seed: number): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="100%" height="100%" fill="#${(0x1d5c7a + seed * 4099).toString(16).slice(-6)}"/><circle cx="${300 + seed * 60}" cy="300" r="160" fill="#f4efe1"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

/** The 10,000-word article with ten captioned, credited figures spread through it. */
async function articleWithFigures(dbPath: string): Promise<{ id: string; body: ArticleBody }> {
  const core = openCore({ dbPath })
  try {
    const base = buildArabicArticle(10_000)
    const content: BodyNode[] = [...(base.content ?? [])]
    const step = Math.floor(content.length / (FIGURES + 1))
    for (let i = FIGURES; i >= 1; i--) {
      const image = await core.addImage(`photo-${i}.jpg`, await newsPhoto(i))
      content.splice(i * step, 0, {
        type: 'figure',
        attrs: { mediaId: image.mediaId, width: image.width, height: image.height, alt: 'صورة من موقع الحدث', caption: `مشهد من العاصمة خلال الأزمة (${i})`, credit: 'أ ف ب' }
      })
    }
    const body: ArticleBody = { type: 'doc', content }
    // Someone is at the desk: the app's first-start welcome would otherwise stand over the library.
    core.saveProfile({ name: 'سارة القاسم', role: 'journalist' })
    const article = core.createArticle(benchMeta, body)
    return { id: article.id, body }
  } finally {
    core.close()
  }
}

let session: Promise<BrowserSession> | undefined

/** One host, one database and one Chromium for every browser benchmark of a run. */
export function browserSession(): Promise<BrowserSession> {
  session ??= (async () => {
    const workDir = resolve('out', 'bench', `browser-${process.pid}`)
    rmSync(workDir, { recursive: true, force: true })
    mkdirSync(workDir, { recursive: true })
    const dbPath = join(workDir, 'midad.sqlite')
    const { id, body } = await articleWithFigures(dbPath)
    const { renderArticleBody } = await import('../electron/core/export/article-body-html')
    const web = await startWebHost({ dbPath, rendererDir: resolve('out', 'renderer'), port: 0 })
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
    return {
      browser,
      web,
      articleId: id,
      headline: benchMeta.headline,
      bodyHtml: renderArticleBody(body),
      close: async () => {
        await browser.close()
        await web.stop()
        rmSync(workDir, { recursive: true, force: true })
      }
    }
  })()
  return session
}

export async function closeBrowserSession(): Promise<void> {
  if (!session) return
  const open = await session
  session = undefined
  await open.close()
}

/** What the probe records for one keystroke, in ms from the key's input event. */
export interface KeystrokeTiming {
  /** The editor's own work: until the input event has been handled (the text is in the document). */
  handled: number
  /** Until the frame showing the letter has been produced. */
  painted: number
}

/**
 * Keystroke to next paint, measured inside the page from the input event's
 * own timestamp: `handled` when the input event's handlers are done, and
 * `painted` when a task queued from the next animation frame runs, which is
 * once that frame has been produced. Same probe for Midad and the baseline.
 */
export const latencyProbe = `
  window.__keystrokes = [];
  document.addEventListener('beforeinput', (event) => {
    const start = event.timeStamp;
    let handled = NaN;
    // Registered on the window, so it runs after the editor's own input handlers.
    window.addEventListener('input', () => { handled = performance.now() - start }, { once: true });
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__keystrokes.push({ handled, painted: performance.now() - start });
      channel.port2.postMessage(0);
    });
  }, true);
`

/** Arabic letters and spaces, as a journalist types a sentence. */
export const typedText = 'وأكد المتحدث باسم الحكومة أن الاجتماع سيعقد غدا في العاصمة لبحث الأزمة الاقتصادية وتداعياتها على الأسواق المحلية والإقليمية خلال الأسابيع المقبلة '

type ProbedWindow = { __keystrokes: KeystrokeTiming[] }

export async function typeAndMeasure(page: Page, keystrokes: number): Promise<KeystrokeTiming[]> {
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.insertText(typedText[i % typedText.length]!)
    await page.waitForFunction((n) => (window as unknown as ProbedWindow).__keystrokes.length >= n, i + 1, { polling: 'raf' })
  }
  return page.evaluate(() => (window as unknown as ProbedWindow).__keystrokes)
}

/** The renderer's JavaScript heap as Chromium reports it, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  await cdp.detach()
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN
  return used / (1024 * 1024)
}
