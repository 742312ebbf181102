import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { bodyPlainText } from '../../../shared/text/plain-text'
import { parseTextArticle } from './import-text'
import { readTextArticle } from './read-text-article'
import { failureOf } from '../testing/failure-of'

// A copy of shared/samples/world-news.txt, kept beside the test so CI has it.
const samplePath = fileURLToPath(new URL('./fixtures/world-news.txt', import.meta.url))
const utf8 = (text: string) => new TextEncoder().encode(text)


describe('parseTextArticle', () => {
  const sample = readFileSync(samplePath)
  const sampleText = sample.toString('utf8')

  it('takes the first non-empty line of the sample as the headline', () => {
    const { meta } = parseTextArticle(sample, 'world-news.txt')
    expect(meta.headline).toBe('أخبار العالم')
    expect(meta.dek).toBe('')
  })

  it('turns every blank-line-separated block of the sample into one paragraph', () => {
    const { body } = parseTextArticle(sample, 'world-news.txt')
    const blocks = sampleText.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)
    const paragraphs = body.content ?? []
    expect(paragraphs.every((node) => node.type === 'paragraph')).toBe(true)
    expect(paragraphs.map((p) => p.content?.map((c) => c.text).join(''))).toEqual(blocks.slice(1))
    expect(paragraphs[0]?.content?.[0]?.text).toBe('بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي')
  })

  it('loses no character of the sample', () => {
    const { meta, body } = parseTextArticle(sample, 'world-news.txt')
    const squeeze = (s: string) => s.replace(/\s+/g, '')
    expect(squeeze(meta.headline + bodyPlainText(body))).toBe(squeeze(sampleText))
  })

  it('keeps a single line break inside a block as a hard break, so the text reads back exactly', () => {
    const { body } = parseTextArticle(utf8('العنوان\n\nسطر أول\nسطر ثانٍ\n\nفقرة أخرى'), 'a.txt')
    expect(body.content?.[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'سطر أول' }, { type: 'hardBreak' }, { type: 'text', text: 'سطر ثانٍ' }]
    })
    expect(bodyPlainText(body)).toBe('سطر أول\nسطر ثانٍ\n\nفقرة أخرى')
  })

  it('continues the first block after the headline line as the first paragraph', () => {
    const { meta, body } = parseTextArticle(utf8('\n\n  العنوان  \nالمقدمة\n\n\n\nالفقرة'), 'a.txt')
    expect(meta.headline).toBe('العنوان')
    expect(body.content?.map((p) => p.content?.[0]?.text)).toEqual(['المقدمة', 'الفقرة'])
  })

  it('strips a byte order mark, Windows line endings and direction marks', () => {
    const bytes = utf8('\ufeffالعنوان\r\n\r\nفقرة\u200f عن Midad\u200e\r\n')
    const { meta, body } = parseTextArticle(bytes, 'a.txt')
    expect(meta.headline).toBe('العنوان')
    expect(bodyPlainText(body)).toBe('فقرة عن Midad')
  })

  it('imports a headline alone with an empty body', () => {
    const { meta, body } = parseTextArticle(utf8('العنوان وحده\n'), 'a.txt')
    expect(meta.headline).toBe('العنوان وحده')
    expect(body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })

  it('refuses binary files', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect((await failureOf(() => parseTextArticle(png, 'photo.txt'))).code).toBe('import_binary')
    const withNul = utf8('العنوان\n\0فقرة')
    expect((await failureOf(() => parseTextArticle(withNul, 'a.txt'))).code).toBe('import_binary')
  })

  it('refuses Latin-1, Windows-1256 and UTF-16 text as not UTF-8', async () => {
    const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]) // "café" in ISO-8859-1
    const windows1256 = Uint8Array.from([0xe3, 0xd1, 0xcd, 0xc8, 0xc7, 0x0a]) // "مرحبا" in Windows-1256
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x45, 0x06, 0x31, 0x06]) // "مر" in UTF-16LE
    for (const bytes of [latin1, windows1256, utf16]) {
      const error = await failureOf(() => parseTextArticle(bytes, 'old.txt'))
      expect(error.code).toBe('import_not_utf8')
      expect(error.params).toEqual({ fileName: 'old.txt' })
    }
  })

  it('refuses an empty or whitespace-only file', async () => {
    for (const bytes of [new Uint8Array(), utf8('\ufeff'), utf8(' \n\t\r\n  \n')]) {
      expect((await failureOf(() => parseTextArticle(bytes, 'empty.txt'))).code).toBe('import_empty')
    }
  })

  it('refuses a first line too long to be a headline', async () => {
    const error = await failureOf(() => parseTextArticle(utf8('كلمة '.repeat(200) + '\n\nفقرة'), 'a.txt'))
    expect(error.code).toBe('import_headline_too_long')
  })
})

describe('readTextArticle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'midad-import-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads an article file from disk', async () => {
    const path = join(dir, 'article.txt')
    writeFileSync(path, 'العنوان\n\nالفقرة')
    expect((await readTextArticle(path)).meta.headline).toBe('العنوان')
  })

  it('says a missing file or a folder cannot be read', async () => {
    const missing = await failureOf(() => readTextArticle(join(dir, 'nope.txt')))
    expect(missing.code).toBe('file_unreadable')
    expect(missing.params).toEqual({ fileName: 'nope.txt' })
    expect((await failureOf(() => readTextArticle(dir))).code).toBe('file_unreadable')
  })

  it('refuses a file too large to be an article', async () => {
    const path = join(dir, 'huge.txt')
    writeFileSync(path, Buffer.alloc(3 * 1024 * 1024, 'ا'))
    expect((await failureOf(() => readTextArticle(path))).code).toBe('import_too_large')
  })
})
