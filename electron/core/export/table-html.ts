import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { escapeAttribute, escapeText } from './html-escape'

// A table without a caption still needs a name for its scrolling box: screen
// readers announce the region by it. The page is Arabic (<html lang="ar">).
export const unnamedTableLabel = 'جدول'

const joined = (children: string | string[] | undefined): string => (Array.isArray(children) ? children.join('') : (children ?? ''))

const oneLine = (text: unknown): string => String(text ?? '').replace(/\s+/g, ' ').trim()

const isHeaderRow = (row: ProseMirrorNode | undefined): boolean => {
  if (!row || row.childCount === 0) return false
  let headers = true
  row.forEach((cell) => {
    if (cell.type.name !== 'tableHeader') headers = false
  })
  return headers
}

// Only spans that mean something: a whole number of columns or rows above one.
function spans(cell: ProseMirrorNode): string {
  const span = (name: 'colspan' | 'rowspan') => {
    const value: unknown = cell.attrs[name]
    return typeof value === 'number' && Number.isInteger(value) && value > 1 && value <= 1000 ? ` ${name}="${value}"` : ''
  }
  return span('colspan') + span('rowspan')
}

/**
 * A header cell says what it heads: the column when its whole row is headers
 * (the table's header row), else its row (a header column).
 */
export function publishedHeaderCell(cell: ProseMirrorNode, row: ProseMirrorNode | undefined, children: string | string[] | undefined): string {
  const scope = isHeaderRow(row) ? 'col' : 'row'
  return `<th scope="${scope}"${spans(cell)}>${joined(children)}</th>`
}

export function publishedCell(cell: ProseMirrorNode, children: string | string[] | undefined): string {
  return `<td${spans(cell)}>${joined(children)}</td>`
}

/**
 * A table as the page publishes it: a semantic <table> with its <caption>, a
 * header row in <thead>, inside a box that scrolls sideways on its own, so a
 * wide table never widens the page on a phone. The box is a named region and
 * takes focus, so a keyboard can scroll it too.
 */
export function publishedTable(table: ProseMirrorNode, rows: string | string[] | undefined): string {
  const rendered = Array.isArray(rows) ? rows : rows ? [rows] : []
  const caption = oneLine(table.attrs.caption)
  const dir = table.attrs.dir === 'ltr' ? ' dir="ltr"' : ''
  const head = isHeaderRow(table.firstChild ?? undefined) && rendered.length > 1 ? `<thead>${rendered[0]}</thead>` : ''
  const bodyRows = head ? rendered.slice(1) : rendered
  const label = escapeAttribute(caption || unnamedTableLabel)
  return (
    `<div class="table-scroll" role="region" aria-label="${label}" tabindex="0"${dir}>` +
    `<table${dir}>${caption ? `<caption>${escapeText(caption)}</caption>` : ''}${head}<tbody>${bodyRows.join('')}</tbody></table></div>`
  )
}

export const publishedRow = (children: string | string[] | undefined): string => `<tr>${joined(children)}</tr>`
