import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { readBody, writeBody } from '../document/article-document'
import { articleSchema } from '../schema/article-schema'
import { suggestionScenarios } from './testing/suggestion-scenarios'
import { doc, h2, h3, item, p, ul } from './testing/article-builders'
import { removeBlock, replace, setBlockType } from './testing/article-edits'
import { suggest, suggestionMarksIn } from './testing/suggest'
import { decideSuggestions } from './suggestion-decisions'

/** The body as another desk reads it: written into the article's document and read back. */
function throughDocument(body: ProseMirrorNode): ProseMirrorNode {
  const document = new Y.Doc()
  writeBody(document, body)
  return articleSchema().nodeFromJSON(readBody(document))
}

function replicaOf(document: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(document))
  return copy
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  Y.applyUpdate(b, fromA)
  Y.applyUpdate(a, fromB)
}

const read = (document: Y.Doc): ProseMirrorNode => articleSchema().nodeFromJSON(readBody(document))

describe('every scripted suggestion comes back from the article’s document as it went in', () => {
  it.each(suggestionScenarios)('$name', ({ before, edit }) => {
    const suggested = suggest(before, edit)
    const back = throughDocument(suggested)
    expect(back.toJSON()).toEqual(suggested.toJSON())
    // Marks on whole blocks, which the binding dropped before it was patched, are there by name and id.
    expect(suggestionMarksIn(back)).toEqual(suggestionMarksIn(suggested))
  })
})

describe('suggestions on whole blocks, merged between two desks', () => {
  it('one desk deletes a heading, the other makes a paragraph a heading: both suggestions reach both desks', () => {
    const desk = new Y.Doc()
    writeBody(desk, doc(h3('ردود الفعل'), p('قال الوزير'), p('تفاصيل')))
    const editor = replicaOf(desk)

    const deleted = suggest(read(desk), removeBlock('heading', 'ردود الفعل'))
    const retyped = suggest(read(editor), setBlockType('تفاصيل|', 'heading', { level: 2 }))
    writeBody(desk, deleted)
    writeBody(editor, retyped)
    exchange(desk, editor)

    const merged = read(desk)
    expect(read(editor).toJSON()).toEqual(merged.toJSON())
    merged.check()
    // The deletion of one, and the type and the level of the other, by their ids.
    expect(suggestionMarksIn(merged).sort()).toEqual([...suggestionMarksIn(deleted), ...suggestionMarksIn(retyped)].sort())
    expect(decideSuggestions(merged, 'accept', { all: true }).toJSON()).toEqual(doc(p('قال الوزير'), h2('تفاصيل')).toJSON())
    expect(decideSuggestions(merged, 'reject', { all: true }).toJSON()).toEqual(doc(h3('ردود الفعل'), p('قال الوزير'), p('تفاصيل')).toJSON())
  })

  it('a list item deleted on one desk and a word corrected in another item on the other: both survive the merge', () => {
    const desk = new Y.Doc()
    writeBody(desk, doc(ul(item('البند الأول'), item('البند الثاني'), item('البند الثالث'))))
    const editor = replicaOf(desk)

    writeBody(desk, suggest(read(desk), removeBlock('listItem', 'البند الثاني')))
    writeBody(editor, suggest(read(editor), replace('البند [الثالث]', 'الأخير')))
    exchange(desk, editor)

    const merged = read(editor)
    expect(read(desk).toJSON()).toEqual(merged.toJSON())
    expect(decideSuggestions(merged, 'accept', { all: true }).toJSON()).toEqual(doc(ul(item('البند الأول'), item('البند الأخير'))).toJSON())
    expect(decideSuggestions(merged, 'reject', { all: true }).toJSON()).toEqual(doc(ul(item('البند الأول'), item('البند الثاني'), item('البند الثالث'))).toJSON())
  })
})
