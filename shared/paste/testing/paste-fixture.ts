// For tests: what the editor makes of a paste — the clipboard HTML in a DOM
// that runs nothing, cleaned, then read by the article schema.
import { getSchema } from '@tiptap/core'
import { DOMParser as SchemaParser } from '@tiptap/pm/model'
import { Window } from 'happy-dom'
import type { BodyNode } from '../../article/body'
import { articleExtensions } from '../../schema/article-extensions'
import { normalisePastedHtml } from '../normalise-pasted-html'
import type { UnkeptContent } from '../unkept-content'

const schema = getSchema(articleExtensions())

export function pasteHtml(html: string): { body: BodyNode; cleaned: string; unkept: UnkeptContent } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } })
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html')
    const unkept = normalisePastedHtml(doc.body as unknown as ParentNode)
    const body = SchemaParser.fromSchema(schema).parse(doc.body as unknown as Node).toJSON() as BodyNode
    return { body, cleaned: doc.body.innerHTML, unkept }
  } finally {
    void window.happyDOM.close()
  }
}

export const textOf = (node: BodyNode): string => node.text ?? (node.content ?? []).map(textOf).join('')

/** A table as rows of [cell type, text]. */
export const tableRows = (table: BodyNode): [string, string][][] =>
  (table.content ?? []).map((row) => (row.content ?? []).map((cell) => [cell.type, textOf(cell).trim()] as [string, string]))
