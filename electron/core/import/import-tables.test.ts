import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BodyNode } from '../../../shared/article/body'
import { openCore, type Core } from '../core'
import { docxFile, paragraph, run } from './testing/docx-fixture'
import { importArticleFile } from './import-article-file'

const textOf = (node: BodyNode): string => node.text ?? (node.content ?? []).map(textOf).join('')
const rows = (table: BodyNode) => (table.content ?? []).map((row) => (row.content ?? []).map((cell) => [cell.type, textOf(cell)]))
const utf8 = (text: string) => new TextEncoder().encode(text)

// Word's table markup: a grid, a header row Word repeats on each page (w:tblHeader), cells of paragraphs.
const cell = (text: string, span = 1) =>
  `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>${paragraph({ bidi: true }, run(text))}</w:tc>`
const wordTable = (header: string[], ...body: string[][]) =>
  '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:bidiVisual/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
  `<w:tr><w:trPr><w:tblHeader/></w:trPr>${header.map((h) => cell(h)).join('')}</w:tr>` +
  body.map((r) => `<w:tr>${r.length === 1 ? cell(r[0]!, 2) : r.map((c) => cell(c)).join('')}</w:tr>`).join('') +
  '</w:tbl>'

let dir: string
let core: Core
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-import-tables-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('importing a table', () => {
  it('from Word (.docx): a table with its header row and a cell spanning both columns, between the paragraphs, stored as it came', async () => {
    const bytes = await docxFile({
      rtlNormalStyle: true,
      body: [
        paragraph({ style: 'Title' }, run('نتائج الدوري')),
        paragraph({}, run('الترتيب بعد الجولة العشرين:')),
        wordTable(['الفريق', 'النقاط'], ['الهلال', '٥٤'], ['النصر', '٥١'], ['حتى الجولة ٢٠']),
        paragraph({}, run('والمنافسة مستمرة.'))
      ].join('')
    })
    const article = core.getArticle((await core.importArticle('الدوري.docx', bytes)).id)
    expect(article.meta.headline).toBe('نتائج الدوري')
    expect((article.body.content ?? []).map((n) => n.type)).toEqual(['paragraph', 'table', 'paragraph'])
    const table = article.body.content![1]!
    expect(rows(table)).toEqual([
      [['tableHeader', 'الفريق'], ['tableHeader', 'النقاط']],
      [['tableCell', 'الهلال'], ['tableCell', '٥٤']],
      [['tableCell', 'النصر'], ['tableCell', '٥١']],
      [['tableCell', 'حتى الجولة ٢٠']]
    ])
    expect(table.content![3]!.content![0]!.attrs?.colspan).toBe(2)
  })

  it('from a saved web page (.html): caption, header cells and rows, without the page’s chrome', async () => {
    const page = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>الموقع</title></head><body><nav><a href="/">الرئيسية</a></nav><article><h1>مواعيد المباريات</h1>
      <p>جدول الجولة الأخيرة.</p>
      <div class="table-wrap"><table class="fixtures" style="width:100%"><caption>الجولة الأخيرة</caption><thead><tr><th>المباراة</th><th>الموعد</th></tr></thead>
      <tbody><tr><td>الأهلي - الزمالك</td><td>الجمعة</td></tr><tr><td>النصر - الاتحاد</td><td>السبت</td></tr></tbody></table></div></article></body></html>`
    const { meta, body } = await importArticleFile('مواعيد.html', utf8(page))
    expect(meta.headline).toBe('مواعيد المباريات')
    expect((body.content ?? []).map((n) => n.type)).toEqual(['paragraph', 'table'])
    const table = body.content![1]!
    expect(table.attrs?.caption).toBe('الجولة الأخيرة')
    expect(rows(table)).toEqual([
      [['tableHeader', 'المباراة'], ['tableHeader', 'الموعد']],
      [['tableCell', 'الأهلي - الزمالك'], ['tableCell', 'الجمعة']],
      [['tableCell', 'النصر - الاتحاد'], ['tableCell', 'السبت']]
    ])
  })
})
