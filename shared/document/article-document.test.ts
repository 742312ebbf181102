import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { emptyMeta, type ArticleMeta } from '../article/meta'
import type { ArticleBody } from '../article/body'
import { articleSchema } from '../schema/article-schema'
import { hasMissingUpdates, layoutOf, markLayout, readBody, readMeta, writeBody, writeMeta, ARTICLE_DOCUMENT_LAYOUT } from './article-document'
import { retypeText } from './retype-text'

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const body = (...texts: string[]): ArticleBody => ({ type: 'doc', content: texts.map(paragraph) })
const node = (b: ArticleBody) => ProseMirrorNode.fromJSON(articleSchema(), b)
const meta = (patch: Partial<ArticleMeta>): ArticleMeta => ({ ...emptyMeta, ...patch })

function documentOf(m: ArticleMeta, b: ArticleBody): Y.Doc {
  const doc = new Y.Doc()
  writeMeta(doc, m)
  writeBody(doc, node(b))
  markLayout(doc)
  return doc
}

/** A second desk's replica: the same document, from its full state. */
function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdateV2(copy, Y.encodeStateAsUpdateV2(doc))
  return copy
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdateV2(a, Y.encodeStateVector(b))
  const fromB = Y.encodeStateAsUpdateV2(b, Y.encodeStateVector(a))
  Y.applyUpdateV2(b, fromA)
  Y.applyUpdateV2(a, fromB)
}

describe('the article as a shared document', () => {
  it('reads back the metadata and the body it was given', () => {
    const m = meta({ headline: 'وزير الاقتصاد يعلن الموازنة', dek: 'موجز', bylines: ['سارة'], tags: ['اقتصاد', 'موازنة'], leadImage: null })
    const b = body('الفقرة الأولى.', 'الفقرة الثانية.')
    const doc = documentOf(m, b)
    expect(readMeta(doc)).toEqual(m)
    expect(node(readBody(doc)).eq(node(b))).toBe(true)
    expect(layoutOf(doc)).toBe(ARTICLE_DOCUMENT_LAYOUT)
  })

  it('an empty body reads as one empty paragraph, as the editor shows it', () => {
    expect(readBody(new Y.Doc())).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })

  it('two desks editing different paragraphs and the headline at once both keep their words', () => {
    const desk = documentOf(meta({ headline: 'الحكومة تقر الموازنة' }), body('أولى.', 'ثانية.', 'ثالثة.'))
    const editor = replicaOf(desk)

    writeBody(desk, node(body('أولى، بعد تعديل الصحفي.', 'ثانية.', 'ثالثة.')))
    writeMeta(desk, meta({ headline: 'الحكومة تقر الموازنة الجديدة' }))
    writeBody(editor, node(body('أولى.', 'ثانية.', 'ثالثة، كما صححها المحرر.')))
    writeMeta(editor, meta({ headline: 'عاجل: الحكومة تقر الموازنة' }))

    exchange(desk, editor)
    const merged = body('أولى، بعد تعديل الصحفي.', 'ثانية.', 'ثالثة، كما صححها المحرر.')
    for (const doc of [desk, editor]) {
      expect(node(readBody(doc)).eq(node(merged))).toBe(true)
      expect(readMeta(doc).headline).toBe('عاجل: الحكومة تقر الموازنة الجديدة')
    }
  })

  it('an update that arrives without the one it builds on waits, and the document says so', () => {
    const first = new Y.Doc()
    writeBody(first, node(body('أساس.')))
    const base = Y.encodeStateAsUpdateV2(first)
    const before = Y.encodeStateVector(first)
    writeBody(first, node(body('أساس، ثم إضافة.')))
    const onlyTheChange = Y.encodeStateAsUpdateV2(first, before)

    const stranger = new Y.Doc()
    Y.applyUpdateV2(stranger, onlyTheChange)
    expect(hasMissingUpdates(stranger)).toBe(true)
    Y.applyUpdateV2(stranger, base)
    expect(hasMissingUpdates(stranger)).toBe(false)
    expect(node(readBody(stranger)).textContent).toBe('أساس، ثم إضافة.')
  })
})

describe('retyping a line', () => {
  const retyped = (from: string, to: string) => {
    const doc = new Y.Doc()
    const text = doc.getText('t')
    text.insert(0, from)
    const changes: unknown[] = []
    text.observe((event) => changes.push(...event.delta))
    doc.transact(() => retypeText(text, to))
    return { result: text.toString(), changes }
  }

  it('replaces only the run that differs', () => {
    expect(retyped('قال الرئيس', 'قال الرئيس اليوم')).toEqual({ result: 'قال الرئيس اليوم', changes: [{ retain: 10 }, { insert: ' اليوم' }] })
  })

  it('a change of harakat alone touches only that letter', () => {
    const { result, changes } = retyped('كتب الطالب', 'كَتب الطالب')
    expect(result).toBe('كَتب الطالب')
    expect(changes).toEqual([{ retain: 1 }, { insert: 'َ' }])
  })

  it('never cuts a surrogate pair in two', () => {
    expect(retyped('خبر 📰 عاجل', 'خبر 📷 عاجل').result).toBe('خبر 📷 عاجل')
    const { changes } = retyped('a📰', 'a📷')
    expect(changes).toEqual([{ retain: 1 }, { delete: 2 }, { insert: '📷' }])
  })

  it('leaves the text alone when nothing changed', () => {
    expect(retyped('كما هو', 'كما هو').changes).toEqual([])
  })
})
