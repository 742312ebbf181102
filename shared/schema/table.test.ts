import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { generateJSON } from '@tiptap/html/server'
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import { articleExtensions } from './article-extensions'

const text = (value: string) => ({ type: 'text', text: value })
const cell = (type: 'tableHeader' | 'tableCell', value: string) => ({ type, content: [{ type: 'paragraph', content: [text(value)] }] })
const table = {
  type: 'table',
  attrs: { caption: 'نتائج الانتخابات البلدية' },
  content: [
    { type: 'tableRow', content: [cell('tableHeader', 'المدينة'), cell('tableHeader', 'الأصوات')] },
    { type: 'tableRow', content: [cell('tableCell', 'الرياض'), cell('tableCell', '١٢٣٤')] }
  ]
}
const parse = (html: string) => generateJSON(html, articleExtensions())
const render = (content: unknown[]) => renderToHTMLString({ extensions: articleExtensions(), content: { type: 'doc', content } as never })
const cellTexts = (node: { content?: { content?: { content?: { content?: { text?: string }[] }[] }[] }[] }) =>
  (node.content ?? []).map((row) => (row.content ?? []).map((c) => (c.content ?? []).map((p) => (p.content ?? []).map((t) => t.text).join('')).join('')))

describe('the article table', () => {
  it('is a block of the article schema that keeps header cells and its caption through save and reload', () => {
    const schema = getSchema(articleExtensions())
    const doc = ProseMirrorNode.fromJSON(schema, { type: 'doc', content: [table] })
    doc.check()
    const stored = JSON.parse(JSON.stringify(doc.toJSON()))
    const reloaded = ProseMirrorNode.fromJSON(schema, stored)
    expect(reloaded.eq(doc)).toBe(true)
    const first = reloaded.firstChild!
    expect(first.attrs.caption).toBe('نتائج الانتخابات البلدية')
    expect(first.firstChild!.firstChild!.type.name).toBe('tableHeader')
  })

  it('is copied as a <table> with its <caption> and <th>, and pasted back whole, the caption never becoming a row', () => {
    const html = render([table])
    expect(html).toContain('<caption>نتائج الانتخابات البلدية</caption>')
    expect(html).toContain('<th')
    const back = parse(html).content[0]
    expect(back.type).toBe('table')
    expect(back.attrs.caption).toBe('نتائج الانتخابات البلدية')
    expect(cellTexts(back)).toEqual([['المدينة', 'الأصوات'], ['الرياض', '١٢٣٤']])
    expect(back.content[0].content.map((c: { type: string }) => c.type)).toEqual(['tableHeader', 'tableHeader'])
  })

  it('follows the block direction: right to left by default, left to right when set', () => {
    expect(parse('<table><tr><td>أ</td></tr></table>').content[0].attrs.dir).toBeNull()
    const ltr = parse('<table dir="ltr"><tr><td>a</td><td>b</td></tr></table>').content[0]
    expect(ltr.attrs.dir).toBe('ltr')
    expect(render([ltr])).toMatch(/^<table dir="ltr"/)
  })

  it('reads a cell without a paragraph, and spans across columns', () => {
    const back = parse('<table><tr><td colspan="2">مجموع</td></tr><tr><td>١</td><td>٢</td></tr></table>').content[0]
    expect(back.content[0].content[0].attrs.colspan).toBe(2)
    expect(cellTexts(back)).toEqual([['مجموع'], ['١', '٢']])
  })
})
