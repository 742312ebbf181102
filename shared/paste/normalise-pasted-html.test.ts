import { getSchema } from '@tiptap/core'
import { DOMParser as SchemaParser } from '@tiptap/pm/model'
import { generateHTML } from '@tiptap/html/server'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import type { BodyNode } from '../article/body'
import { articleExtensions } from '../schema/article-extensions'
import { normalisePastedHtml } from './normalise-pasted-html'
import word from './fixtures/word-clipboard.html?raw'
import docs from './fixtures/google-docs-clipboard.html?raw'
import libreOffice from './fixtures/libreoffice-clipboard.html?raw'
import webPage from './fixtures/web-page.html?raw'

const schema = getSchema(articleExtensions())

// What the editor would make of a paste: the clipboard HTML in a DOM that runs
// nothing, cleaned, then read by the article schema.
function paste(html: string): { body: BodyNode; cleaned: string } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } })
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html')
    normalisePastedHtml(doc.body as unknown as ParentNode)
    const body = SchemaParser.fromSchema(schema).parse(doc.body as unknown as Node).toJSON() as BodyNode
    return { body, cleaned: doc.body.innerHTML }
  } finally {
    void window.happyDOM.close()
  }
}

const textOf = (node: BodyNode): string => node.text ?? (node.content ?? []).map(textOf).join('')
const blocks = (body: BodyNode) => (body.content ?? []).map((n) => ({ type: n.type, level: n.attrs?.level, dir: n.attrs?.dir ?? null, text: textOf(n) }))
const marked = (body: BodyNode, mark: string): string[] => {
  const out: string[] = []
  const walk = (n: BodyNode) => {
    if (n.marks?.some((m) => m.type === mark)) out.push(n.text ?? '')
    n.content?.forEach(walk)
  }
  walk(body)
  return out
}
const links = (body: BodyNode): string[] => {
  const out: string[] = []
  const walk = (n: BodyNode) => {
    for (const m of n.marks ?? []) if (m.type === 'link') out.push(String(m.attrs?.href))
    n.content?.forEach(walk)
  }
  walk(body)
  return out
}

describe('normalisePastedHtml: Word', () => {
  const { body, cleaned } = paste(word)

  it('keeps headings (h1 becomes h2, h5 becomes h3), paragraphs, quotes and direction, upper-case DIR included', () => {
    expect(blocks(body)).toEqual([
      { type: 'heading', level: 2, dir: null, text: 'قمة المناخ تنطلق في الرياض' },
      { type: 'paragraph', level: undefined, dir: null, text: 'افتتح المؤتمر صباح الاثنين بحضور وفود من ١٩٠ دولة، وفق الموقع الرسمي.' },
      { type: 'heading', level: 3, dir: null, text: 'أبرز الملفات' },
      { type: 'bulletList', level: undefined, dir: null, text: 'خفض الانبعاثاتالفحم والنفطتمويل التكيف' },
      { type: 'orderedList', level: undefined, dir: null, text: 'الجلسة الافتتاحيةكلمة الأمين العام' },
      { type: 'quote', level: undefined, dir: null, text: '"لا وقت نضيعه"' },
      { type: 'paragraph', level: undefined, dir: 'ltr', text: 'The clock is ticking.' },
      { type: 'heading', level: 3, dir: null, text: 'ملاحظة ختامية' }
    ])
  })

  it('turns mso-list paragraphs into a nested list without the bullet characters', () => {
    const list = body.content?.[3]
    expect(list?.content?.length).toBe(2)
    const nested = list?.content?.[0]?.content?.[1]
    expect(nested?.type).toBe('bulletList')
    expect(textOf(nested!)).toBe('الفحم والنفط')
    expect(JSON.stringify(body)).not.toContain('·')
  })

  it('keeps bold, italic and the link without its tracking parameter', () => {
    expect(marked(body, 'bold')).toEqual(['صباح الاثنين'])
    expect(marked(body, 'italic')).toEqual(['وفود من ١٩٠ دولة'])
    expect(links(body)).toEqual(['https://example.org/cop?id=7'])
  })

  it('marks Word’s English run as English and drops the Arabic language tags', () => {
    expect(marked(body, 'lang')).toEqual(['The clock is ticking.'])
    expect(cleaned).toContain('<span lang="en">The clock is ticking.</span>')
  })

  it('leaves no style, class, font, comment or Office tag behind', () => {
    expect(cleaned).not.toMatch(/style=|class=|<font|<!--|<o:p|mso-|lang="?AR/i)
    expect(cleaned).toMatch(/dir="rtl"/)
    expect(cleaned).not.toMatch(/dir="RTL"/)
  })
})

describe('normalisePastedHtml: Google Docs', () => {
  const { body, cleaned } = paste(docs)

  it('unwraps the docs-internal-guid wrapper without making everything bold', () => {
    expect(cleaned).not.toContain('docs-internal-guid')
    expect(marked(body, 'bold')).toEqual(['النتائج الأولية'])
    expect(marked(body, 'italic')).toEqual([' مساء السبت'])
  })

  it('keeps headings, lists and direction', () => {
    expect(blocks(body)).toEqual([
      { type: 'heading', level: 2, dir: null, text: 'الانتخابات البلدية' },
      { type: 'paragraph', level: undefined, dir: null, text: 'أعلنت اللجنة النتائج الأولية مساء السبت عبر موقعها.' },
      { type: 'heading', level: 3, dir: null, text: 'نسبة المشاركة' },
      { type: 'bulletList', level: undefined, dir: null, text: 'المدن: ٤٥٪الأرياف: ٣٨٪' },
      { type: 'orderedList', level: undefined, dir: null, text: 'الفرز' },
      { type: 'paragraph', level: undefined, dir: 'ltr', text: 'Turnout was higher than expected.' }
    ])
  })

  it('links to the destination, not through Google’s redirect', () => {
    expect(links(body)).toEqual(['https://elections.example/results'])
  })
})

describe('normalisePastedHtml: LibreOffice', () => {
  const { body, cleaned } = paste(libreOffice)

  it('keeps headings (h6 becomes h3), bold and italic from spans and tags, the quote and the list', () => {
    expect(blocks(body)).toEqual([
      { type: 'heading', level: 2, dir: null, text: 'أسعار الوقود' },
      { type: 'paragraph', level: undefined, dir: null, text: 'رفعت الحكومة أسعار البنزين بنسبة ١٠٪ والديزل أيضًا.' },
      { type: 'quote', level: undefined, dir: null, text: 'قال الوزير: القرار مؤقت.' },
      { type: 'orderedList', level: undefined, dir: null, text: 'المرحلة الأولىالمرحلة الثانية' },
      { type: 'heading', level: 3, dir: null, text: 'مصادر' }
    ])
    expect(marked(body, 'bold')).toEqual(['أسعار البنزين', '١٠٪'])
    expect(marked(body, 'italic')).toEqual(['الديزل'])
    expect(cleaned).not.toMatch(/<font|face=|align=|class=/)
  })
})

describe('normalisePastedHtml: a web page', () => {
  const { body, cleaned } = paste(webPage)

  it('keeps the article and drops scripts, handlers, frames, forms, navigation and the footer', () => {
    expect(blocks(body)).toEqual([
      { type: 'heading', level: 2, dir: null, text: 'فوز المنتخب في النهائي' },
      { type: 'paragraph', level: undefined, dir: null, text: 'حقق المنتخب فوزاً تاريخياً على منافسه في المباراة النهائية.' },
      { type: 'heading', level: 2, dir: null, text: 'تفاصيل المباراة' },
      { type: 'paragraph', level: undefined, dir: null, text: 'سجل اللاعب هدفين.' },
      { type: 'quote', level: undefined, dir: null, text: 'كانت مباراة صعبة' },
      { type: 'paragraph', level: undefined, dir: null, text: 'شكراً للجماهير' }
    ])
    expect(cleaned).not.toMatch(/<script|<iframe|<object|<style|<form|<nav|<footer|onclick|onerror|onmouseover|__pwned|data-track|data-ga/i)
  })

  it('keeps the web link without its click id and drops the javascript: link, keeping its text', () => {
    expect(links(body)).toEqual(['https://stats.example/match?id=5'])
    expect(marked(body, 'bold')).toEqual(['فوزاً تاريخياً'])
  })
})

describe('normalisePastedHtml: copy and paste inside Midad', () => {
  it('keeps every article block the editor puts on the clipboard', () => {
    const id = '0b6f1a52-3f1e-4d5c-9a8b-1c2d3e4f5a6b'
    const text = (t: string, marks?: BodyNode['marks']) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) })
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('عنوان فرعي')] },
        { type: 'paragraph', content: [text('نص '), text('عريض', [{ type: 'bold' }]), text(' و'), text('Reuters', [{ type: 'lang', attrs: { lang: 'en' } }]), text(' و'), text('مقال', [{ type: 'link', attrs: { href: `midad:article/${id}` } }])] },
        { type: 'paragraph', attrs: { dir: 'ltr' }, content: [text('An English line')] },
        { type: 'figure', attrs: { mediaId: `${'a'.repeat(64)}.jpg`, alt: 'بديل', caption: 'تعليق الصورة', credit: 'أ ف ب', width: null, height: null } },
        { type: 'figure', attrs: { mediaId: null, alt: 'صورة منتظرة', caption: 'تنتظر صورتها', credit: 'رويترز', width: null, height: null } },
        { type: 'quote', attrs: { attribution: 'الوزير' }, content: [{ type: 'paragraph', content: [text('قول مأثور')] }] },
        { type: 'pullQuote', attrs: { attribution: 'شي' }, content: [{ type: 'paragraph', content: [text('بلا حدود')] }] },
        { type: 'horizontalRule' },
        { type: 'relatedArticles', attrs: { articles: [{ id, headline: 'قمة بكين' }] } },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('بند')] }] }] }
      ]
    }
    const original = schema.nodeFromJSON(doc).toJSON() as BodyNode
    const { body } = paste(generateHTML(doc, articleExtensions()))
    expect(body).toEqual(original)
  })
})
