import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../shared/article/body'
import { openCore, type Core } from '../core'
import { failureOf } from '../testing/failure-of'
import { declareSize, docxFile, paragraph, pictureRun, run } from './testing/docx-fixture'

const textOf = (node: BodyNode): string => node.text ?? (node.content ?? []).map(textOf).join('')
// Each top-level block as the journalist sees it: its kind, its text, and whether it is LTR.
const blocks = (body: { content?: BodyNode[] }) =>
  (body.content ?? []).map((n) => [n.type === 'heading' ? `h${String(n.attrs?.level)}` : n.type, textOf(n), n.attrs?.dir ?? null])
const figures = (body: { content?: BodyNode[] }) => (body.content ?? []).filter((n) => n.type === 'figure').map((n) => n.attrs!)

let dir: string
let core: Core
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-docx-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const importDocx = async (bytes: Uint8Array) => core.getArticle((await core.importArticle('تقرير.docx', bytes)).id)
const png = (width: number, height: number, red = 200) =>
  sharp({ create: { width, height, channels: 3, background: { r: red, g: 40, b: 40 } } }).png().toBuffer().then((b) => new Uint8Array(b))

describe('importing a Word file: paragraph direction', () => {
  it('keeps an Arabic file right-to-left and marks its English heading, list and quote LTR', async () => {
    const rtl = { bidi: true }
    const article = await importDocx(await docxFile({
      body: [
        paragraph({ style: 'Title', ...rtl }, run('قمة المناخ تختتم أعمالها')),
        paragraph(rtl, run('اختتمت قمة المناخ أعمالها أمس.')),
        paragraph(rtl, run('BBC قالت إن الاتفاق تاريخي.')),
        paragraph({ style: 'Heading1' }, run('What the delegates said')),
        paragraph({ style: 'Quote' }, run('“This is a turning point,” the envoy said.')),
        paragraph({ style: 'Heading1', ...rtl }, run('أبرز البنود')),
        paragraph({ list: 0, ...rtl }, run('خفض الانبعاثات')),
        paragraph({ list: 0, ...rtl }, run('تمويل التكيف')),
        paragraph(rtl, run('وفي نص البيان الختامي:')),
        paragraph({ list: 0 }, run('Phase out coal')),
        paragraph({ list: 0 }, run('Protect forests')),
        paragraph(rtl, run('وانتهت القمة بتصفيق الوفود.'))
      ].join('')
    }))
    expect(article.meta.headline).toBe('قمة المناخ تختتم أعمالها')
    expect(blocks(article.body)).toEqual([
      ['paragraph', 'اختتمت قمة المناخ أعمالها أمس.', null],
      ['paragraph', 'BBC قالت إن الاتفاق تاريخي.', null],
      ['h2', 'What the delegates said', 'ltr'],
      ['quote', '“This is a turning point,” the envoy said.', 'ltr'],
      ['h2', 'أبرز البنود', null],
      ['bulletList', 'خفض الانبعاثاتتمويل التكيف', null],
      ['paragraph', 'وفي نص البيان الختامي:', null],
      ['bulletList', 'Phase out coalProtect forests', 'ltr'],
      ['paragraph', 'وانتهت القمة بتصفيق الوفود.', null]
    ])
  })

  it('reads an English wire story with no bidi anywhere by its text, not blindly LTR', async () => {
    const article = await importDocx(await docxFile({
      body: [
        paragraph({ style: 'Title' }, run('Leaders agree on climate deal')),
        paragraph({}, run('GENEVA (Reuters) - Leaders agreed on Friday.')),
        paragraph({}, run('وقال المتحدث إن الاتفاق ملزم.')),
        paragraph({}, run('iPhone 16 يصل إلى الأسواق العربية الشهر المقبل')),
        paragraph({}, run('2025'))
      ].join('')
    }))
    expect(blocks(article.body)).toEqual([
      ['paragraph', 'GENEVA (Reuters) - Leaders agreed on Friday.', 'ltr'],
      ['paragraph', 'وقال المتحدث إن الاتفاق ملزم.', null],
      ['paragraph', 'iPhone 16 يصل إلى الأسواق العربية الشهر المقبل', null],
      ['paragraph', '2025', null]
    ])
  })

  it('follows an Arabic template’s RTL Normal style, and Word’s explicit LTR over it', async () => {
    const article = await importDocx(await docxFile({
      rtlNormalStyle: true,
      body: [
        paragraph({}, run('نص عربي بلا علامة على الفقرة.')),
        paragraph({ bidi: false }, run('An English paragraph the writer set left-to-right.')),
        paragraph({}, run('Reuters'))
      ].join('')
    }))
    expect(blocks(article.body)).toEqual([
      ['paragraph', 'نص عربي بلا علامة على الفقرة.', null],
      ['paragraph', 'An English paragraph the writer set left-to-right.', 'ltr'],
      // Word lays this one out right-to-left (its style says so): the import agrees.
      ['paragraph', 'Reuters', null]
    ])
  })

  it('keeps direction through a table and ignores a tracked-change’s old paragraph settings', async () => {
    const cell = (...paras: string[]) => `<w:tc>${paras.join('')}</w:tc>`
    const article = await importDocx(await docxFile({
      body: [
        paragraph({ bidi: true }, run('جدول النتائج')),
        `<w:tbl><w:tr>${cell(paragraph({ bidi: true }, run('الفريق')))}${cell(paragraph({}, run('Team')))}</w:tr></w:tbl>`,
        '<w:p><w:pPr><w:bidi/><w:pPrChange w:id="1" w:author="x"><w:pPr><w:bidi w:val="0"/></w:pPr></w:pPrChange></w:pPr>' + run('Apple أعلنت') + '</w:p>'
      ].join('')
    }))
    const json = JSON.stringify(article.body)
    expect(json).toContain('الفريق')
    const byText = (text: string, nodes = article.body.content ?? []): BodyNode | undefined => {
      for (const node of nodes) {
        if (node.type !== 'text' && textOf(node) === text && node.content?.every((c) => c.type === 'text')) return node
        const inner = byText(text, node.content ?? [])
        if (inner) return inner
      }
      return undefined
    }
    expect(byText('Team')?.attrs?.dir).toBe('ltr')
    expect(byText('الفريق')?.attrs?.dir ?? null).toBeNull()
    expect(byText('Apple أعلنت')?.attrs?.dir ?? null).toBeNull()
  })
})

describe('importing a Word file: pictures become figures', () => {
  it('stores each picture through the media store, where it stood, with alt text, caption and agency credit', async () => {
    const first = await png(64, 48)
    const second = await png(30, 20, 90)
    const article = await importDocx(await docxFile({
      media: { image1: first, image2: second },
      body: [
        paragraph({ bidi: true }, run('وصل الرئيس إلى القمة صباح اليوم.')),
        paragraph({ bidi: true }, pictureRun('rIdimage1', { descr: 'الرئيس يصافح مستقبليه' })),
        paragraph({ style: 'Caption', bidi: true }, run('الرئيس لدى وصوله إلى مطار جنيف - أ ف ب')),
        paragraph({ bidi: true }, run('قبل الصورة '), pictureRun('rIdimage2', { title: 'قاعة المؤتمر' }), run(' وبعدها.')),
        paragraph({ style: 'Caption', bidi: true }, run('تعليق ليس تحت صورة')),
        paragraph({ bidi: true }, pictureRun('rIdimage1')),
        paragraph({ bidi: true }, run('صورة أرشيفية (رويترز)'))
      ].join('')
    }))
    expect(blocks(article.body).map(([type, text]) => [type, text])).toEqual([
      ['paragraph', 'وصل الرئيس إلى القمة صباح اليوم.'],
      ['figure', ''],
      ['paragraph', 'قبل الصورة'],
      ['figure', ''],
      ['paragraph', 'وبعدها.'],
      ['paragraph', 'تعليق ليس تحت صورة'],
      ['figure', '']
    ])
    const [one, two, three] = figures(article.body)
    expect(one).toMatchObject({ alt: 'الرئيس يصافح مستقبليه', caption: 'الرئيس لدى وصوله إلى مطار جنيف', credit: 'أ ف ب', width: 64, height: 48 })
    expect(two).toMatchObject({ alt: 'قاعة المؤتمر', caption: '', credit: '', width: 30, height: 20 })
    expect(three).toMatchObject({ alt: '', caption: 'صورة أرشيفية', credit: 'رويترز', mediaId: one!.mediaId })
    // The stored files are the pictures' own bytes, read back through the media store.
    expect(new Uint8Array(readFileSync(core.mediaFilePath(String(one!.mediaId))))).toEqual(first)
    expect(new Uint8Array(readFileSync(core.mediaFilePath(String(two!.mediaId))))).toEqual(second)
  })

  it('puts pictures from a table after it, in their order, and a picture in a heading between its halves', async () => {
    const cell = (...paras: string[]) => `<w:tc>${paras.join('')}</w:tc>`
    const article = await importDocx(await docxFile({
      media: { image1: await png(8, 8), image2: await png(9, 9) },
      body: [
        paragraph({ bidi: true }, run('مقدمة.')),
        `<w:tbl><w:tr>${cell(paragraph({ bidi: true }, pictureRun('rIdimage1', { descr: 'الأولى' })))}${cell(paragraph({ bidi: true }, pictureRun('rIdimage2', { descr: 'الثانية' })))}</w:tr></w:tbl>`,
        paragraph({ style: 'Heading2', bidi: true }, run('قبل'), pictureRun('rIdimage1', { descr: 'الثالثة' }), run('بعد'))
      ].join('')
    }))
    const outline = blocks(article.body).map(([type, text]) => [type, text]).filter(([type]) => type === 'figure' || type === 'h2')
    expect(outline).toEqual([['figure', ''], ['figure', ''], ['h2', 'قبل'], ['figure', ''], ['h2', 'بعد']])
    expect(figures(article.body).map((f) => [f.alt, f.width])).toEqual([['الأولى', 8], ['الثانية', 9], ['الثالثة', 8]])
  })

  it('imports a file that holds only a photo as an article with its figure', async () => {
    const article = await importDocx(await docxFile({ media: { image1: await png(12, 10) }, body: paragraph({}, pictureRun('rIdimage1')) }))
    expect(blocks(article.body).map(([type]) => type)).toEqual(['figure'])
    expect(figures(article.body)[0]).toMatchObject({ width: 12, height: 10 })
  })

  it('leaves a figure waiting for its image when the picture is not one, and imports the rest', async () => {
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>')
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    const article = await importDocx(await docxFile({
      media: { 'image1.png': html, 'image2.svg': svg, 'image3.png': await png(8, 8) },
      body: [
        paragraph({ bidi: true }, run('نص الخبر.')),
        paragraph({ bidi: true }, pictureRun('rIdimage1', { descr: 'صفحة ويب باسم صورة' })),
        paragraph({ style: 'Caption', bidi: true }, run('تعليق الصورة - رويترز')),
        paragraph({ bidi: true }, pictureRun('rIdimage2', { descr: 'رسم' })),
        paragraph({ bidi: true }, pictureRun('rIdimage3'))
      ].join('')
    }))
    const [page, drawing, real] = figures(article.body)
    expect(page).toMatchObject({ mediaId: null, alt: 'صفحة ويب باسم صورة', caption: 'تعليق الصورة', credit: 'رويترز', width: null })
    expect(drawing).toMatchObject({ mediaId: null, alt: 'رسم' })
    expect(real?.mediaId).toMatch(/^[0-9a-f]{64}\.png$/)
    expect(readdirSync(core.mediaDir)).toEqual([real!.mediaId])
  })

  it('leaves a figure waiting when the picture is beyond the media store’s limit or a zip bomb lying about its size', async () => {
    // 30 MB of zeros deflates to a few tens of KB: honest, but too large to store.
    const huge = new Uint8Array(30 * 1024 * 1024)
    const bytes = await docxFile({
      media: { image1: huge, image2: await png(8, 8) },
      body: [paragraph({ bidi: true }, run('خبر مع صورة كبيرة.')), paragraph({ bidi: true }, pictureRun('rIdimage1', { descr: 'كبيرة' })), paragraph({ bidi: true }, pictureRun('rIdimage2'))].join('')
    })
    const honest = await importDocx(bytes)
    expect(figures(honest.body).map((f) => f.mediaId === null)).toEqual([true, false])
    expect(figures(honest.body)[0]).toMatchObject({ alt: 'كبيرة' })

    // The same file whose directory claims the picture unpacks to 1 KB: reading stops there.
    const lying = await importDocx(declareSize(bytes, 'word/media/image1', 1024))
    expect(figures(lying.body).map((f) => f.mediaId === null)).toEqual([true, false])
  })

  it('creates no article when storing a picture fails for a reason other than the picture', async () => {
    core.close()
    // The media folder's place is taken by a file: the disk, not the picture, is at fault.
    writeFileSync(join(dir, 'media-blocked'), 'x')
    core = openCore({ dbPath: join(dir, 'midad.sqlite'), mediaDir: join(dir, 'media-blocked') })
    const bytes = await docxFile({
      media: { image1: await png(8, 8) },
      body: [paragraph({ bidi: true }, run('نص.')), paragraph({ bidi: true }, pictureRun('rIdimage1'))].join('')
    })
    await expect(core.importArticle('تقرير.docx', bytes)).rejects.toThrow()
    expect(core.listArticles()).toEqual([])
  })

  it('refuses a file whose pictures would unpack beyond the import limit, creating nothing', async () => {
    const bytes = await docxFile({
      media: { image1: await png(8, 8) },
      body: [paragraph({ bidi: true }, run('نص.')), paragraph({ bidi: true }, pictureRun('rIdimage1'))].join('')
    })
    const error = await failureOf(() => core.importArticle('bomb.docx', declareSize(bytes, 'word/media/image1', 101 * 1024 * 1024)))
    expect(error.code).toBe('import_docx_unpacks_too_large')
    expect(core.listArticles()).toEqual([])
    expect(existsSync(core.mediaDir) ? readdirSync(core.mediaDir) : []).toEqual([])
  })
})
