import { mergeAttributes } from '@tiptap/core'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'

/** What a table node carries besides its rows: the caption that names it. */
export interface TableAttrs {
  caption: string
}

const oneLine = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

// The table's own caption, not one of a table nested in its cells.
const captionOf = (table: HTMLElement): string => {
  for (const child of Array.from(table.children)) {
    if (child.tagName.toLowerCase() === 'caption') return oneLine(child.textContent)
  }
  return ''
}

/**
 * A table of figures (results, prices, a timetable): rows of cells, header
 * cells (<th>) where the table has them, and a caption naming it. Columns run
 * in the block's direction: right to left in the Arabic article, left to right
 * when the table is set `ltr` like any other block (block-direction.ts).
 * The caption is one line, kept as an attribute: a node of its own inside the
 * table would be taken for a row by the table-editing commands.
 * Column widths are never set: the table takes the width its words need, and
 * the page scrolls a wide one inside its own box.
 */
export const ArticleTable = Table.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      caption: {
        default: '',
        parseHTML: (element) => captionOf(element),
        renderHTML: () => ({})
      }
    }
  },

  parseHTML() {
    // The caption's words are the attribute above, never a row of cells.
    return [{ tag: 'table' }, { tag: 'caption', ignore: true }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const caption = oneLine(String(node.attrs.caption ?? ''))
    const attrs = mergeAttributes(this.options.HTMLAttributes, HTMLAttributes)
    return caption ? ['table', attrs, ['caption', {}, caption], ['tbody', 0]] : ['table', attrs, ['tbody', 0]]
  }
}).configure({ resizable: false })

export { TableCell, TableHeader, TableRow }
