import type { Attrs, Mark, Node as ProseMirrorNode } from '@tiptap/pm/model'
import { articleSchema } from '../../schema/article-schema'

/**
 * Bodies written by hand, the way a test reads best: `doc(p('نص'), h2('عنوان'))`.
 * Each builder takes optional attributes first (`p({ dir: 'ltr' }, 'English')`),
 * then its children; a string is text. Nothing here calls the code under test,
 * so an expected body built with these is the writer's own statement of the result.
 */

export const schema = articleSchema()

type Child = ProseMirrorNode | string | readonly (ProseMirrorNode | string)[]
type Args = [Attrs, ...Child[]] | Child[]

const isAttrs = (value: unknown): value is Attrs =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !('nodeSize' in value)

function nodes(children: readonly Child[], marks: readonly Mark[] = []): ProseMirrorNode[] {
  return children.flatMap((child): ProseMirrorNode[] => {
    if (typeof child === 'string') return child === '' ? [] : [schema.text(child, marks)]
    if (Array.isArray(child)) return nodes(child as Child[], marks)
    const node = child as ProseMirrorNode
    return [marks.length > 0 && node.isText ? node.mark([...marks, ...node.marks].reduce((set: readonly Mark[], mark) => mark.addToSet(set), [])) : node]
  })
}

const block =
  (type: string, fixed: Attrs = {}) =>
  (...args: Args): ProseMirrorNode => {
    const [first, ...rest] = args
    const [attrs, children] = isAttrs(first) ? [first, rest as Child[]] : [{}, args as Child[]]
    return schema.node(type, { ...fixed, ...attrs }, nodes(children))
  }

export const doc = (...blocks: ProseMirrorNode[]): ProseMirrorNode => schema.node('doc', null, blocks)
export const p = block('paragraph')
/** An English paragraph: set left to right. */
export const en = block('paragraph', { dir: 'ltr' })
export const h2 = block('heading', { level: 2 })
export const h3 = block('heading', { level: 3 })
export const ul = block('bulletList')
export const ol = block('orderedList')
export const li = block('listItem')
export const quote = block('quote')
export const pullQuote = block('pullQuote')
export const table = block('table')
export const row = block('tableRow')
export const td = block('tableCell')
export const th = block('tableHeader')
export const hr = (): ProseMirrorNode => schema.node('horizontalRule')
export const figure = (attrs: Attrs = {}): ProseMirrorNode => schema.node('figure', { mediaId: 'sha256-photo', ...attrs })

/** A list item holding one paragraph: how almost every item is written. */
export const item = (...children: Child[]): ProseMirrorNode => li(p(...children))
/** A table cell holding one paragraph. */
export const cell = (...children: Child[]): ProseMirrorNode => td(p(...children))
export const headerCell = (...children: Child[]): ProseMirrorNode => th(p(...children))

const marked =
  (name: string) =>
  (...children: Child[]): ProseMirrorNode[] =>
    nodes(children, [schema.marks[name]!.create()])

export const bold = marked('bold')
export const italic = marked('italic')
