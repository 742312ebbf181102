import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { EditorView, NodeView, ViewMutationRecord } from '@tiptap/pm/view'
import { localeOrDefault, translate } from '../../../shared/i18n/translate'
import type { TableOptions } from '@tiptap/extension-table'
import { ArticleTable } from '../../../shared/schema/table'
import { fieldLeft, keepFieldFocus, restoreFieldFocus } from './node-field-focus'

export interface TableViewOptions {
  /** The caption field lost focus: save now. */
  onFieldBlur: () => void
}

/**
 * A table in the editor: its caption as a one-line field above it, its rows
 * edited in place. The table scrolls sideways inside its own box, like on the
 * published page, so a wide one never widens the sheet.
 */
class ArticleTableView implements NodeView {
  dom: HTMLElement
  contentDOM: HTMLElement
  private caption: HTMLInputElement
  private table: HTMLTableElement

  constructor(
    private node: ProseMirrorNode,
    private view: EditorView,
    private getPos: () => number | undefined,
    private options: TableViewOptions
  ) {
    const doc = view.dom.ownerDocument
    const locale = localeOrDefault(doc.documentElement.lang)
    this.dom = doc.createElement('div')
    this.dom.className = 'table-block'
    this.dom.setAttribute('data-testid', 'table-block')
    const captionRow = doc.createElement('label')
    captionRow.className = 'table-caption'
    captionRow.contentEditable = 'false'
    const captionName = doc.createElement('span')
    captionName.className = 'table-caption-name'
    captionName.textContent = translate(locale, 'table.caption')
    this.caption = doc.createElement('input')
    this.caption.type = 'text'
    this.caption.setAttribute('data-testid', 'table-caption')
    this.caption.placeholder = translate(locale, 'table.caption.placeholder')
    this.caption.value = String(node.attrs.caption ?? '')
    this.caption.addEventListener('input', () => this.setCaption(this.caption.value.replace(/[\r\n]+/g, ' ')))
    this.caption.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') event.preventDefault()
    })
    this.caption.addEventListener('blur', () => {
      fieldLeft()
      this.options.onFieldBlur()
    })
    // Drawn afresh while its caption was being typed in: the focus and caret come back once the table is on the page.
    queueMicrotask(() => restoreFieldFocus(getPos(), { caption: this.caption }))
    captionRow.append(captionName, this.caption)
    const scroll = doc.createElement('div')
    scroll.className = 'table-scroll'
    this.table = doc.createElement('table')
    this.contentDOM = doc.createElement('tbody')
    this.table.append(this.contentDOM)
    scroll.append(this.table)
    this.dom.append(captionRow, scroll)
    this.applyDirection()
  }

  private setCaption(caption: string): void {
    const pos = this.getPos()
    if (pos === undefined || caption === this.node.attrs.caption) return
    keepFieldFocus(pos, 'caption', this.caption)
    this.view.dispatch(this.view.state.tr.setNodeAttribute(pos, 'caption', caption))
  }

  private applyDirection(): void {
    if (this.node.attrs.dir === 'ltr') this.dom.setAttribute('dir', 'ltr')
    else this.dom.removeAttribute('dir')
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false
    this.node = node
    const caption = String(node.attrs.caption ?? '')
    if (this.caption.value !== caption && this.caption.ownerDocument.activeElement !== this.caption) this.caption.value = caption
    this.applyDirection()
    return true
  }

  // The caption field is the browser's, not the editor's.
  stopEvent(event: Event): boolean {
    return event.target === this.caption
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return this.caption.contains(mutation.target as Node)
    return !this.contentDOM.contains(mutation.target as Node)
  }
}

export const EditorTable = ArticleTable.extend<TableOptions & TableViewOptions>({
  addOptions() {
    return { ...(this.parent?.() as TableOptions), onFieldBlur: () => undefined }
  },

  addNodeView() {
    return ({ node, view, getPos }) => new ArticleTableView(node, view, getPos, { onFieldBlur: () => this.options.onFieldBlur() })
  }
})
