import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import Database from 'better-sqlite3'
import sharp from 'sharp'
import type { Article } from '../../shared/article/article'
import { openCore, type Core } from '../../electron/core/core'
import { writeArticleExport } from '../../electron/core/export/export-article'
import { renderPublication } from '../../electron/core/export/render-publication'
import { prepareExportPictures } from '../../electron/core/media/renditions'
import { MidadError } from '../../shared/contract/errors'
import {
  englishArticle,
  hostile,
  hostileArticle,
  hostileStoredArticle,
  leadImageId,
  longArticle,
  manyFiguresArticle,
  minimalArticle,
  relatedArticle,
  relatedArticleId,
  richArticle,
  secondImageId,
  siteSettings,
  tableArticle
} from '../../electron/core/export/testing/export-fixtures'
import { test, expect } from './fixtures'

// Every exported page of the export corpus must be usable with a screen reader,
// a keyboard and low vision: axe-core, in Chromium, WCAG 2.x A and AA plus best
// practices, finds nothing. The pages come out of the real core (SQLite file,
// sharp renditions, <picture>/srcset), exactly as a newsroom would publish them.

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

// A photograph-like picture: a gradient sky, a ground, two shapes. Distinct
// colours give distinct pictures (the store is content-addressed).
async function photo(width: number, height: number, hue: string, format: 'jpeg' | 'png' = 'jpeg'): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hue}"/><stop offset="1" stop-color="#10161f"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.3}" cy="${height * 0.4}" r="${height * 0.15}" fill="#e8d9c4"/>
    <rect y="${height * 0.75}" width="100%" height="${height * 0.25}" fill="#5b4632"/>
  </svg>`
  const image = sharp(Buffer.from(svg))
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 80 }).toBuffer()
}

/** The fixture's placeholder ids, swapped for the ids the real store gave. */
function withRealIds(article: Article, ids: Map<string, string>): Article {
  let json = JSON.stringify(article)
  for (const [fixtureId, realId] of ids) json = json.replaceAll(fixtureId, realId)
  return JSON.parse(json) as Article
}

/** The export corpus: short, long, many figures, LTR, lists, related articles, tables, hostile input. */
function corpusArticles(): Record<string, Article> {
  const withLead = richArticle()
  withLead.meta.leadImage = { mediaId: leadImageId, caption: 'الرئيسان عبر الفيديو', credit: 'أ ف ب', alt: 'بوتين أمام الشاشة' }
  withLead.meta.slug = 'قمة-بوتين-وشي'
  const hostileLead = hostileArticle()
  hostileLead.meta.leadImage = { mediaId: leadImageId, caption: hostile.script, credit: hostile.script, alt: hostile.script }
  return {
    rich: richArticle(),
    'with-lead': withLead,
    minimal: { ...minimalArticle(), meta: { ...minimalArticle().meta, headline: 'خبر قصير' } },
    long: longArticle(),
    'many-figures': manyFiguresArticle(),
    english: englishArticle(),
    hostile: hostileArticle(),
    'hostile-lead': hostileLead,
    'stored-by-hand': hostileStoredArticle(),
    tables: tableArticle()
  }
}

// Bodies the store refuses (as it should) reach the exporter only from a
// database edited by hand, so they are written that way.
const handWritten = new Set(['hostile', 'hostile-lead', 'stored-by-hand'])

function storeBodyByHand(dbPath: string, id: string, article: Article): void {
  const db = new Database(dbPath)
  try {
    db.prepare('UPDATE articles SET body_json = ? WHERE id = ?').run(JSON.stringify(article.body), id)
  } finally {
    db.close()
  }
}

async function storeCorpus(core: Core, dbPath: string): Promise<Map<string, Article>> {
  const ids = new Map<string, string>()
  // The related article exists in the library: links and "related" blocks resolve.
  const related = core.createArticle({ ...relatedArticle.meta, bylines: ['كاتب'] }, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص.' }] }] })
  ids.set(relatedArticleId, related.id)
  ids.set(leadImageId, (await core.addImage('lead.jpg', await photo(1600, 900, '#3c5a80'))).mediaId)
  ids.set(secondImageId, (await core.addImage('map.png', await photo(1000, 750, '#7a3b3b', 'png'))).mediaId)
  const many = manyFiguresArticle()
  const manyIds = [many.meta.leadImage!.mediaId, ...(many.body.content ?? []).map((node) => node.attrs?.mediaId).filter((id): id is string => typeof id === 'string')]
  const hues = ['#23324a', '#2f5d50', '#6b4c2a', '#4a2f5d', '#5d2f3a', '#2f4f5d', '#55602a', '#603d2a']
  for (const [i, id] of manyIds.entries()) ids.set(id, (await core.addImage(`field-${i}.jpg`, await photo(1200, 900, hues[i % hues.length]!))).mediaId)

  const corpus = corpusArticles()
  const stored = new Map<string, Article>()
  for (const [name, fixture] of Object.entries(corpus)) {
    const article = withRealIds(fixture, ids)
    const created = core.createArticle(article.meta, handWritten.has(name) ? undefined : article.body)
    if (handWritten.has(name)) storeBodyByHand(dbPath, created.id, article)
    stored.set(name, created)
  }
  return stored
}

/**
 * Through core.exportArticle; a page the pre-publish check refuses (hostile or
 * unfinished fixtures) is still written by the same exporter and picture
 * pipeline, so its markup is checked too.
 */
async function exportPage(core: Core, article: Article, folder: string): Promise<string> {
  try {
    return (await core.exportArticle(article.id, folder)).folder
  } catch (error) {
    if (!(error instanceof MidadError && error.code === 'export_blocked_by_check')) throw error
  }
  const lookup = (id: string): Article | null => {
    try {
      return core.getArticle(id)
    } catch {
      return null
    }
  }
  const stored = core.getArticle(article.id)
  try {
    const written = await writeArticleExport(stored, folder, {
      settings: core.getSettings(),
      articles: lookup,
      mediaFilePath: (id) => core.mediaFilePath(id),
      cacheDir: join(folder, '..', 'cache'),
      preparePictures: prepareExportPictures
    })
    return written.folder
  } catch (error) {
    if (!(error instanceof MidadError && error.code === 'export_image_missing')) throw error
  }
  // Forged picture ids (../../etc/passwd) stop the export outright; the page
  // the renderer draws for them, pictures left waiting, is still checked.
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'index.html'), renderPublication(stored, { settings: core.getSettings(), pictures: { pictures: new Map(), leadCrops: null }, articles: lookup }).page)
  return folder
}

async function exportCorpus(dir: string): Promise<[string, string][]> {
  const dbPath = join(dir, 'midad.sqlite')
  const core = openCore({ dbPath })
  try {
    core.saveSettings(siteSettings)
    const pages: [string, string][] = []
    for (const [name, article] of await storeCorpus(core, dbPath)) {
      const folder = await exportPage(core, article, join(dir, 'exports', name))
      pages.push([name, join(folder, 'index.html')])
    }
    return pages
  } finally {
    core.close()
  }
}

// The corpus is exported once (the sharp renditions are most of the cost),
// then each page is read at both widths, one test each so a slow machine
// spends its time budget page by page.
let pages = new Map<string, string>()
let corpusDir = ''

test.beforeAll(async () => {
  test.setTimeout(240_000)
  corpusDir = await mkdtemp(join(tmpdir(), 'midad-a11y-'))
  pages = new Map(await exportCorpus(corpusDir))
})

test.afterAll(async () => {
  if (corpusDir) await rm(corpusDir, { recursive: true, force: true })
})

for (const [device, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
  for (const name of Object.keys(corpusArticles())) {
    test(`the exported ${name} page has zero axe-core violations on a ${device}`, async ({ browser }) => {
      const file = pages.get(name)
      if (!file) throw new Error(`${name} was not exported`)
      const context = await browser.newContext({ viewport: { width, height } })
      const page = await context.newPage()
      await page.goto(pathToFileURL(file).href)
      // The pictures are the pipeline's real renditions, offered as <picture>/srcset.
      if (name === 'with-lead') expect(await page.locator('picture source[srcset]').count()).toBeGreaterThan(0)
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze()
      await context.close()
      const found = violations.map((violation) => {
        const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ')
        return `${violation.id} (${violation.impact}) — ${violation.help} — ${targets}`
      })
      expect(found, `${name} @ ${device}:\n${found.join('\n')}`).toEqual([])
    })
  }
}
