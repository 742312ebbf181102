// `midad bundle` and `midad import FILE.midad` between two desks, each its own database file.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readContent } from '../../shared/document/article-document'
import { openCore, type Core } from '../core'
import { underReview } from '../core/testing'
import { runCli } from './run-cli'

const { body, inserted, paragraph, plainBody, suggest } = underReview

let dir: string
let reporterDb: string
let editorDb: string
let id: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-cli-bundle-'))
  reporterDb = join(dir, 'reporter', 'midad.sqlite')
  editorDb = join(dir, 'editor', 'midad.sqlite')
  withDesk(reporterDb, (core) => {
    core.saveProfile({ name: 'ليلى حداد', role: 'journalist' })
    id = core.createArticle({ headline: 'الحكومة تقر الموازنة' }, plainBody('قال الوزير إن الاتفاق قريب.', 'وأكد أن التصويت غدا.')).id
  })
  withDesk(editorDb, (core) => void core.saveProfile({ name: 'سارة القاسم', role: 'editor' }))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function withDesk<T>(db: string, work: (core: Core) => T): T {
  const core = openCore({ dbPath: db })
  try {
    return work(core)
  } finally {
    core.close()
  }
}

async function midad(argv: string[], db: string, env: Record<string, string> = { MIDAD_LOCALE: 'en' }) {
  let stdout = ''
  let stderr = ''
  const status = await runCli([...argv, '--db', db], env, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { status, stdout: stdout.trimEnd(), stderr: stderr.trimEnd() }
}

let sent = 0
/** `midad bundle` on one desk, `midad import` of its file on the other: the import's output lines. */
async function carry(from: string, to: string, purpose: 'review' | 'back'): Promise<string[]> {
  const file = join(dir, `${++sent}.midad`)
  const written = await midad(['bundle', id, '--out', file, '--purpose', purpose], from)
  expect(written.stderr).toBe('')
  expect(written.stdout).toMatch(new RegExp(`^Bundle written: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(1 article, [0-9.]+ KB\\)$`))
  const imported = await midad(['import', file], to)
  expect(imported.stderr).toBe('')
  expect(imported.status).toBe(0)
  return imported.stdout.split('\n')
}

/** What each desk holds of the article: its words, its document's state vector, its revision ids, its comments. */
const heldOn = (db: string) =>
  withDesk(db, (core) => {
    const doc = new Y.Doc()
    Y.applyUpdateV2(doc, core.openArticleDocument(id))
    return {
      words: JSON.stringify(readContent(doc)),
      vector: Buffer.from(Y.encodeStateVector(doc)).toString('hex'),
      revisions: core.articleHistory(id).map((revision) => revision.id).sort(),
      comments: core.listCommentThreads(id).map((thread) => [thread.words, thread.replies.map((reply) => reply.text)]),
      suggestions: core.listSuggestions(id).length,
      status: core.getArticle(id).status
    }
  })

describe('midad bundle and midad import FILE.midad', () => {
  it.each([['the editor’s bundle reaches the reporter first'], ['the reporter’s bundle reaches the editor first']])(
    'a review round trip converges on both desks when %s',
    async (order) => {
      const first = await carry(reporterDb, editorDb, 'review')
      expect(first[0]).toMatch(/^From ليلى حداد \(device [0-9a-f]{8}, key fingerprint [0-9a-f]{4}( [0-9a-f]{4}){3}\); the first bundle from this device$/)
      expect(first.slice(1)).toEqual([`New: الحكومة تقر الموازنة (${id}) +9 −0`])

      // Apart: the editor comments and suggests a word; the reporter adds a paragraph and sends the article for review.
      withDesk(editorDb, (core) => {
        core.addComment(id, { quote: 'التصويت', text: 'متى بالضبط؟' })
        suggest(core, id, body(paragraph('قال الوزير إن الاتفاق', inserted(' النهائي', '6b1f7c9e-3d2a-4e5b-9c8d-7f6e5d4c3b2a'), ' قريب.'), paragraph('وأكد أن التصويت غدا.')))
      })
      withDesk(reporterDb, (core) => {
        const article = core.getArticle(id)
        core.saveArticle({ id, baseVersion: article.version, meta: article.meta, body: plainBody('قال الوزير إن الاتفاق قريب.', 'وأكد أن التصويت غدا.', 'وختم بأن الموازنة متوازنة.') })
        core.setArticleStatus(id, 'in_review')
      })

      if (order.startsWith('the editor')) {
        expect((await carry(editorDb, reporterDb, 'back')).slice(1)).toEqual([`Merged: الحكومة تقر الموازنة (${id}) +1 −0`])
        expect((await carry(reporterDb, editorDb, 'review')).slice(1)).toEqual([`Merged: الحكومة تقر الموازنة (${id}) +4 −0`])
      } else {
        expect((await carry(reporterDb, editorDb, 'review')).slice(1)).toEqual([`Merged: الحكومة تقر الموازنة (${id}) +4 −0`])
        expect((await carry(editorDb, reporterDb, 'back')).slice(1)).toEqual([`Merged: الحكومة تقر الموازنة (${id}) +1 −0`])
      }
      // Each side's merge revision still has to travel; the words are already the same on both.
      const last = [...(await carry(editorDb, reporterDb, 'back')), ...(await carry(reporterDb, editorDb, 'review'))]
      expect(last.filter((line) => line.startsWith('New') || line.startsWith('Merged') || line.startsWith('Unchanged')).map((line) => line.split(':')[0])).toEqual(
        // Only the desk that merged last lacks nothing: the other takes its merge revision, and its words stay the same.
        order.startsWith('the editor') ? ['Merged', 'Unchanged'] : ['Unchanged', 'Merged']
      )

      const reporter = heldOn(reporterDb)
      const editor = heldOn(editorDb)
      expect(editor).toEqual(reporter)
      expect(reporter.comments).toEqual([['التصويت', ['متى بالضبط؟']]])
      expect(reporter.suggestions).toBe(1)
      expect(reporter.status).toBe('in_review')
      expect(JSON.parse(reporter.words).body.content).toHaveLength(3)
    }
  )

  it('a damaged bundle is refused with its reason in the desk’s language, exit code 1, and the database stays as it was', async () => {
    const file = join(dir, 'a.midad')
    expect((await midad(['bundle', id, '--out', file], reporterDb)).status).toBe(0)
    const bytes = readFileSync(file)
    bytes[bytes.length - 200]! ^= 0x40
    const tampered = join(dir, 'tampered.midad')
    writeFileSync(tampered, bytes)
    const before = readFileSync(editorDb)
    const refused = await midad(['import', tampered], editorDb)
    expect(refused).toEqual({
      status: 1,
      stdout: '',
      stderr: 'The review bundle’s signature does not match its contents: it was changed after the sender’s device signed it. It was not opened, and nothing changed.'
    })
    writeFileSync(join(dir, 'short.midad'), bytes.subarray(0, 40))
    const short = await midad(['import', join(dir, 'short.midad')], editorDb, { MIDAD_LOCALE: 'ar' })
    expect(short.status).toBe(1)
    expect(short.stderr).toMatch(/^حزمة المراجعة ناقصة/)
    expect(readFileSync(editorDb).equals(before)).toBe(true)
    // Refused before any database is opened: none is created for it.
    const fresh = join(dir, 'fresh', 'midad.sqlite')
    expect((await midad(['import', tampered], fresh)).status).toBe(1)
    expect(existsSync(fresh)).toBe(false)
  })

  it('never writes over a file, and says how a purpose is written', async () => {
    const file = join(dir, 'taken.midad')
    writeFileSync(file, 'someone else’s file')
    const refused = await midad(['bundle', id, '--out', file], reporterDb)
    expect(refused).toEqual({ status: 2, stdout: '', stderr: `${file} already exists, and Midad does not write over a file. Choose another name with --out. Nothing was written.` })
    expect(readFileSync(file, 'utf8')).toBe('someone else’s file')
    const badPurpose = await midad(['bundle', id, '--out', join(dir, 'b.midad'), '--purpose', 'later'], reporterDb)
    expect(badPurpose.status).toBe(2)
    expect(badPurpose.stderr).toContain('review|back')
    expect(existsSync(join(dir, 'b.midad'))).toBe(false)
    const json = await midad(['bundle', id, '--out', join(dir, 'c.midad'), '--json'], reporterDb)
    expect(JSON.parse(json.stdout)).toEqual({ file: join(dir, 'c.midad'), bytes: readFileSync(join(dir, 'c.midad')).length, articles: 1 })
  })
})
