import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MidadError } from '../../../shared/contract/errors'
import { leadImageId, richArticle, secondImageId } from './export-fixtures'
import { writeArticleExport } from './export-article'
import { renderArticlePage } from './render-page'
import { failureOf } from '../testing/failure-of'

const root = mkdtempSync(join(tmpdir(), 'midad-export-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

// A stand-in for the media library: stored images are plain files by id.
const mediaDir = join(root, 'media')
mkdirSync(mediaDir)
const leadBytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 0xff, 0xd9])
const secondBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 8, 7])
writeFileSync(join(mediaDir, leadImageId), leadBytes)
writeFileSync(join(mediaDir, secondImageId), secondBytes)
const mediaFilePath = (mediaId: string) => join(mediaDir, mediaId)

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


describe('writeArticleExport', () => {
  it('writes index.html and every picture the article shows', async () => {
    const folder = join(root, 'first')
    const result = await writeArticleExport(richArticle(), mediaFilePath, folder)
    expect(result).toEqual({
      folder,
      files: ['index.html', `images/${secondImageId}`, `images/${leadImageId}`]
    })
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe(renderArticlePage(richArticle()))
    expect(readFileSync(join(folder, 'images', leadImageId))).toEqual(leadBytes)
    expect(readFileSync(join(folder, 'images', secondImageId))).toEqual(secondBytes)
    // No staging folder is left beside it.
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('writes the lead image too when it is a picture from disk, not one of the body figures', async () => {
    const fromDisk = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00.jpg'
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 7, 7, 7, 0xff, 0xd9])
    writeFileSync(join(mediaDir, fromDisk), bytes)
    const article = richArticle()
    article.meta.leadImage = { mediaId: fromDisk, caption: 'الرئيسان', credit: 'أ ف ب', alt: 'صورة القمة' }
    const folder = join(root, 'lead-from-disk')
    const result = await writeArticleExport(article, mediaFilePath, folder)
    expect(result.files).toContain(`images/${fromDisk}`)
    expect(readFileSync(join(folder, 'images', fromDisk))).toEqual(bytes)
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain(`<img src="images/${fromDisk}" alt="صورة القمة">`)
  })

  it('writes byte-identical folders for the same article', async () => {
    const a = (await writeArticleExport(richArticle(), mediaFilePath, join(root, 'same-a'))).folder
    const b = (await writeArticleExport(structuredClone(richArticle()), mediaFilePath, join(root, 'same-b'))).folder
    expect(Object.keys(snapshot(a))).toHaveLength(3)
    expect(snapshot(b)).toEqual(snapshot(a))
  })

  it('writes no images folder for an article without pictures, and creates missing parent folders', async () => {
    const article = richArticle()
    article.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص فقط' }] }] }
    const folder = join(root, 'nested', 'deeper', 'text-only')
    expect((await writeArticleExport(article, mediaFilePath, folder)).files).toEqual(['index.html'])
    expect(readdirSync(folder)).toEqual(['index.html'])
  })

  it('replaces an earlier export of the article in the same folder', async () => {
    const folder = join(root, 'again')
    await writeArticleExport(richArticle(), mediaFilePath, folder)
    const changed = richArticle()
    changed.meta.headline = 'عنوان معدّل'
    changed.body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'بلا صور الآن' }] }] }
    await writeArticleExport(changed, mediaFilePath, folder)
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('<h1>عنوان معدّل</h1>')
    expect(existsSync(join(folder, 'images'))).toBe(false)
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('refuses a folder that holds other work, and leaves that work alone', async () => {
    const folder = join(root, 'desk')
    mkdirSync(folder)
    writeFileSync(join(folder, 'notes.txt'), 'ملاحظات')
    const error = await failureOf(() => writeArticleExport(richArticle(), mediaFilePath, folder))
    expect(error.code).toBe('export_folder_not_empty')
    expect(readdirSync(folder)).toEqual(['notes.txt'])
    const file = join(root, 'a-file')
    writeFileSync(file, 'x')
    expect((await failureOf(() => writeArticleExport(richArticle(), mediaFilePath, file))).code).toBe('export_folder_not_empty')
    expect(readFileSync(file, 'utf8')).toBe('x')
  })

  it('fails on a picture missing from the library without leaving a half page or touching the earlier export', async () => {
    const folder = join(root, 'missing')
    await writeArticleExport(richArticle(), mediaFilePath, folder)
    const before = snapshot(folder)
    const broken = richArticle()
    broken.body.content?.push({ type: 'figure', attrs: { mediaId: 'ffff.jpg', alt: '', caption: '', credit: '' } })
    const error = await failureOf(() => writeArticleExport(broken, mediaFilePath, folder))
    expect(error.code).toBe('export_image_missing')
    expect(error.params).toEqual({ mediaId: 'ffff.jpg' })
    expect(snapshot(folder)).toEqual(before)
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([])

    const fresh = join(root, 'missing-fresh')
    expect((await failureOf(() => writeArticleExport(broken, mediaFilePath, fresh))).code).toBe('export_image_missing')
    expect(existsSync(fresh)).toBe(false)
  })

  it('treats a library that does not know the picture like a missing picture', async () => {
    const library = (mediaId: string) => {
      if (mediaId === leadImageId) throw new MidadError('not_found')
      return mediaFilePath(mediaId)
    }
    const error = await failureOf(() => writeArticleExport(richArticle(), library, join(root, 'unknown')))
    expect(error.code).toBe('export_image_missing')
  })

  it('never copies a file from outside the library for a forged image id', async () => {
    const secret = join(root, 'secret.txt')
    writeFileSync(secret, 'سر')
    const forged = richArticle()
    forged.body.content = [{ type: 'figure', attrs: { mediaId: '../secret.txt', alt: '', caption: '', credit: '' } }]
    const folder = join(root, 'forged')
    const error = await failureOf(() => writeArticleExport(forged, mediaFilePath, folder))
    expect(error.code).toBe('export_image_missing')
    expect(existsSync(folder)).toBe(false)
    expect(statSync(secret).isFile()).toBe(true)
  })

  it('reports a folder it cannot write as an export failure', async () => {
    const blocker = join(root, 'blocker')
    writeFileSync(blocker, 'x')
    const error = await failureOf(() => writeArticleExport(richArticle(), mediaFilePath, join(blocker, 'out')))
    expect(error.code).toBe('export_failed')
    expect(String(error.params?.detail)).not.toBe('')
  })
})
