// Review bundles between two desks, each its own SQLite file: written on one, previewed and merged on the other.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readContent } from '../../../shared/document/article-document'
import { openCore, type Core } from '../core'
import { underReview } from '../testing'

const { plainBody, suggest, body, paragraph, inserted } = underReview

let dir: string
const opened: Core[] = []

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-bundles-'))
})
afterEach(() => {
  for (const core of opened.splice(0)) core.close()
  rmSync(dir, { recursive: true, force: true })
})

function desk(name: string, person: string, role: 'journalist' | 'editor' = 'journalist'): Core {
  const core = openCore({ dbPath: join(dir, name, 'midad.sqlite') })
  opened.push(core)
  core.saveProfile({ name: person, role })
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
