// Who wrote each word: the document names a writer for every client, whoever sends the words.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nameWriter, readMeta, writerIds, writerOf, writeMeta } from '../../../shared/document/article-document'
import { openCore, type Core } from '../core'

let dir: string
let core: Core

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-writers-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A window's replica of the article, as the back side holds it now. */
function openWindow(id: string): Y.Doc {
  const window = new Y.Doc()
  Y.applyUpdateV2(window, core.openArticleDocument(id))
  return window
}

/** One edit in the window, sent and committed; returns the client that wrote it. */
function send(id: string, window: Y.Doc, edit: (doc: Y.Doc) => void): number {
  const before = Y.encodeStateVector(window)
  edit(window)
  core.applyArticleUpdate(id, Y.encodeStateAsUpdateV2(window, before))
  return window.clientID
}

const stored = (id: string) => openWindow(id)

describe('the writers an article names', () => {
  it('a new article names its creator, and words sent from an unnamed window are named for the person at the desk', () => {
    const sara = core.saveProfile({ name: 'سارة القاسم', role: 'journalist' })
    const article = core.createArticle({ headline: 'قبل' })
    expect(writerIds(stored(article.id))).toEqual([sara.id])

    const window = openWindow(article.id)
    const client = send(article.id, window, (doc) => writeMeta(doc, { ...readMeta(doc), headline: 'بعد' }))
    expect(writerOf(stored(article.id), client)).toBe(sara.id)
  })

  it('a window that names its own writer keeps that name, whoever the desk says is writing', () => {
    core.saveProfile({ name: 'سارة القاسم', role: 'journalist' })
    const article = core.createArticle({ headline: 'خبر' })
    const window = openWindow(article.id)
    const visitor = '0b6f2d4e-3f8a-4c1d-9e2b-7a5c3d1e9f20'
    const client = send(article.id, window, (doc) => {
      nameWriter(doc, doc.clientID, visitor)
      writeMeta(doc, { ...readMeta(doc), headline: 'خبر عاجل' })
    })
    expect(writerOf(stored(article.id), client)).toBe(visitor)
  })

  it("core's own edits (a whole draft) are named for the person at the desk, and a new person writes under a new client", () => {
    const sara = core.saveProfile({ name: 'سارة القاسم', role: 'journalist' })
    const article = core.createArticle({ headline: 'أول' })
    const first = core.saveArticle({ id: article.id, baseVersion: article.version, meta: { ...article.meta, headline: 'ثانٍ' }, body: article.body })
    const rami = core.saveProfile({ name: 'رامي الحسن', role: 'editor' })
    core.saveArticle({ id: article.id, baseVersion: first.version, meta: { ...article.meta, headline: 'ثالث' }, body: article.body })
    // A new name is a new person (people-store), so both are named, each for their own words.
    expect(rami.id).not.toBe(sara.id)
    expect(writerIds(stored(article.id)).sort()).toEqual([sara.id, rami.id].sort())
  })

  it('words written before anyone said who they are are named for nobody', () => {
    const article = core.createArticle({ headline: 'قديم' })
    expect(writerIds(stored(article.id))).toEqual([])
  })

  it('findPeople answers the people this desk knows among the writers, leaving out an id it does not know', () => {
    const sara = core.saveProfile({ name: 'سارة القاسم', role: 'journalist' })
    const stranger = '0b6f2d4e-3f8a-4c1d-9e2b-7a5c3d1e9f20'
    expect(core.findPeople([sara.id, stranger, sara.id])).toEqual([sara])
  })
})
