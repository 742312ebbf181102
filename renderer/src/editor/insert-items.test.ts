import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { insertItems, matchingInsertItems } from './insert-items'
import { slashQueryIn } from './slash-query'

const schema = getSchema(articleExtensions())

function caretAtEnd(text: string) {
  const doc = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }] })
  const state = EditorState.create({ doc })
  return state.apply(state.tr.setSelection(TextSelection.create(doc, 1 + text.length)))
}

describe('insert menus', () => {
  it('offer every block the body can hold', () => {
    expect(insertItems.map((i) => i.kind)).toEqual([
      'paragraph', 'h2', 'h3', 'quote', 'pullQuote', 'figure', 'bulletList', 'orderedList', 'separator', 'relatedArticles', 'table'
    ])
  })

  it('find the table by its Arabic or English name', () => {
    expect(matchingInsertItems('جدول').map((i) => i.kind)).toEqual(['table'])
    expect(matchingInsertItems('tab').map((i) => i.kind)).toEqual(['table'])
  })

  it('find a block by its Arabic or its English name, whatever the interface language', () => {
    expect(matchingInsertItems('').length).toBe(insertItems.length)
    expect(matchingInsertItems('فاصل').map((i) => i.kind)).toEqual(['separator'])
    expect(matchingInsertItems('separ').map((i) => i.kind)).toEqual(['separator'])
    expect(matchingInsertItems('اقتباس').map((i) => i.kind)).toEqual(['quote', 'pullQuote'])
    expect(matchingInsertItems('PULL').map((i) => i.kind)).toEqual(['pullQuote'])
    expect(matchingInsertItems('zzz')).toEqual([])
  })
})

describe('the slash menu opens', () => {
  it('on a line holding only "/" and a word, with the caret at its end', () => {
    expect(slashQueryIn(caretAtEnd('/'))).toEqual({ query: '', from: 1, to: 2 })
    expect(slashQueryIn(caretAtEnd('/فاصل'))?.query).toBe('فاصل')
    expect(slashQueryIn(caretAtEnd('/عنوان فرعي'))?.query).toBe('عنوان فرعي')
  })

  it('not for a slash inside a sentence or a date', () => {
    expect(slashQueryIn(caretAtEnd('و/أو'))).toBeNull()
    expect(slashQueryIn(caretAtEnd('2026/11'))).toBeNull()
    expect(slashQueryIn(caretAtEnd('/ نص'))).toBeNull()
    expect(slashQueryIn(caretAtEnd(''))).toBeNull()
  })
})
