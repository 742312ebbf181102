// Writes docs/screenshot-editor.png: the editor at 1280×800 with a real Arabic
// article (the world-news sample, imported through core, its captioned figure
// given a picture), served by the browser host and drawn by Debian's Chromium.
//
//   npm run build && npx tsx scripts/screenshot.ts [out.png]
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium } from '@playwright/test'
import sharp from 'sharp'
import type { BodyNode } from '../shared/article/body'
import { openCore } from '../electron/core/core'

const repoRoot = resolve(import.meta.dirname, '..')
const output = resolve(process.argv[2] ?? join(repoRoot, 'docs', 'screenshot-editor.png'))

// A drawn stand-in for an agency photograph: two leaders on two screens.
async function summitPicture(): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#23324a"/><stop offset="1" stop-color="#0f1724"/></linearGradient></defs>
    <rect width="1200" height="675" fill="url(#sky)"/>
    <rect x="90" y="120" width="470" height="300" rx="14" fill="#3c5a80"/>
    <rect x="640" y="120" width="470" height="300" rx="14" fill="#7a3b3b"/>
    <circle cx="325" cy="235" r="70" fill="#e8d9c4"/><rect x="230" y="310" width="190" height="110" rx="40" fill="#1c2533"/>
    <circle cx="875" cy="235" r="70" fill="#e8d9c4"/><rect x="780" y="310" width="190" height="110" rx="40" fill="#1c2533"/>
    <rect x="0" y="500" width="1200" height="175" fill="#5b4632"/>
    <rect x="150" y="470" width="900" height="40" rx="8" fill="#7d6248"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

function giveFirstWaitingFigure(nodes: BodyNode[] | undefined, picture: { mediaId: string; width: number; height: number }): boolean {
  for (const node of nodes ?? []) {
    if (node.type === 'figure' && !node.attrs?.mediaId) {
      node.attrs = { ...node.attrs, ...picture, alt: 'الرئيسان الروسي والصيني على شاشتين خلال القمة الافتراضية' }
      return true
    }
    if (giveFirstWaitingFigure(node.content, picture)) return true
  }
  return false
}

async function prepareDatabase(dbPath: string): Promise<string> {
  const core = openCore({ dbPath })
  try {
    const sample = await readFile(join(repoRoot, 'electron/core/import/fixtures/world-news.txt'))
    const imported = await core.importArticle('world-news.txt', sample)
    const stored = await core.addImage('summit.jpg', await summitPicture())
    const body = structuredClone(imported.body)
    const picture = { mediaId: stored.mediaId, width: stored.width, height: stored.height }
    giveFirstWaitingFigure(body.content, picture)
    core.saveArticle({
      id: imported.id,
      baseVersion: imported.version,
      meta: {
        ...imported.meta,
        kicker: 'روسيا والصين',
        dek: 'بوتين يصف التحالف مع الصين بأنه «عامل استقرار» حاسم في المشهد الدولي',
        bylines: ['سارة الأحمد'],
        dateline: 'موسكو',
        tags: ['روسيا', 'الصين', 'قمة افتراضية'],
        leadImage: { mediaId: stored.mediaId, caption: 'بوتين وشي خلال القمة الافتراضية', credit: 'أ ف ب', alt: 'الرئيسان على شاشتين' }
      },
      body
    })
    return imported.meta.headline
  } finally {
    core.close()
  }
}

async function startHost(dbPath: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['scripts/web.js', '--db', dbPath, '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, MIDAD_LOCALE: 'ar' }
  })
  const url = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('MIDAD_HOST_READY ')) done((JSON.parse(line.slice(17)) as { url: string }).url)
    })
    child.once('exit', (code) => fail(new Error(`the host stopped before it was ready (code ${code}); run npm run build first`)))
  })
  return { url, stop: () => child.kill('SIGTERM') }
}

const dir = await mkdtemp(join(tmpdir(), 'midad-screenshot-'))
try {
  const dbPath = join(dir, 'midad.sqlite')
  const headline = await prepareDatabase(dbPath)
  const host = await startHost(dbPath)
  const browser = await chromium.launch({
    executablePath: process.env.MIDAD_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ar' })
    await page.goto(host.url)
    await page.getByTestId('article-item').filter({ hasText: headline }).click()
    await page.getByTestId('field-headline').waitFor()
    await page.locator('.ProseMirror figure img').first().waitFor()
    await page.evaluate(() => document.fonts.ready)
    // From the headline down: the metadata block and the body's first lines.
    await page.evaluate(() => {
      const headline = document.querySelector('[data-testid="field-headline"]')
      if (headline) window.scrollTo(0, headline.getBoundingClientRect().top + window.scrollY - 130)
    })
    await page.screenshot({ path: output })
    console.log(`wrote ${output}`)
  } finally {
    await browser.close()
    host.stop()
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
