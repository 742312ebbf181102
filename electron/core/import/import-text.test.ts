import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../shared/article/body'
import { bodyPlainText } from '../../../shared/text/plain-text'
import { parseTextArticle } from './import-text'
import { failureOf } from '../testing/failure-of'

// A copy of shared/samples/world-news.txt, kept beside the test so CI has it.
const samplePath = fileURLToPath(new URL('./fixtures/world-news.txt', import.meta.url))
const utf8 = (text: string) => new TextEncoder().encode(text)


describe('parseTextArticle', () => {
  const sample = readFileSync(samplePath)
  const sampleText = sample.toString('utf8')

  const textOf = (node: BodyNode): string => node.text ?? (node.content ?? []).map(textOf).join('')
  const chrome = ['مقالات ذات صلة', 'اترك تعليقاً', 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *', 'زر الذهاب إلى الأعلى']

  it('reads the sample’s section label and headline', () => {
    const { meta } = parseTextArticle(sample, 'world-news.txt')
    expect(meta.section).toBe('أخبار العالم')
    expect(meta.headline).toBe('بوتين وشي: التحالف الروسي الصيني ركيزة استقرار عالمي')
  })

  it('reads the sample as lede, paragraphs, three subheadings and a figure waiting for its image, credited أ ف ب', () => {
    const { body } = parseTextArticle(sample, 'world-news.txt')
    const nodes = body.content ?? []
    expect(nodes.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'figure', 'heading', 'paragraph', 'heading', 'paragraph'])
    expect(nodes.filter((n) => n.type === 'heading').map((n) => [n.attrs?.level, textOf(n)])).toEqual([
      [2, 'عمق الشراكة الاستراتيجية وتحدي الهيمنة الأحادية'],
      [2, 'التعاون الاقتصادي كدرع واقٍ'],
      [2, 'السياق الدولي والحرب في أوكرانيا']
    ])
    expect(nodes[4]?.attrs).toEqual({ mediaId: null, alt: '', caption: 'بوتين خلال مكالمة فيديو مع الرئيس الصيني شي جين بينغ', credit: 'أ ف ب' })
    expect(textOf(nodes[0]!)).toMatch(/^وصف الرئيس الروسي فلاديمير بوتين/)
  })

  it('leaves out the site’s chrome: related articles, comment form, back-to-top', () => {
    const { meta, body } = parseTextArticle(sample, 'world-news.txt')
    const all = JSON.stringify({ meta, body })
    for (const line of chrome) expect(all).not.toContain(line)
    expect(textOf(body.content!.at(-1)!)).toMatch(/مع الحفاظ على تحالفها الوثيق مع موسكو\.$/)
  })

  it('loses no character of the article’s own text', () => {
    const { meta, body } = parseTextArticle(sample, 'world-news.txt')
    const squeeze = (s: string) => s.replace(/\s+/g, '')
    const figure = body.content!.find((n) => n.type === 'figure')!
    const imported = meta.section + meta.headline + bodyPlainText(body) + figure.attrs!.caption + '-' + figure.attrs!.credit
    const ownText = chrome.reduce((text, line) => text.replace(line, ''), sampleText)
    expect(squeeze(imported).length).toBe(squeeze(ownText).length)
    expect([...squeeze(imported)].sort().join('')).toBe([...squeeze(ownText)].sort().join(''))
  })

  it('reads bullet and numbered lines as lists, and a caption in brackets as a figure', () => {
    const text = 'العنوان\n\nالمقدمة هنا.\n\n- البند الأول\n- البند الثاني\n\n١. أولاً\n٢. ثانياً\n\nالمتظاهرون في الساحة (رويترز)'
    const { body } = parseTextArticle(utf8(text), 'a.txt')
    expect(body.content?.map((n) => n.type)).toEqual(['paragraph', 'bulletList', 'orderedList', 'figure'])
    expect(textOf(body.content![1]!)).toBe('البند الأولالبند الثاني')
    expect(textOf(body.content![2]!)).toBe('أولاًثانياً')
    expect(body.content![3]!.attrs).toMatchObject({ caption: 'المتظاهرون في الساحة', credit: 'رويترز' })
  })

  it('reads a subheading above a captioned photo, and a line of asterisks as a separator', () => {
    const text = 'العنوان\n\nالمقدمة هنا.\n\nفي الميدان\n\nحشود في الساحة - أ ف ب\n\nنص الفقرة.\n\n* * *\n\nخاتمة.'
    const { body } = parseTextArticle(utf8(text), 'a.txt')
    expect(body.content?.map((n) => n.type)).toEqual(['paragraph', 'heading', 'figure', 'paragraph', 'horizontalRule', 'paragraph'])
  })

  it('keeps a sentence that only mentions comments or sharing', () => {
    const { body } = parseTextArticle(utf8('العنوان\n\nاترك تعليقاً على هذا الخبر إن شئت.'), 'a.txt')
    expect(bodyPlainText(body)).toBe('اترك تعليقاً على هذا الخبر إن شئت.')
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

  it('imports a first line too long to be a headline as the first paragraph, with an empty headline', () => {
    const long = 'كلمة '.repeat(200).trim()
    const article = parseTextArticle(utf8(`${long}\nتتمة السطر\n\nفقرة ثانية`), 'a.txt')
    expect(article.meta.headline).toBe('')
    expect(article.body.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: long }, { type: 'hardBreak' }, { type: 'text', text: 'تتمة السطر' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'فقرة ثانية' }] }
    ])
  })
})
