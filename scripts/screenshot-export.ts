// Writes docs/export-phone.png (390 px wide) and docs/export-desktop.png
// (1280 px): the world-news sample, imported through core, its figure given a
// photograph-like picture, exported by core (sharp renditions, <picture>) and
// the exported index.html drawn by Debian's Chromium as a reader would see it.
//
//   npx tsx scripts/screenshot-export.ts [out-dir]
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from '@playwright/test'
import sharp from 'sharp'
import type { BodyNode } from '../shared/article/body'
import { openCore } from '../electron/core/core'

const repoRoot = resolve(import.meta.dirname, '..')
const outDir = resolve(process.argv[2] ?? join(repoRoot, 'docs'))
const alt = 'الرئيسان الروسي والصيني على شاشتين خلال القمة الافتراضية'

// A drawn stand-in for an agency photograph: two leaders on two screens, with
// enough grain and gradient that the renditions are a photograph's, not a flat fill.
async function summitPhotograph(): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2400" height="1350">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2b3d5c"/><stop offset="1" stop-color="#0f1724"/></linearGradient>
      <radialGradient id="glow" cx="0.5" cy="0.35" r="0.6"><stop offset="0" stop-color="#fff" stop-opacity="0.25"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>
      <filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" result="n"/><feColorMatrix type="saturate" values="0"/><feBlend in="SourceGraphic" mode="multiply"/></filter>
    </defs>
    <g filter="url(#grain)">
      <rect width="2400" height="1350" fill="url(#sky)"/>
      <rect x="180" y="240" width="940" height="600" rx="28" fill="#3c5a80"/>
      <rect x="1280" y="240" width="940" height="600" rx="28" fill="#7a3b3b"/>
      <circle cx="650" cy="470" r="140" fill="#e8d9c4"/><rect x="460" y="620" width="380" height="220" rx="80" fill="#1c2533"/>
      <circle cx="1750" cy="470" r="140" fill="#e2cfb6"/><rect x="1560" y="620" width="380" height="220" rx="80" fill="#1c2533"/>
      <rect x="0" y="1000" width="2400" height="350" fill="#5b4632"/>
      <rect x="300" y="940" width="1800" height="80" rx="16" fill="#7d6248"/>
      <rect width="2400" height="1350" fill="url(#glow)"/>
    </g>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

function giveFirstWaitingFigure(nodes: BodyNode[] | undefined, picture: { mediaId: string; width: number; height: number }): boolean {
  for (const node of nodes ?? []) {
    if (node.type === 'figure' && !node.attrs?.mediaId) {
      node.attrs = { ...node.attrs, ...picture, alt, credit: node.attrs?.credit || 'أ ف ب' }
      return true
    }
    if (giveFirstWaitingFigure(node.content, picture)) return true
  }
  return false
}

/** The sample article exported by core; returns the exported index.html. */
async function exportSample(dir: string): Promise<string> {
  const core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  try {
    const sample = await readFile(join(repoRoot, 'electron/core/import/fixtures/world-news.txt'))
    const imported = await core.importArticle('world-news.txt', sample)
    const stored = await core.addImage('summit.jpg', await summitPhotograph())
    const body = structuredClone(imported.body)
    const picture = { mediaId: stored.mediaId, width: stored.width, height: stored.height }
    if (!giveFirstWaitingFigure(body.content, picture)) body.content = [{ type: 'figure', attrs: { ...picture, alt, caption: '', credit: 'أ ف ب' } }, ...(body.content ?? [])]
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
        leadImage: { mediaId: stored.mediaId, caption: 'بوتين وشي خلال القمة الافتراضية', credit: 'أ ف ب', alt }
      },
      body
    })
    const { folder } = await core.exportArticle(imported.id, join(dir, 'export'))
    return join(folder, 'index.html')
  } finally {
    core.close()
  }
}

// The first screenful or two: the header, the lead picture and the opening paragraphs.
const shots = [
  { file: 'export-phone.png', width: 390, height: 844, clipHeight: 1500 },
  { file: 'export-desktop.png', width: 1280, height: 900, clipHeight: 1200 }
]

const dir = await mkdtemp(join(tmpdir(), 'midad-screenshot-export-'))
try {
  const page = await exportSample(dir)
  const browser = await chromium.launch({
    executablePath: process.env.MIDAD_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  })
  try {
    for (const shot of shots) {
      const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, locale: 'ar' })
      const tab = await context.newPage()
      await tab.goto(pathToFileURL(page).href)
      // Lazy pictures inside the clip are loaded before the page is drawn.
      await tab.evaluate(async () => {
        for (const img of document.images) img.loading = 'eager'
        await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)))
        await document.fonts.ready
      })
      const fullHeight = await tab.evaluate(() => document.documentElement.scrollHeight)
      const png = await tab.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: shot.width, height: Math.min(shot.clipHeight, fullHeight) } })
      // A palette keeps the README's pictures small; the text stays crisp.
      const small = await sharp(png).png({ palette: true, quality: 85, compressionLevel: 9 }).toBuffer()
      const output = join(outDir, shot.file)
      await writeFile(output, small)
      console.log(`wrote ${output} (${shot.width} px, ${Math.round(small.length / 1024)} KB)`)
      await context.close()
    }
  } finally {
    await browser.close()
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
