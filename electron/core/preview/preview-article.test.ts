import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article/article'
import { emptyMeta } from '../../../shared/article/meta'
import { dispatch } from '../../../shared/contract/dispatch'
import type { Result } from '../../../shared/contract/errors'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { handlerOptionsIn } from '../testing/handler-options'

let dir: string
let core: Core
let call: (name: string, payload: unknown, locale?: 'ar' | 'en') => Promise<Result<unknown>>

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-preview-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  const handlers = createHandlers(core, {
    ...handlerOptionsIn(dir),
    mediaUrl: (mediaId) => `midad-media://media/${encodeURIComponent(mediaId)}`
  })
  call = (name, payload, locale = 'en') => dispatch(handlers, name, payload, { locale })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const valueOf = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(result.error.message)
  return result.value as T
}
const errorOf = (result: Result<unknown>) => {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`)
  return result.error
}

/** A publishable article with a lead photo (JPEG) and a map (PNG) in the body. */
async function articleWithPictures(): Promise<{ article: Article; photo: string; map: string }> {
  const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#aa3322' } }).jpeg().toBuffer()
  const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#335577' } }).png().toBuffer()
  const photo = valueOf<{ mediaId: string }>(await call('addImage', { fileName: 'صورة.jpg', dataBase64: jpeg.toString('base64') })).mediaId
  const map = valueOf<{ mediaId: string }>(await call('addImage', { fileName: 'خريطة.png', dataBase64: png.toString('base64') })).mediaId
  const article = core.createArticle(
    { ...emptyMeta, section: 'أخبار العالم', kicker: 'قمة', headline: 'القمة تنتهي باتفاق', dek: 'اتفاق على ممر تجاري جديد.', bylines: ['سارة الأحمد'], slug: 'القمة-تنتهي-باتفاق' },
    {
      type: 'doc',
      content: [
        { type: 'figure', attrs: { mediaId: photo, alt: 'الرئيسان يتصافحان', caption: 'الرئيسان في بكين', credit: 'أ ف ب', width: 1600, height: 900 } },
        { type: 'paragraph', content: [{ type: 'text', text: 'اختتمت القمة أعمالها باتفاق على ممر تجاري.' }] },
        { type: 'figure', attrs: { mediaId: map, alt: 'خريطة الممر', caption: 'مسار الممر', credit: 'مداد', width: 640, height: 480 } }
      ]
    }
  )
  return { article, photo, map }
}

// Picture addresses and the picture metadata that follows from the renditions
// (sizes, srcset, WebP sources, crops in structured data) are what the preview
// does differently on purpose; everything else must be the export's bytes.
function withoutPictureAddresses(page: string): string {
  return page
    .replace(/<picture>.*?<\/picture>|<img [^>]*>/gs, (picture) => `[picture alt="${/alt="([^"]*)"/.exec(picture)?.[1] ?? ''}"]`)
    .replace(/<meta (?:property|name)="(?:og|twitter):image[^>]*>\n?/g, '')
    .replace(/<script type="application\/ld\+json">(.*?)<\/script>/gs, (_script, json: string) => {
      const data = JSON.parse(json) as Record<string, unknown>
      delete data.image
      return `<script type="application/ld+json">${JSON.stringify(data)}</script>`
    })
}

describe('previewArticle', () => {
  it('is the exported index.html, pictures aside, with the pictures at the app’s media address', async () => {
    const { article, photo, map } = await articleWithPictures()
    valueOf(await call('exportArticle', { id: article.id }))
    const exported = readFileSync(join(dir, 'exports', article.id, 'index.html'), 'utf8')

    const { html } = valueOf<{ html: string }>(await call('previewArticle', { id: article.id }))

    expect(html).toContain('القمة تنتهي باتفاق')
    expect(html).not.toBe(exported)
    expect(withoutPictureAddresses(html)).toBe(withoutPictureAddresses(exported))
    // Every picture the preview loads is a stored original, from the app's own scheme.
    const loaded = [...html.matchAll(/\b(?:src|srcset)="([^"]*)"/g)].flatMap((match) => match[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]))
    expect(new Set(loaded)).toEqual(new Set([`midad-media://media/${photo}`, `midad-media://media/${map}`]))
    expect(html).not.toMatch(/\b(?:src|srcset)="[^"]*images\//)
  })

  it('runs no script: the only script elements are JSON-LD data', async () => {
    const { article } = await articleWithPictures()
    const { html } = valueOf<{ html: string }>(await call('previewArticle', { id: article.id }))
    const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((match) => match[1]!.trim())
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.every((attributes) => attributes === 'type="application/ld+json"')).toBe(true)
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })

  it('never waits for the picture pipeline: no rendition is made and nothing is written', async () => {
    const { article } = await articleWithPictures()
    valueOf(await call('previewArticle', { id: article.id }))
    expect(existsSync(join(dir, 'cache'))).toBe(false)
    expect(existsSync(join(dir, 'exports'))).toBe(false)
  })

  it('previews an unpublishable draft too (the check blocks exports, not previews)', async () => {
    const draft = core.createArticle({ headline: '' })
    const { html } = valueOf<{ html: string }>(await call('previewArticle', { id: draft.id }))
    expect(html).toMatch(/^<!doctype html>/i)
  })

  it('refuses an unknown article with a translated not_found and a malformed id with invalid_input', async () => {
    const unknown = errorOf(await call('previewArticle', { id: '3f2b8c1e-9d4a-4e6b-8a1c-5b7d9e0f1a2b' }))
    expect(unknown.code).toBe('not_found')
    expect(unknown.message).toBe('The article does not exist; it may have been deleted.')
    expect(errorOf(await call('previewArticle', { id: '3f2b8c1e-9d4a-4e6b-8a1c-5b7d9e0f1a2b' }, 'ar')).message).toMatch(/[\u0600-\u06FF]/)
    const malformed = errorOf(await call('previewArticle', { id: 'x', extra: 1 }))
    expect(malformed.code).toBe('invalid_input')
  })
})
