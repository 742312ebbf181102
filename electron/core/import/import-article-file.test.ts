import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../shared/article/body'
import { failureOf } from '../testing/failure-of'
import { importArticleFile } from './import-article-file'

const utf8 = (text: string) => new TextEncoder().encode(text)
const textOf = (node: BodyNode): string => node.text ?? (node.content ?? []).map(textOf).join('')
const outline = (body: { content?: BodyNode[] }) =>
  (body.content ?? []).map((n) => [n.type === 'heading' ? `h${String(n.attrs?.level)}` : n.type, textOf(n)])
const marked = (body: BodyNode, mark: string): string[] => {
  const out: string[] = []
  const walk = (n: BodyNode) => {
    if (n.marks?.some((m) => m.type === mark)) out.push(n.text ?? '')
    n.content?.forEach(walk)
  }
  walk(body)
  return out
}
const squeeze = (s: string) => s.replace(/\s+/g, '')

// A real .docx, written the way Word lays one out: content types, the package
// relationships, styles with their display names, and the document.
const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const run = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`
const para = (style: string | null, ...runs: string[]) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:bidi/></w:pPr>${runs.join('')}</w:p>`
const styles = ['Title', 'Heading1', 'Heading2', 'Heading4', 'Quote']
  .map((id) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id.replace(/(\d)/, ' $1')}"/></w:style>`)
  .join('')

async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>')
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
  zip.file('word/_rels/document.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://news.example/report?utm_source=word" TargetMode="External"/><Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${w}>${styles}</w:styles>`)
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body}</w:body></w:document>`)
  return zip.generateAsync({ type: 'uint8array' })
}

describe('importArticleFile: Word (.docx)', () => {
  const document = [
    para('Title', run('الحكومة تقر الموازنة الجديدة')),
    para(null, run('أقر مجلس الوزراء '), run('الموازنة العامة', '<w:b/>'), run(' بعد '), run('نقاش طويل', '<w:i/>'), run(' وفق '),
      `<w:hyperlink r:id="rId5">${run('التقرير')}</w:hyperlink>`, run(' و'), `<w:hyperlink r:id="rId6">${run('رابط خبيث')}</w:hyperlink>`, run('.')),
    para('Heading1', run('أبرز البنود')),
    para('Heading2', run('الإنفاق الاجتماعي')),
    para('Heading4', run('تفاصيل إضافية')),
    para('Quote', run('“هذه موازنة الناس”')),
    para(null, run('Budget approved.'))
  ].join('')

  it('takes the headline from the title and keeps headings (Heading 1 → h2, Heading 4 → h3), quotes, bold, italic and the web link', async () => {
    const { meta, body } = await importArticleFile('الموازنة.docx', await docx(document))
    expect(meta.headline).toBe('الحكومة تقر الموازنة الجديدة')
    expect(outline(body)).toEqual([
      ['paragraph', 'أقر مجلس الوزراء الموازنة العامة بعد نقاش طويل وفق التقرير ورابط خبيث.'],
      ['h2', 'أبرز البنود'],
      ['h2', 'الإنفاق الاجتماعي'],
      ['h3', 'تفاصيل إضافية'],
      ['quote', '“هذه موازنة الناس”'],
      ['paragraph', 'Budget approved.']
    ])
    expect(marked(body, 'bold')).toEqual(['الموازنة العامة'])
    expect(marked(body, 'italic')).toEqual(['نقاش طويل'])
    expect(JSON.stringify(body)).toContain('"href":"https://news.example/report"')
    expect(JSON.stringify(body)).not.toContain('javascript')
  })

  it('loses no character of the document', async () => {
    const { meta, body } = await importArticleFile('a.docx', await docx(document))
    const source = [...document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    expect(squeeze(meta.headline + textOf(body))).toBe(squeeze(source))
  })

  it('refuses a .docx that is not a zip, a truncated one, and a zip that is not a Word document', async () => {
    const real = await docx(document)
    const notZip = utf8('هذا ليس مستند Word')
    const truncated = real.subarray(0, Math.floor(real.byteLength / 2))
    const otherZip = await new JSZip().file('photo.txt', 'x').generateAsync({ type: 'uint8array' })
    for (const bytes of [notZip, truncated, otherZip]) {
      const error = await failureOf(() => importArticleFile('report.docx', bytes))
      expect(error.code).toBe('import_docx_damaged')
      expect(error.params).toEqual({ fileName: 'report.docx' })
    }
  })

  it('refuses a zip bomb from its directory, before inflating it', async () => {
    // A bomb's directory promises far more than its bytes hold; writing the
    // promise into a small zip's directory is the same file without the wait.
    for (const [entry, megabytes, limitMb] of [['word/document.xml', 31, 30], ['word/media/image1.png', 101, 100]] as const) {
      const bomb = await docx(para(null, run('نص')))
      const zip = new JSZip()
      for (const [name, file] of Object.entries((await JSZip.loadAsync(bomb)).files)) zip.file(name, await file.async('uint8array'))
      zip.file(entry, 'x')
      const bytes = await zip.generateAsync({ type: 'uint8array' })
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      const name = new TextEncoder().encode(entry)
      for (let at = 0; at + 46 < bytes.byteLength; at++) {
        const isEntry = view.getUint32(at, true) === 0x02014b50 && view.getUint16(at + 28, true) === name.length
        if (isEntry && name.every((b, i) => bytes[at + 46 + i] === b)) view.setUint32(at + 24, megabytes * 1024 * 1024, true)
      }
      // Named for what it unpacks to, with the limit it ran into: the file itself is a few kilobytes.
      const error = await failureOf(() => importArticleFile('bomb.docx', bytes))
      expect([error.code, error.params]).toEqual(['import_docx_unpacks_too_large', { fileName: 'bomb.docx', limitMb }])
    }
  })
})

describe('importArticleFile: HTML', () => {
  const page = `<!doctype html><html lang="ar"><head><title>الموقع | خبر</title>
    <script>globalThis.__pwned = 1</script><link rel="stylesheet" href="http://127.0.0.1:9/x.css"></head>
    <body onload="globalThis.__pwned = 2"><nav><a href="/">الرئيسية</a></nav>
    <h1>الأمطار تغمر الشوارع</h1><p class="lead" onclick="x()">هطلت <b>أمطار غزيرة</b> على <a href="https://city.example/?fbclid=abc">المدينة</a>.</p>
    <h4 DIR=RTL>الأضرار</h4><p DIR=LTR>Roads closed.</p><img src="http://127.0.0.1:9/pixel.gif" onerror="globalThis.__pwned = 3">
    <iframe src="http://127.0.0.1:9/ad"></iframe><footer>حقوق النشر</footer></body></html>`

  it('takes the headline from the first h1, keeps the article and runs nothing', async () => {
    const { meta, body } = await importArticleFile('page.html', utf8(page))
    expect(meta.headline).toBe('الأمطار تغمر الشوارع')
    expect(outline(body)).toEqual([
      ['paragraph', 'هطلت أمطار غزيرة على المدينة.'],
      ['h3', 'الأضرار'],
      ['paragraph', 'Roads closed.']
    ])
    expect(body.content?.[2]?.attrs?.dir).toBe('ltr')
    expect(JSON.stringify(body)).toContain('"href":"https://city.example/"')
    expect(JSON.stringify(body)).not.toMatch(/pwned|script|onclick|iframe|الرئيسية|حقوق النشر/)
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined()
  })

  it('leaves out the theme’s related stories, comments, share bar and back-to-top, and keeps the article', async () => {
    const news = `<div class="post has-comments"><h1>عنوان الخبر</h1><div class="entry-content"><p>نص الخبر كاملاً.</p><h2>خلفية</h2><p>تفاصيل أخرى.</p></div></div>
      <div class="share-buttons"><a href="https://facebook.com/sharer">فيسبوك</a></div>
      <section class="related-posts"><h3>مقالات ذات صلة</h3><ul><li><a href="https://news.example/other">خبر آخر</a></li></ul></section>
      <div id="comments"><h3>اترك تعليقاً</h3><p>لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p></div>
      <p>اقرأ أيضاً</p><a class="scroll-top" href="#">زر الذهاب إلى الأعلى</a>`
    const { meta, body } = await importArticleFile('news.html', utf8(news))
    expect(meta.headline).toBe('عنوان الخبر')
    expect(outline(body)).toEqual([
      ['paragraph', 'نص الخبر كاملاً.'],
      ['h2', 'خلفية'],
      ['paragraph', 'تفاصيل أخرى.']
    ])
  })

  it('uses the page title when there is no h1', async () => {
    const { meta } = await importArticleFile('page.htm', utf8('<title>عنوان الصفحة</title><p>نص</p>'))
    expect(meta.headline).toBe('عنوان الصفحة')
  })

  it('reads a file without extension that starts like a page as HTML', async () => {
    const { meta } = await importArticleFile('saved', utf8('<!DOCTYPE html><h1>عنوان</h1><p>نص</p>'))
    expect(meta.headline).toBe('عنوان')
  })

  it('refuses binary data named .html, a page with no text, and a page too large', async () => {
    expect((await failureOf(() => importArticleFile('x.html', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])))).code).toBe('import_binary')
    expect((await failureOf(() => importArticleFile('x.html', utf8('<html><body><script>x()</script></body></html>')))).code).toBe('import_empty')
    const big = utf8(`<p>${'ا'.repeat(3 * 1024 * 1024)}</p>`)
    expect((await failureOf(() => importArticleFile('big.html', big))).code).toBe('import_too_large')
  })
})

describe('importArticleFile: Markdown', () => {
  const md = '# اتفاق تجاري جديد\n\nوقع البلدان **اتفاقاً** _تاريخياً_ ([النص](https://gov.example/text)).\n\n## البنود\n\n- خفض الرسوم\n- تسهيل العبور\n\n1. أولاً\n2. ثانياً\n\n> قال الوزير إن الاتفاق مفيد\n\n<script>alert("x")</script>\n'

  it('keeps headline, headings, lists, quote, bold, italic and links; HTML in the file stays visible text', async () => {
    const { meta, body } = await importArticleFile('trade.md', utf8(md))
    expect(meta.headline).toBe('اتفاق تجاري جديد')
    expect(outline(body)).toEqual([
      ['paragraph', 'وقع البلدان اتفاقاً تاريخياً (النص).'],
      ['h2', 'البنود'],
      ['bulletList', 'خفض الرسومتسهيل العبور'],
      ['orderedList', 'أولاًثانياً'],
      ['quote', 'قال الوزير إن الاتفاق مفيد'],
      ['paragraph', '<script>alert("x")</script>']
    ])
    expect(marked(body, 'bold')).toEqual(['اتفاقاً'])
    expect(marked(body, 'italic')).toEqual(['تاريخياً'])
  })
})

describe('importArticleFile: size limits', () => {
  it('names the one limit each kind of file is held to, however far over it the file is', async () => {
    const cases = [
      ['خبر.txt', 3, 2],
      ['خبر.txt', 25, 2],
      ['page.html', 6, 5],
      ['page.html', 25, 5],
      ['notes.md', 25, 5],
      ['تقرير.docx', 21, 20]
    ] as const
    for (const [fileName, sizeMb, limitMb] of cases) {
      const error = await failureOf(() => importArticleFile(fileName, new Uint8Array(sizeMb * 1024 * 1024).fill(0x61)))
      expect(error.code, `${fileName} of ${sizeMb} MB`).toBe('import_too_large')
      expect(error.params, `${fileName} of ${sizeMb} MB`).toEqual({ fileName, limitMb })
    }
  })
})

describe('importArticleFile: choosing the importer', () => {
  it('reads .txt through the text importer, with its structure', async () => {
    const { meta, body } = await importArticleFile('a.txt', utf8('رياضة\n\nالمنتخب يتأهل إلى النهائي\n\nتأهل المنتخب أمس.'))
    expect(meta).toMatchObject({ section: 'رياضة', headline: 'المنتخب يتأهل إلى النهائي' })
    expect(outline(body)).toEqual([['paragraph', 'تأهل المنتخب أمس.']])
  })

  it('refuses formats it does not read, old Word files included', async () => {
    for (const name of ['report.pdf', 'photo.jpg', 'old.doc', 'sheet.xlsx']) {
      const error = await failureOf(() => importArticleFile(name, utf8('x')))
      expect(error.code).toBe('import_unsupported_format')
      expect(error.params).toEqual({ fileName: name })
    }
  })
})
