import { describe, expect, it } from 'vitest'
import { pasteHtml, tableRows, textOf } from './testing/paste-fixture'
import word from './fixtures/word-table-clipboard.html?raw'
import docs from './fixtures/google-docs-table-clipboard.html?raw'
import libreOffice from './fixtures/libreoffice-table-clipboard.html?raw'
import webPage from './fixtures/web-page-table.html?raw'

const types = (html: string) => (pasteHtml(html).body.content ?? []).map((n) => n.type)
const tableOf = (html: string) => (pasteHtml(html).body.content ?? []).find((n) => n.type === 'table')!

describe('a pasted table stays a table', () => {
  it('from Word: one table between the paragraphs, its cells in order, no style left', () => {
    expect(types(word)).toEqual(['paragraph', 'table', 'paragraph'])
    expect(tableRows(tableOf(word))).toEqual([
      [['tableCell', 'المرشح'], ['tableCell', 'الأصوات']],
      [['tableCell', 'سالم الأحمد'], ['tableCell', '١٢٬٤٠٥']]
    ])
    expect(pasteHtml(word).cleaned).not.toMatch(/style=|class=|mso-|width=/i)
  })

  it('from Google Docs: the table, not a paragraph per cell', () => {
    expect(types(docs)).toEqual(['paragraph', 'table', 'paragraph'])
    expect(tableRows(tableOf(docs)).map((row) => row.map(([, text]) => text))).toEqual([
      ['العملة', 'شراء', 'بيع'],
      ['الدولار', '3.75', '3.76']
    ])
  })

  it('from LibreOffice: header cells stay header cells and a cell spanning two columns keeps its span', () => {
    expect(types(libreOffice)).toEqual(['paragraph', 'table', 'paragraph'])
    const table = tableOf(libreOffice)
    expect(tableRows(table)).toEqual([
      [['tableHeader', 'الفريق'], ['tableHeader', 'النقاط']],
      [['tableCell', 'الهلال'], ['tableCell', '٥٤']],
      [['tableCell', 'حتى الجولة ٢٠']]
    ])
    expect(table.content![2]!.content![0]!.attrs?.colspan).toBe(2)
    expect(table.attrs?.dir).toBeNull()
  })

  it('from a web page: caption, column and row headers and the link inside a cell, without the page’s chrome', () => {
    const { body, cleaned } = pasteHtml(webPage)
    expect((body.content ?? []).map((n) => n.type)).toEqual(['heading', 'table', 'paragraph'])
    const table = tableOf(webPage)
    expect(table.attrs?.caption).toBe('مواعيد الجولة الأخيرة')
    expect(tableRows(table)).toEqual([
      [['tableHeader', 'المباراة'], ['tableHeader', 'الموعد']],
      [['tableHeader', 'الأهلي - الزمالك'], ['tableCell', 'الجمعة التذاكر']],
      [['tableHeader', 'النصر - الاتحاد'], ['tableCell', 'السبت']]
    ])
    expect(JSON.stringify(table)).toContain('"href":"https://tickets.example/match"')
    expect(cleaned).not.toMatch(/onclick|data-ga|class=|الرئيسية|© الموقع/)
    expect(textOf(body)).not.toContain('مواعيد الجولة الأخيرةالمباراة')
  })
})
