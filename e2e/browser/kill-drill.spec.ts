import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { test, expect } from './fixtures'

const KILLS = 200
// Long enough for dozens of edits to be committed, short enough that most kills land mid-write.
const LONGEST_LIFE_MS = 120

/** A small seeded generator: the same moments on every run, so a failure can be played again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The words a window's replica puts in: one new paragraph per edit, and now and then a new headline. */
function edit(doc: Y.Doc, word: string, retitle: boolean): Uint8Array {
  let update: Uint8Array | null = null
  const take = (u: Uint8Array) => (update = u)
  doc.on('updateV2', take)
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(word)])
    doc.getXmlFragment('body').push([paragraph])
    if (retitle) {
      const headline = doc.getText('meta.headline')
      headline.delete(0, headline.length)
      headline.insert(0, `عنوان ${word}`)
    }
  })
  doc.off('updateV2', take)
  return update!
}

const bodyWords = (doc: Y.Doc) => new Set(doc.getXmlFragment('body').toArray().map((node) => (node as Y.XmlElement).toArray().join('')))

test(`killed at ${KILLS} random moments while a window sends its edits, the database stays whole and keeps every acknowledged edit`, async ({ host, workspace }) => {
  test.setTimeout(6 * 60_000)
  const random = seeded(20261203)
  const { id } = await host.call<{ id: string }>('createArticle', { meta: { headline: 'تدريب على الانقطاع' } })
  const acknowledged: string[] = []
  let lastAcknowledgedHeadline = 'تدريب على الانقطاع'
  // The edit the kill cut off: committed or not, either is right, but it must be all or nothing.
  let cutOff: { word: string; headline?: string } | null = null
  let sent = 0

  /** The document as the back side holds it after a restart: every acknowledged edit in it, the cut-off one whole or not at all. */
  const reopen = async (afterKill: number): Promise<Y.Doc> => {
    // The window opens the article as the back side holds it after the restart.
    const replica = new Y.Doc()
    Y.applyUpdateV2(replica, Buffer.from((await host.call<{ state: string }>('openArticleDocument', { id })).state, 'base64'))
    const present = bodyWords(replica)
    if (cutOff && present.has(cutOff.word)) {
      acknowledged.push(cutOff.word)
      if (cutOff.headline) lastAcknowledgedHeadline = cutOff.headline
    }
    cutOff = null
    const lost = acknowledged.filter((word) => !present.has(word))
    expect(lost, `acknowledged edits missing after kill ${afterKill}`).toEqual([])
    expect(replica.getText('meta.headline').toString()).toBe(lastAcknowledgedHeadline)
    return replica
  }

  for (let kill = 0; kill < KILLS; kill++) {
    const replica = await reopen(kill - 1)
    let alive = true
    const killer = new Promise<void>((done) =>
      setTimeout(() => {
        alive = false
        void host.kill().then(done)
      }, random() * LONGEST_LIFE_MS)
    )
    let n = 0
    while (alive) {
      const word = `كلمة-${kill}-${n++}`
      const retitle = random() < 0.2
      const update = edit(replica, word, retitle)
      try {
        sent++
        await host.call('sendArticleUpdate', { id, update: Buffer.from(update).toString('base64') })
      } catch {
        // Killed before it answered: not acknowledged, so nothing is owed, but half of it is never right.
        cutOff = retitle ? { word, headline: `عنوان ${word}` } : { word }
        break
      }
      acknowledged.push(word)
      if (retitle) lastAcknowledgedHeadline = `عنوان ${word}`
    }
    await killer
    await host.start()
  }

  // The edit the last kill cut off is settled the same way.
  await reopen(KILLS - 1)
  const db = new Database(workspace.dbPath, { readonly: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  } finally {
    db.close()
  }
  // The row the library and export read follows the document, with every acknowledged word.
  const article = await host.call<{ meta: { headline: string }; body: { content: { content?: { text: string }[] }[] } }>('getArticle', { id })
  const rowWords = new Set(article.body.content.map((block) => (block.content ?? []).map((inline) => inline.text).join('')))
  expect(acknowledged.filter((word) => !rowWords.has(word))).toEqual([])
  expect(article.meta.headline).toBe(lastAcknowledgedHeadline)
  expect(acknowledged.length).toBeGreaterThan(KILLS)
  test.info().annotations.push({ type: 'edits', description: `${acknowledged.length} acknowledged of ${sent} sent across ${KILLS} kills` })
})
