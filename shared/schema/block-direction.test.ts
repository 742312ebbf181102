import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import { Node } from '@tiptap/pm/model'
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import { articleExtensions } from './article-extensions'
import { parseBlockDirection } from './block-direction'

describe('block direction', () => {
  it('reads pasted dir values case-insensitively, keeping only an explicit left-to-right', () => {
    expect(parseBlockDirection('LTR')).toBe('ltr')
    expect(parseBlockDirection(' ltr ')).toBe('ltr')
    expect(parseBlockDirection('RTL')).toBeNull() // Word's DIR=RTL is the article's own direction
    expect(parseBlockDirection('auto')).toBeNull() // would flip Arabic lines that start with a Latin word
    expect(parseBlockDirection(null)).toBeNull()
  })

  it('is an attribute of every block in the shared schema, and only ltr is written out', () => {
    const schema = getSchema(articleExtensions())
    for (const name of ['paragraph', 'heading', 'quote', 'figure', 'bulletList', 'orderedList', 'listItem']) {
      expect(schema.nodes[name]?.spec.attrs, name).toHaveProperty('dir')
    }
    const doc = Node.fromJSON(schema, {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { dir: 'ltr' }, content: [{ type: 'text', text: 'English' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'عربي' }] }
      ]
    })
    const html = renderToHTMLString({ extensions: articleExtensions(), content: doc.toJSON() })
    expect(html).toBe('<p dir="ltr">English</p><p>عربي</p>')
  })
})
