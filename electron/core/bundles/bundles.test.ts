// Review bundles between two desks, each its own SQLite file: written on one, previewed and merged on the other.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import sharp from 'sharp'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readContent } from '../../../shared/document/article-document'
import { openCore, type Core } from '../core'
import { underReview } from '../testing'
import { failureOf } from '../testing/failure-of'
import { deviceOf, impostorOf, resealBundle } from './testing/reseal-bundle'

const { plainBody, suggest, body, paragraph, inserted } = underReview
const dbOf = (name: string) => join(dir, name, 'midad.sqlite')

let dir: string
const opened: Core[] = []

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-bundles-'))
})
afterEach(() => {
  for (const core of opened.splice(0)) core.close()
  rmSync(dir, { recursive: true, force: true })
})

function desk(name: string, person?: string, role: 'journalist' | 'editor' = 'journalist', bundleLimitBytes?: number): Core {
  const core = openCore({ dbPath: dbOf(name), ...(bundleLimitBytes ? { bundleLimitBytes } : {}) })
  opened.push(core)
  if (person) core.saveProfile({ name: person, role })
  return core
}

const documentOf = (core: Core, id: string): Y.Doc => {
  const doc = new Y.Doc()
  Y.applyUpdateV2(doc, core.openArticleDocument(id))
  return doc
}
const wordsOn = (core: Core, id: string) => JSON.stringify(readContent(documentOf(core, id)))
const vectorOn = (core: Core, id: string) => Buffer.from(Y.encodeStateVector(documentOf(core, id))).toString('hex')
const revisionIds = (core: Core, id: string) => core.articleHistory(id).map((revision) => revision.id).sort()

describe('a bundle carried from one desk to another', () => {
  it('brings a new article whole: the same words, the same document, its revisions, comments and status', async () => {
    const reporter = desk('a', 'ليلى حداد')
    const { id } = reporter.createArticle({ headline: 'الحكومة تقر الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.', 'وأكد أن التصويت غدا.'))
    reporter.saveRevision(id, 'المسودة الأولى')
    reporter.addComment(id, { quote: 'الاتفاق', text: 'أي اتفاق؟' })
    reporter.setArticleStatus(id, 'in_review')

    const editor = desk('b', 'سارة القاسم', 'editor')
    const bytes = await reporter.writeBundle([id], 'review')
    const preview = await editor.previewBundle(bytes)
    expect(preview.sender).toMatchObject({ name: 'ليلى حداد', role: 'journalist', knownDevice: false })
    expect(preview.articles).toEqual([
      expect.objectContaining({ id, outcome: 'new', headline: 'الحكومة تقر الموازنة', newThreads: 1, newRevisions: reporter.articleHistory(id).length })
    ])
    expect(preview.articles[0]!.wordsAdded).toBeGreaterThan(5)
    expect(editor.listArticles()).toEqual([])

    const told: string[] = []
    editor.subscribe((event) => event.name === 'articleChanged' && told.push(`${event.payload.id} ${event.payload.change}`))
    const done = await editor.openBundle(bytes)
    expect(done.articles[0]).toMatchObject({ id, outcome: 'new', revision: expect.any(String) })
    expect(told).toEqual([`${id} created`])

    expect(wordsOn(editor, id)).toBe(wordsOn(reporter, id))
    expect(vectorOn(editor, id)).toBe(vectorOn(reporter, id))
    expect(editor.getArticle(id).status).toBe('in_review')
    // The comment's author is someone the editor's desk now knows by name.
    const threads = editor.listCommentThreads(id)
    expect(threads.map((thread) => [thread.quote, thread.replies[0]!.text])).toEqual([['الاتفاق', 'أي اتفاق؟']])
    expect(editor.findPeople([threads[0]!.by]).map((person) => person.name)).toEqual(['ليلى حداد'])
    const history = editor.articleHistory(id)
    expect(history.slice(0, -1).map((revision) => revision.id)).toEqual(reporter.articleHistory(id).map((revision) => revision.id))
    expect(history.at(-1)).toMatchObject({ kind: 'merge', label: 'ليلى حداد', author: { name: 'سارة القاسم' } })
    expect(editor.articleStatusHistory(id)).toEqual(reporter.articleStatusHistory(id))

    // Received, not converted: a later conversion would write the same words a second time.
    editor.close()
    const db = new Database(join(dir, 'b', 'midad.sqlite'), { readonly: true })
    expect(db.prepare('SELECT origin FROM article_documents WHERE article_id = ?').get(id)).toEqual({ origin: 'received' })
    db.close()
  })
})

/** The reporter's article, sent to the editor once: both desks hold it. */
async function sharedArticle() {
  const reporter = desk('a', 'ليلى حداد')
  const editor = desk('b', 'سارة القاسم', 'editor')
  const { id } = reporter.createArticle({ headline: 'الحكومة تقر الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.', 'وأكد أن التصويت غدا.'))
  reporter.saveRevision(id, 'إلى المحرر')
  await editor.openBundle(await reporter.writeBundle([id], 'review'))
  return { reporter, editor, id }
}

/** Each desk works on its copy apart: the editor suggests a word and comments, the reporter adds a paragraph. */
function workApart(reporter: Core, editor: Core, id: string) {
  suggest(editor, id, body(paragraph('قال الوزير إن الاتفاق', inserted(' النهائي', '6b1f7c9e-3d2a-4e5b-9c8d-7f6e5d4c3b2a'), ' قريب.'), paragraph('وأكد أن التصويت غدا.')))
  editor.addComment(id, { quote: 'التصويت', text: 'متى بالضبط؟' })
  const article = reporter.getArticle(id)
  reporter.saveArticle({ id, baseVersion: article.version, meta: article.meta, body: plainBody('قال الوزير إن الاتفاق قريب.', 'وأكد أن التصويت غدا.', 'وختم بأن الموازنة متوازنة.') })
  reporter.setArticleStatus(id, 'in_review')
}

describe('merging back', () => {
  it('the copies converge, whichever desk merges first: the same words, document, revisions, comments and status', async () => {
    const { reporter, editor, id } = await sharedArticle()
    workApart(reporter, editor, id)
    const fromEditor = await editor.writeBundle([id], 'back')
    const fromReporter = await reporter.writeBundle([id], 'review')

    const told: string[] = []
    reporter.subscribe((event) => event.name === 'articleChanged' && told.push(`${event.payload.id} ${event.payload.change}`))
    const preview = await reporter.previewBundle(fromEditor)
    expect(preview.articles[0]).toMatchObject({ id, outcome: 'merged', newThreads: 1, newSuggestions: 1, wordsAdded: 1, wordsRemoved: 0 })
    await reporter.openBundle(fromEditor)
    expect(told).toEqual([`${id} edited`])
    await editor.openBundle(fromReporter)
    expect(wordsOn(editor, id)).toBe(wordsOn(reporter, id))
    expect(vectorOn(editor, id)).toBe(vectorOn(reporter, id))
    expect(readContent(documentOf(reporter, id)).body.content).toHaveLength(3)

    // One more exchange carries each side's merge revision; the documents take nothing, so no new merge is recorded.
    const again = [await reporter.writeBundle([id], 'review'), await editor.writeBundle([id], 'back')] as const
    const last = [await editor.openBundle(again[0]), await reporter.openBundle(again[1])]
    expect(last.map((opened) => opened.articles[0]!.revision)).toEqual([null, null])
    expect(revisionIds(editor, id)).toEqual(revisionIds(reporter, id))
    expect(reporter.listCommentThreads(id).map((thread) => thread.words)).toEqual(['التصويت'])
    expect(editor.listSuggestions(id)).toHaveLength(1)
    expect(reporter.listSuggestions(id)).toEqual(editor.listSuggestions(id))
    expect(editor.getArticle(id).status).toBe('in_review')
    expect(editor.articleStatusHistory(id)).toEqual(reporter.articleStatusHistory(id))
  })

  it('the same bundle twice changes nothing the second time, and two bundles give one result in either order', async () => {
    const { reporter, editor, id } = await sharedArticle()
    workApart(reporter, editor, id)
    const fromEditor = await editor.writeBundle([id], 'back')
    const fromReporter = await reporter.writeBundle([id], 'review')
    const first = desk('c', 'مدير التحرير', 'editor')
    const second = desk('d', 'مدير التحرير', 'editor')
    await first.openBundle(fromEditor)
    await first.openBundle(fromReporter)
    await second.openBundle(fromReporter)
    await second.openBundle(fromEditor)
    expect(wordsOn(second, id)).toBe(wordsOn(first, id))
    expect(vectorOn(second, id)).toBe(vectorOn(first, id))
    const carried = (core: Core) => core.articleHistory(id).filter((revision) => revision.kind !== 'merge' && revision.kind !== 'before_merge').map((revision) => revision.id)
    expect(carried(second).sort()).toEqual(carried(first).sort())
    const row = (core: Core) => {
      const { meta, body, status, wordCount } = core.getArticle(id)
      return { meta, body, status, wordCount }
    }
    expect(row(second)).toEqual(row(first))

    const vector = vectorOn(first, id)
    const history = first.articleHistory(id)
    const twice = await first.openBundle(fromEditor)
    expect(twice.articles[0]).toMatchObject({ outcome: 'unchanged', wordsAdded: 0, wordsRemoved: 0, newRevisions: 0, revision: null })
    expect(vectorOn(first, id)).toBe(vector)
    expect(first.articleHistory(id)).toEqual(history)
  })
  it('the history keeps this desk\'s copy from just before the merge, and comparing it with the merge shows exactly what the bundle brought', async () => {
    const { reporter, editor, id } = await sharedArticle()
    editor.addComment(id, { quote: 'التصويت', text: 'متى بالضبط؟' })
    const edited = editor.getArticle(id)
    editor.saveArticle({ id, baseVersion: edited.version, meta: edited.meta, body: plainBody('قال الوزير إن الاتفاق النهائي قريب.', 'وأكد أن التصويت غدا.') })
    // Typed here since the last revision, and kept by none.
    const typed = reporter.getArticle(id)
    reporter.saveArticle({ id, baseVersion: typed.version, meta: typed.meta, body: plainBody('قال الوزير إن الاتفاق قريب.', 'وأكد أن التصويت غدا صباحا.') })

    const opened = await reporter.openBundle(await editor.writeBundle([id], 'back'))
    const history = reporter.articleHistory(id)
    const merge = history.find((revision) => revision.id === opened.articles[0]!.revision)!
    const before = history.find((revision) => revision.kind === 'before_merge')!
    expect(before.label).toBe('سارة القاسم')
    const comparison = reporter.compareRevisions(id, before.id, merge.id)
    expect(comparison.blocks.flatMap((block) => block.spans.filter((span) => span.op !== 'equal').map((span) => `${span.op} ${span.text.trim()}`))).toEqual(['insert النهائي'])
    expect(JSON.stringify(reporter.getArticle(id).body)).toContain('صباحا')
  })

  it('a copy already held by a revision is not recorded again before the merge', async () => {
    const { reporter, editor, id } = await sharedArticle()
    editor.addComment(id, { quote: 'التصويت', text: 'متى بالضبط؟' })
    await reporter.openBundle(await editor.writeBundle([id], 'back'))
    expect(reporter.articleHistory(id).map((revision) => revision.kind)).not.toContain('before_merge')
  })
})

describe('an article this desk deleted', () => {
  it('is said to come back, with when it was deleted, before the merge; merged, it is back and counted as new no longer', async () => {
    const reporter = desk('a', 'ليلى حداد')
    const { id } = reporter.createArticle({ headline: 'الحكومة تقر الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.'))
    const bytes = await reporter.writeBundle([id], 'review')
    const editor = desk('b', 'سارة القاسم', 'editor')
    await editor.openBundle(bytes)
    const before = new Date().toISOString()
    editor.deleteArticle(id)

    const preview = await editor.previewBundle(bytes)
    expect(preview.articles).toEqual([expect.objectContaining({ id, outcome: 'returns', deletedAt: expect.any(String) })])
    expect(preview.articles[0]!.deletedAt! >= before).toBe(true)
    expect(editor.listArticles()).toEqual([])

    const done = await editor.openBundle(bytes)
    expect(done.articles[0]).toMatchObject({ id, outcome: 'returns' })
    expect(editor.listArticles().map((article) => article.id)).toEqual([id])
    expect((await editor.previewBundle(bytes)).articles[0]).toMatchObject({ outcome: 'unchanged' })
    expect((await editor.previewBundle(bytes)).articles[0]).not.toHaveProperty('deletedAt')
  })

  it('one never held here is new, whatever was deleted here', async () => {
    const reporter = desk('a', 'ليلى حداد')
    const { id } = reporter.createArticle({ headline: 'خبر' }, plainBody('نص.'))
    const editor = desk('b', 'سارة القاسم', 'editor')
    editor.deleteArticle(editor.createArticle({ headline: 'مسودة' }, plainBody('نص.')).id)
    expect((await editor.previewBundle(await reporter.writeBundle([id], 'review'))).articles[0]).toMatchObject({ outcome: 'new' })
  })
})

describe('approval travels', () => {
  it('an article the editor approved arrives approved, at the revision she approved', async () => {
    const { reporter, editor, id } = await sharedArticle()
    editor.setArticleStatus(id, 'approved')
    const approvedAt = editor.articleHistory(id).at(-1)!
    expect(approvedAt).toMatchObject({ kind: 'status', label: 'approved' })
    await reporter.openBundle(await editor.writeBundle([id], 'back'))
    expect(reporter.getArticle(id).status).toBe('approved')
    expect(reporter.compareRevisions(id, 'approved').from).toBe(approvedAt.id)
    expect(reporter.articleStatusHistory(id).at(-1)).toMatchObject({ from: 'draft', to: 'approved', reason: 'set' })
  })
})

describe('a bundle refused changes nothing', () => {
  const fileBytes = (name: string) => readFileSync(dbOf(name))

  it('not a bundle, cut short, newer, tampered, from a device known by another key, or with invalid content: each says so, and the database file is the same byte for byte', async () => {
    const { reporter, editor, id } = await sharedArticle()
    workApart(reporter, editor, id)
    const good = await reporter.writeBundle([id], 'review')
    const device = deviceOf(dbOf('a'))
    editor.close()
    const before = fileBytes('b')
    expect(readdirSync(join(dir, 'b')).filter((file) => file.endsWith('-wal') || file.endsWith('-shm'))).toEqual([])

    const flipped = Uint8Array.from(good)
    flipped[Math.floor(good.length / 2)]! ^= 0x01
    const newer = Uint8Array.from(good)
    newer[9] = 2
    const undecodable = resealBundle(good, device, ({ manifest, states }) => {
      const damaged = Uint8Array.from(states)
      for (let i = 0; i < damaged.length; i++) damaged[i] = 0xff
      return { manifest, states: damaged }
    })
    const notAnArticle = resealBundle(good, device, ({ manifest, states }) => ({ manifest: { ...manifest, people: 'nobody' }, states }))
    const tooMany = resealBundle(good, device, ({ manifest, states }) => ({ manifest: { ...manifest, articles: Array.from({ length: 501 }, () => (manifest.articles as unknown[])[0]) }, states }))
    // The reporter's latest edit alone, without the document it was made on: its words would wait for ever, unseen.
    const partial = resealBundle(good, device, ({ manifest }) => {
      const window = new Y.Doc()
      Y.applyUpdateV2(window, reporter.openArticleDocument(id))
      const before = Y.encodeStateVector(window)
      const lastParagraph = window.getXmlFragment('body').get(2) as Y.XmlElement
      ;(lastParagraph.get(0) as Y.XmlText).insert(4, 'عاجل ')
      const edit = Y.encodeStateAsUpdateV2(window, before)
      const [article] = manifest.articles as { document: { at: number; length: number }; revisions: unknown[] }[]
      article!.document = { at: 0, length: edit.length }
      article!.revisions = []
      return { manifest: { ...manifest, articles: [article] }, states: edit }
    })
    const refusals: [Uint8Array, string, Record<string, unknown> | undefined][] = [
      [new TextEncoder().encode('<html>not a bundle</html>'), 'bundle_not_midad', undefined],
      [good.subarray(0, good.length - 100), 'bundle_truncated', undefined],
      [newer, 'bundle_too_new', { version: 2 }],
      [flipped, 'bundle_tampered', undefined],
      [resealBundle(good, impostorOf(device.deviceId)), 'bundle_device_key_changed', { device: device.deviceId.slice(0, 8) }],
      [undecodable, 'bundle_invalid_content', { detail: expect.stringMatching(/undecodable|incomplete/) }],
      [notAnArticle, 'bundle_invalid_content', { detail: 'manifest people' }],
      [tooMany, 'bundle_invalid_content', { detail: 'more than 500 articles' }],
      [partial, 'bundle_invalid_content', { detail: `article ${id.slice(0, 8)}: incomplete` }]
    ]
    const again = desk('b')
    for (const [bytes, code, params] of refusals) {
      for (const attempt of [() => again.previewBundle(bytes), () => again.openBundle(bytes)]) {
        const failure = await failureOf(attempt)
        expect(failure, code).toMatchObject({ code, ...(params ? { params } : {}) })
      }
    }
    again.close()
    expect(fileBytes('b').equals(before)).toBe(true)
  })

  it('a bundle over the limit is refused before it is read', async () => {
    const { reporter, editor, id } = await sharedArticle()
    const good = await reporter.writeBundle([id], 'review')
    editor.close()
    const before = fileBytes('b')
    const small = desk('b', undefined, 'journalist', good.length - 1)
    expect(await failureOf(() => small.openBundle(good))).toMatchObject({ code: 'bundle_too_large' })
    small.close()
    expect(fileBytes('b').equals(before)).toBe(true)
  })

  it('a document that merges into one the schema refuses is not merged, nor any other article of the bundle', async () => {
    const { reporter, editor, id } = await sharedArticle()
    const other = reporter.createArticle({ headline: 'خبر ثان' }, plainBody('نص الخبر الثاني.')).id
    const device = deviceOf(dbOf('a'))
    // A document whose body holds a node the article schema does not know.
    const bad = new Y.Doc()
    Y.applyUpdateV2(bad, reporter.openArticleDocument(id))
    bad.transact(() => bad.getXmlFragment('body').insert(0, [new Y.XmlElement('marquee')]))
    const bytes = resealBundle(await reporter.writeBundle([other, id], 'review'), device, ({ manifest, states }) => {
      const articles = manifest.articles as { id: string; document: { at: number; length: number } }[]
      const state = Y.encodeStateAsUpdateV2(bad)
      const target = articles.find((article) => article.id === id)!
      target.document = { at: states.length, length: state.length }
      const grown = new Uint8Array(states.length + state.length)
      grown.set(states)
      grown.set(state, states.length)
      return { manifest, states: grown }
    })
    expect(await failureOf(() => editor.openBundle(bytes))).toMatchObject({ code: 'bundle_invalid_content' })
    expect(editor.listArticles().map((article) => article.id)).toEqual([id])
  })
})

describe('pictures in a bundle', () => {
  const redSquare = () => sharp({ create: { width: 6, height: 4, channels: 3, background: '#c0392b' } }).png().toBuffer()

  it('travel with their article and are stored under the same media id; a picture whose bytes do not match its id is refused', async () => {
    const reporter = desk('a', 'ليلى حداد')
    const picture = await reporter.addImage('red.png', await redSquare())
    const figure = { type: 'figure', attrs: { mediaId: picture.mediaId, alt: 'مربع', caption: 'مربع أحمر', credit: 'مداد', width: 6, height: 4 } }
    const { id } = reporter.createArticle({ headline: 'صورة' }, { type: 'doc', content: [paragraph('نص قصير.'), figure] } as never)
    const bytes = await reporter.writeBundle([id], 'review')

    const editor = desk('b', 'سارة القاسم', 'editor')
    expect((await editor.previewBundle(bytes)).articles[0]).toMatchObject({ outcome: 'new', pictures: 1 })
    const swapped = resealBundle(bytes, deviceOf(dbOf('a')), ({ manifest, states }) => {
      const [entry] = manifest.pictures as { id: string }[]
      entry!.id = `${'0'.repeat(64)}.png`
      return { manifest, states }
    })
    expect(await failureOf(() => editor.openBundle(swapped))).toMatchObject({ code: 'bundle_invalid_content', params: { detail: 'picture 00000000 does not match its hash' } })
    expect(editor.storedPicture(picture.mediaId)).toBeNull()

    await editor.openBundle(bytes)
    const stored = editor.storedPicture(picture.mediaId)
    expect(stored).toMatchObject({ mimeType: 'image/png' })
    expect(readFileSync(stored!.path).equals(readFileSync(reporter.storedPicture(picture.mediaId)!.path))).toBe(true)
    expect((await editor.previewBundle(bytes)).articles[0]).toMatchObject({ outcome: 'unchanged', pictures: 0 })
  })
})
