import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../shared/article/article'
import {
  context,
  englishArticle,
  handBuiltPictures,
  hostileArticle,
  hostileStoredArticle,
  leadImageId,
  longArticle,
  manyFiguresArticle,
  manyFiguresPictures,
  minimalArticle,
  richArticle,
  siteSettings
} from './testing/export-fixtures'
import type { PublicationContext } from './publication-context'
import { renderPublication } from './render-publication'

const schemaBytes = readFileSync(fileURLToPath(new URL('./fixtures/ninjs-schema_3.3.json', import.meta.url)))
const schema = JSON.parse(schemaBytes.toString('utf8')) as Record<string, unknown>

// The schema's $schema is draft 2020-12, so Ajv's 2020 class; formats (uri,
// date-time) are checked, not ignored.
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
// Only places[].geoJSON refers to it, which the exporter never writes (fixtures/README.md).
ajv.addSchema({}, 'https://geojson.org/schema/GeoJSON.json')
const validate = ajv.compile(schema)

const corpus: Record<string, [Article, PublicationContext]> = {
  'rich, no site': [richArticle(), context()],
  'rich, site and renditions': [richArticle(), context({ settings: siteSettings, pictures: handBuiltPictures() })],
  minimal: [minimalArticle(), context()],
  long: [longArticle(), context({ settings: siteSettings })],
  'many figures': [manyFiguresArticle(), context({ pictures: manyFiguresPictures() })],
  'many figures, site': [manyFiguresArticle(), context({ settings: siteSettings, pictures: manyFiguresPictures() })],
  english: [englishArticle(), context({ settings: siteSettings })],
  hostile: [hostileArticle(), context({ settings: siteSettings })],
  'stored by hand': [hostileStoredArticle(), context({ settings: siteSettings, pictures: handBuiltPictures() })]
}

describe('ninjs.json', () => {
  it('is checked against the schema IPTC publishes, kept byte for byte', () => {
    expect(schemaBytes.length).toBe(48157)
    expect(createHash('sha256').update(schemaBytes).digest('hex')).toBe('bca9fd626b2b4133bac767ec1c8235ed6442a318ab47b6b202b39634a1d7b783')
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    // The check can fail: a document without its one required field does.
    expect(validate({ type: 'text' })).toBe(false)
    expect(validate({ uri: 'urn:uuid:1', bodies: [{ value: 'x', rel: 'nope' }] })).toBe(false)
  })

  for (const [name, [article, ctx]] of Object.entries(corpus)) {
    it(`validates for the ${name} article`, () => {
      const document = JSON.parse(renderPublication(article, ctx).ninjs) as Record<string, unknown>
      const valid = validate(document)
      expect(validate.errors ?? []).toEqual([])
      expect(valid).toBe(true)
      expect(JSON.stringify(document)).not.toContain('geoJSON')
    })
  }

  it('carries the article: its address, headline and dek, the page fragment, bylines, dateline, tags and dates', () => {
    const { ninjs, fragment } = renderPublication(richArticle(), context({ settings: siteSettings, pictures: handBuiltPictures() }))
    const document = JSON.parse(ninjs) as Record<string, unknown>
    expect(document).toMatchObject({
      uri: `https://news.example/${encodeURIComponent('أخبار-العالم')}/${encodeURIComponent(richArticle().meta.slug)}/`,
      type: 'text',
      language: 'ar',
      firstCreated: '2026-11-26T08:40:41.123Z',
      versionCreated: '2026-11-26T09:12:00.000Z',
      headlines: [
        { role: 'main', value: 'بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي' },
        { role: 'sub', value: 'وصف الرئيس الروسي التحالف مع الصين بأنه «عامل استقرار» حاسم في المشهد الدولي.' }
      ],
      bodies: [{ role: 'main', contentType: 'text/html', value: fragment.trimEnd() }],
      by: 'سارة الأحمد وليو تشن',
      located: 'موسكو',
      subjects: [
        { name: 'روسيا', rel: 'keyword' },
        { name: 'الصين', rel: 'keyword' },
        { name: 'قمة', rel: 'keyword' }
      ]
    })
  })

  it('lists each picture with its renditions, absolute with a base URL', () => {
    const document = JSON.parse(renderPublication(richArticle(), context({ settings: siteSettings, pictures: handBuiltPictures() })).ninjs) as {
      uri: string
      associations: { name: string; uri: string; renditions: { name: string; href?: string; width?: number; height?: number; contentType?: string }[] }[]
    }
    const first = document.associations[0]!
    expect(first.uri).toBe(`urn:midad:media:${leadImageId}`)
    expect(first.name).toBe('picture-1')
    expect(first.renditions.map((r) => r.name)).toEqual([
      '480w-webp', '800w-webp', '1200w-webp', '1600w-webp', '480w-jpeg', '800w-jpeg', '1200w-jpeg', '1600w-jpeg', 'crop-16x9', 'crop-4x3', 'crop-1x1'
    ])
    expect(first.renditions.at(-1)).toMatchObject({ width: 1200, height: 1200, aspectRatio: '1:1' })
    expect(document.associations[1]).toMatchObject({ name: 'picture-2', headlines: [{ role: 'caption', value: 'خريطة' }] })
    expect(first.renditions[5]).toEqual({
      name: '800w-jpeg',
      href: `${document.uri}images/${leadImageId.replace('.jpg', '')}-800w.jpg`,
      contentType: 'image/jpeg',
      width: 800,
      height: 450,
      extensions: { 'midad:path': `images/${leadImageId.replace('.jpg', '')}-800w.jpg` }
    })
  })

  it('names the article by its id and its pictures by their folder path without a base URL', () => {
    const document = JSON.parse(renderPublication(richArticle(), context()).ninjs) as {
      uri: string
      associations: { renditions: Record<string, unknown>[] }[]
    }
    expect(document.uri).toBe(`urn:uuid:${richArticle().id}`)
    expect(document.associations[0]!.renditions).toEqual([{ name: 'original', extensions: { 'midad:path': `images/${leadImageId}` } }])
  })
})
