import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MidadError } from '../../../shared/contract/errors'
import { defaultSettings } from '../../../shared/settings/newsroom-settings'
import { handBuiltPicture, leadImageId, library, publishedAt, richArticle, secondImageId, siteSettings } from './testing/export-fixtures'
import { writeArticleExport, type ExportSources } from './export-article'
import type { ExportFile } from './export-pictures'
import { originalPictures } from './testing/original-pictures'
import type { PrepareExportPictures } from './prepare-pictures'
import { renderPublication } from './render-publication'
import { pageFontFiles } from '../../../shared/publishing/page-fonts'
import { failureOf } from '../testing/failure-of'

const root = mkdtempSync(join(tmpdir(), 'midad-export-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

// A stand-in for the media library: stored images are real picture files by id.
const mediaDir = join(root, 'media')
mkdirSync(mediaDir)
let leadBytes: Buffer
let secondBytes: Buffer
beforeAll(async () => {
  leadBytes = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#7a3' } }).jpeg().toBuffer()
  secondBytes = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#37a' } }).png().toBuffer()
  writeFileSync(join(mediaDir, leadImageId), leadBytes)
  writeFileSync(join(mediaDir, secondImageId), secondBytes)
})
const mediaFilePath = (mediaId: string) => join(mediaDir, mediaId)

const sources = (patch: Partial<ExportSources> = {}): ExportSources => ({
  settings: defaultSettings,
  articles: library,
  mediaFilePath,
  cacheDir: join(root, 'cache'),
  preparePictures: originalPictures,
  publishedAt,
  ...patch
})

/** Every file under a folder with its bytes, by relative path. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else out[relative(folder, path)] = readFileSync(path).toString('base64')
    }
  }
  walk(folder)
  return out
}

/** The fonts the page carries with the default settings (Naskh and Sans). */
const fonts = pageFontFiles(defaultSettings).map((file) => `fonts/${file.name}`)

const scratchLeftBeside = () => readdirSync(root).filter((name) => name.startsWith('.'))

describe('writeArticleExport', () => {
  it('writes index.html, fragment.html, ninjs.json, every picture the article shows and the page\'s fonts', async () => {
    const folder = join(root, 'first')
    const result = await writeArticleExport(richArticle(), folder, sources())
    expect(result).toEqual({
      folder,
      files: ['index.html', 'fragment.html', 'ninjs.json', `images/${secondImageId}`, `images/${leadImageId}`, ...fonts]
    })
    const page = readFileSync(join(folder, 'index.html'), 'utf8')
    const fragment = readFileSync(join(folder, 'fragment.html'), 'utf8')
    expect(page).toContain(`<body>\n<main>\n${fragment}</main>\n</body>`)
    expect(JSON.parse(readFileSync(join(folder, 'ninjs.json'), 'utf8')).bodies[0].value).toBe(fragment.trimEnd())
    expect(readFileSync(join(folder, 'images', leadImageId))).toEqual(leadBytes)
    expect(readFileSync(join(folder, 'images', secondImageId))).toEqual(secondBytes)
    // The original pictures state their real size, read from the files.
    expect(page).toContain(`<img src="images/${leadImageId}" srcset="images/${leadImageId} 1200w"`)
    expect(page).toContain(`<img src="images/${secondImageId}" alt="" loading="lazy" decoding="async">`)
    expect(scratchLeftBeside()).toEqual([])
  })

  it('follows the newsroom\'s site settings', async () => {
    const folder = join(root, 'with-site')
    await writeArticleExport(richArticle(), folder, sources({ settings: siteSettings }))
    const page = readFileSync(join(folder, 'index.html'), 'utf8')
    expect(page).toContain('<link rel="canonical" href="https://news.example/')
    expect(JSON.parse(readFileSync(join(folder, 'ninjs.json'), 'utf8')).uri).toMatch(/^https:\/\/news\.example\//)
  })

  it('asks the picture preparer for exactly the pictures shown, and copies what it hands back', async () => {
    const asked: unknown[] = []
    const renditionSource = join(root, 'rendition.webp')
    writeFileSync(renditionSource, 'webp bytes')
    const pipeline: PrepareExportPictures = async (options) => {
      asked.push({ ...options, mediaFilePath: typeof options.mediaFilePath })
      const picture = handBuiltPicture(leadImageId, 800, 450)
      const files: ExportFile[] = [...picture.webp, ...picture.jpeg].map((r) => ({ path: r.path, source: renditionSource }))
      return { pictures: { pictures: new Map([[leadImageId, picture]]), leadCrops: null }, files }
    }
    const folder = join(root, 'pipeline')
    const result = await writeArticleExport(richArticle(), folder, sources({ preparePictures: pipeline }))
    expect(asked).toEqual([
      {
        mediaFilePath: 'function',
        cacheDir: join(root, 'cache'),
        mediaIds: [secondImageId, leadImageId],
        lead: { mediaId: leadImageId, focus: { x: 0.5, y: 0.5 } }
      }
    ])
    const stem = leadImageId.replace('.jpg', '')
    expect(result.files.slice(3)).toEqual([`images/${stem}-480w.jpg`, `images/${stem}-480w.webp`, `images/${stem}-800w.jpg`, `images/${stem}-800w.webp`, ...fonts])
    expect(readFileSync(join(folder, 'images', `${stem}-800w.webp`), 'utf8')).toBe('webp bytes')
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain(`<source type="image/webp" srcset="images/${stem}-480w.webp 480w, images/${stem}-800w.webp 800w"`)
  })

  it('refuses a preparer file that would land outside images/, writing nothing', async () => {
    const escaping: PrepareExportPictures = async () => ({
      pictures: { pictures: new Map(), leadCrops: null },
      files: [{ path: '../escaped.txt', source: join(mediaDir, leadImageId) }]
    })
    const folder = join(root, 'escaping')
    expect((await failureOf(() => writeArticleExport(richArticle(), folder, sources({ preparePictures: escaping })))).code).toBe('export_failed')
    expect(existsSync(folder)).toBe(false)
    expect(existsSync(join(root, 'escaped.txt'))).toBe(false)
  })

  it('writes byte-identical folders for the same article', async () => {
    const a = (await writeArticleExport(richArticle(), join(root, 'same-a'), sources())).folder
    const b = (await writeArticleExport(structuredClone(richArticle()), join(root, 'same-b'), sources())).folder
    expect(Object.keys(snapshot(a))).toHaveLength(5 + fonts.length)
    expect(snapshot(b)).toEqual(snapshot(a))
  })

  it('writes no images folder for an article without pictures, and creates missing parent folders', async () => {
    const article = richArticle()
    article.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص فقط' }] }] }
    const folder = join(root, 'nested', 'deeper', 'text-only')
    expect((await writeArticleExport(article, folder, sources())).files).toEqual(['index.html', 'fragment.html', 'ninjs.json', ...fonts])
    expect(readdirSync(folder).sort()).toEqual(['fonts', 'fragment.html', 'index.html', 'ninjs.json'])
  })

  it('replaces an earlier export of the article in the same folder', async () => {
    const folder = join(root, 'again')
    await writeArticleExport(richArticle(), folder, sources())
    const changed = richArticle()
    changed.meta.headline = 'عنوان معدّل'
    changed.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'بلا صور الآن' }] }] }
    await writeArticleExport(changed, folder, sources())
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('<h1>عنوان معدّل</h1>')
    expect(readFileSync(join(folder, 'fragment.html'), 'utf8')).toContain('<h1>عنوان معدّل</h1>')
    expect(existsSync(join(folder, 'images'))).toBe(false)
    expect(scratchLeftBeside()).toEqual([])
  })

  it('refuses a folder that holds other work, and leaves that work alone', async () => {
    const folder = join(root, 'desk')
    mkdirSync(folder)
    writeFileSync(join(folder, 'index.html'), 'صفحة')
    writeFileSync(join(folder, 'notes.txt'), 'ملاحظات')
    const error = await failureOf(() => writeArticleExport(richArticle(), folder, sources()))
    expect(error.code).toBe('export_folder_not_empty')
    expect(readdirSync(folder).sort()).toEqual(['index.html', 'notes.txt'])
    const file = join(root, 'a-file')
    writeFileSync(file, 'x')
    expect((await failureOf(() => writeArticleExport(richArticle(), file, sources()))).code).toBe('export_folder_not_empty')
    expect(readFileSync(file, 'utf8')).toBe('x')
  })

  it('fails on a picture missing from the library without leaving a half page or touching the earlier export', async () => {
    const folder = join(root, 'missing')
    await writeArticleExport(richArticle(), folder, sources())
    const before = snapshot(folder)
    const broken = richArticle()
    broken.body.content?.push({ type: 'figure', attrs: { mediaId: 'ffff.jpg', alt: '', caption: '', credit: '' } })
    const error = await failureOf(() => writeArticleExport(broken, folder, sources()))
    expect(error.code).toBe('export_image_missing')
    expect(error.params).toEqual({ mediaId: 'ffff.jpg' })
    expect(snapshot(folder)).toEqual(before)
    expect(scratchLeftBeside()).toEqual([])

    const fresh = join(root, 'missing-fresh')
    expect((await failureOf(() => writeArticleExport(broken, fresh, sources()))).code).toBe('export_image_missing')
    expect(existsSync(fresh)).toBe(false)
  })

  it('treats a library that does not know the picture like a missing picture', async () => {
    const unknown = (mediaId: string) => {
      if (mediaId === leadImageId) throw new MidadError('not_found')
      return mediaFilePath(mediaId)
    }
    const error = await failureOf(() => writeArticleExport(richArticle(), join(root, 'unknown'), sources({ mediaFilePath: unknown })))
    expect(error.code).toBe('export_image_missing')
  })

  it('never copies a file from outside the library for a forged image id', async () => {
    const secret = join(root, 'secret.txt')
    writeFileSync(secret, 'سر')
    const forged = richArticle()
    forged.body.content = [{ type: 'figure', attrs: { mediaId: '../secret.txt', alt: '', caption: '', credit: '' } }]
    const folder = join(root, 'forged')
    const error = await failureOf(() => writeArticleExport(forged, folder, sources()))
    expect(error.code).toBe('export_image_missing')
    expect(existsSync(folder)).toBe(false)
    expect(statSync(secret).isFile()).toBe(true)
  })

  it('reports a folder it cannot write as an export failure', async () => {
    const blocker = join(root, 'blocker')
    writeFileSync(blocker, 'x')
    const error = await failureOf(() => writeArticleExport(richArticle(), join(blocker, 'out'), sources()))
    expect(error.code).toBe('export_failed')
    expect(String(error.params?.detail)).not.toBe('')
  })

  it('writes the page the renderer gives for the pictures it prepared', async () => {
    const folder = join(root, 'same-as-renderer')
    await writeArticleExport(richArticle(), folder, sources())
    const { pictures } = await originalPictures({ mediaFilePath, cacheDir: '', mediaIds: [leadImageId, secondImageId], lead: null })
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe(renderPublication(richArticle(), { settings: defaultSettings, pictures, articles: library, publishedAt }).page)
  })
})
