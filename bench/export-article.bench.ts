import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises'
import { existsSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import sharp from 'sharp'
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import { articleExtensions } from '../shared/schema/article-extensions'
import { articleFigures } from '../electron/core/export/article-figures'
import { renderPublication } from '../electron/core/export/render-publication'
import { prepareExportPictures } from '../electron/core/media/renditions/prepare-export-pictures'
import type { Benchmark } from './benchmark'
import { openIllustratedNewsroom, type IllustratedNewsroom } from './illustrated-article'
import { newsPhotos, PICTURES, type NewsPhotos } from './news-photos'

// A cold export takes seconds (83 renditions from 240 megapixels), so three
// samples; a warm one well under a second.
const COLD_RUNS = 3
const WARM_RUNS = 15
const RENDER_WARM_UP = 5
const RENDER_RUNS = 40

// index.html, fragment.html, ninjs.json, and per picture four widths in WebP
// and JPEG, plus the lead's three crops.
const EXPORTED_FILES = 3 + PICTURES * 8 + 3

const workDir = resolve('out', 'bench', `export-article-${process.pid}`)

// One library for the three benchmarks below, which run in this order:
// storing ten 24-megapixel photographs and filling the rendition cache is
// setup, not what is measured, so it is done once. The last benchmark closes
// it; the exit hook cleans up after a run that failed half-way.
let opened: Promise<IllustratedNewsroom> | null = null
async function sharedNewsroom(): Promise<{ photos: NewsPhotos; newsroom: IllustratedNewsroom }> {
  const photos = await newsPhotos()
  if (!opened) {
    opened = openIllustratedNewsroom(workDir, photos)
    const newsroom = await opened
    process.once('exit', () => newsroom.close())
  }
  return { photos, newsroom: await opened }
}
async function closeNewsroom(): Promise<void> {
  const newsroom = opened
  opened = null
  if (newsroom) (await newsroom).close()
}

/** Every file of an export folder, relative to it. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
}

/**
 * "Export for publishing" on the 10,000-word article with its ten 6000×4000
 * photographs, the rendition cache empty (a first export): core.exportArticle
 * from the SQLite library to a fresh folder, pre-publish check, renditions,
 * page, fragment and ninjs included. The floor is what no export can skip:
 * decoding each photograph once, at the largest rendition's size.
 */
const cold: Benchmark = {
  name: 'export 10,000-word article + 10 × 6000×4000 JPEG, cold cache',
  unit: 'ms',
  async measure() {
    const { photos, newsroom } = await sharedNewsroom()
    console.error(`  ${PICTURES} photographs, ${photos.megabytes.toFixed(1)} MB; ${COLD_RUNS} runs`)
    const samples: number[] = []
    const baseline: number[] = []
    for (let run = 0; run < COLD_RUNS; run++) {
      rmSync(newsroom.renditionCacheDir, { recursive: true, force: true })
      const folder = join(workDir, 'out', `cold-${run}`)
      let started = performance.now()
      const { files } = await newsroom.core.exportArticle(newsroom.articleId, folder)
      samples.push(performance.now() - started)
      if (files.length !== EXPORTED_FILES) throw new Error(`expected ${EXPORTED_FILES} files, got ${files.length}`)
      // Emptying a folder core no longer uses would make this a warm export.
      if (!existsSync(newsroom.renditionCacheDir)) throw new Error(`core no longer caches renditions in ${newsroom.renditionCacheDir}`)

      started = performance.now()
      for (const mediaId of photos.mediaIds) {
        await sharp(await readFile(join(photos.mediaDir, mediaId))).resize(1600).raw().toBuffer()
      }
      baseline.push(performance.now() - started)
    }
    return { samples, baseline }
  }
}

/**
 * The same export again, every rendition cached: what re-exporting after a
 * correction costs (the previous folder is replaced). The floor is copying the
 * bytes the export writes, all 86 files, into a fresh folder.
 */
const warm: Benchmark = {
  name: 'export 10,000-word article + 10 × 6000×4000 JPEG, warm cache',
  unit: 'ms',
  async measure() {
    const { newsroom } = await sharedNewsroom()
    const folder = join(workDir, 'out', 'warm')
    const copyTo = join(workDir, 'out', 'warm-copy')
    await newsroom.core.exportArticle(newsroom.articleId, folder) // fills the cache if cold did not run
    const written = await filesIn(folder)
    if (written.length !== EXPORTED_FILES) throw new Error(`expected ${EXPORTED_FILES} files, got ${written.length}`)
    const samples: number[] = []
    const baseline: number[] = []
    for (let run = 0; run < WARM_RUNS; run++) {
      let started = performance.now()
      await newsroom.core.exportArticle(newsroom.articleId, folder)
      samples.push(performance.now() - started)

      rmSync(copyTo, { recursive: true, force: true })
      started = performance.now()
      await mkdir(join(copyTo, 'images'), { recursive: true })
      for (const file of written) await copyFile(join(folder, file), join(copyTo, file))
      baseline.push(performance.now() - started)
    }
    return { samples, baseline }
  }
}

/**
 * The page render alone: renderPublication (header, lead figure, body with
 * srcset figures, allow-list, head with JSON-LD and social tags, fragment and
 * ninjs) for the stored article, its pictures prepared beforehand. The floor
 * is @tiptap/static-renderer's renderToHTMLString of the same body with the
 * same schema extensions, the one step the page cannot do without; the ratio
 * is what the published page adds over the body.
 */
const pageRender: Benchmark = {
  name: 'render page (renderPublication) vs renderToHTMLString, 10,000 words',
  unit: 'ms',
  async measure() {
    try {
      const { newsroom } = await sharedNewsroom()
      const { core } = newsroom
      const article = core.getArticle(newsroom.articleId)
      const lead = article.meta.leadImage!
      const mediaIds = [...new Set([...articleFigures(article.body).map((figure) => figure.mediaId), lead.mediaId])].sort()
      const { pictures } = await prepareExportPictures({
        mediaFilePath: core.mediaFilePath,
        cacheDir: newsroom.renditionCacheDir,
        mediaIds,
        lead: { mediaId: lead.mediaId, focus: lead.focus ?? { x: 0.5, y: 0.5 } }
      })
      if (pictures.pictures.size !== PICTURES) throw new Error(`prepared ${pictures.pictures.size} pictures, wanted ${PICTURES}`)
      const context = { settings: core.getSettings(), pictures, articles: () => null }
      const extensions = articleExtensions()
      const content = { type: 'doc', content: article.body.content ?? [] }

      const samples: number[] = []
      const baseline: number[] = []
      for (let i = 0; i < RENDER_WARM_UP + RENDER_RUNS; i++) {
        let started = performance.now()
        const { page } = renderPublication(article, context)
        const pageMs = performance.now() - started

        started = performance.now()
        const body = renderToHTMLString({ content, extensions })
        const bodyMs = performance.now() - started

        // Both did the whole job: every picture with its srcset, every paragraph.
        if ((page.match(/srcset=/g) ?? []).length < 2 * PICTURES) throw new Error('the page lost its responsive pictures')
        if ((body.match(/<p[ >]/g) ?? []).length === 0) throw new Error('the body render wrote no paragraph')
        if (i >= RENDER_WARM_UP) {
          samples.push(pageMs)
          baseline.push(bodyMs)
        }
      }
      return { samples, baseline }
    } finally {
      await closeNewsroom()
    }
  }
}

export default [cold, warm, pageRender]
