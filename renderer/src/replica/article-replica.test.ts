import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleBody } from '../../../shared/article/body'
import type { MidadApi } from '../../../shared/contract/api'
import { readBody, readMeta, writeBody, writeMeta, writerOf } from '../../../shared/document/article-document'
import { articleSchema } from '../../../shared/schema/article-schema'
import { startWebHost, type WebHost } from '../../../electron/host/web-host'
import { createHttpBackend } from '../backend/http-backend'
import { ArticleReplica, type ReplicaTransport } from './article-replica'
import { replicaTransport } from './replica-transport'

// Windows' replicas against the real back side: the browser host on a SQLite
// file in a temporary folder, reached through the renderer's own HTTP client.
let dir: string
let web: WebHost
let api: MidadApi

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'midad-replica-'))
  const rendererDir = join(dir, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>مداد</title>')
  web = await startWebHost({ dbPath: join(dir, 'midad.sqlite'), rendererDir, port: 0 })
  api = createHttpBackend({
    token: web.host.token,
    unreachableMessage: () => 'unreachable',
    fetch: (input, init) => fetch(`${web.host.origin}${String(input)}`, init)
  })
})

afterEach(async () => {
  await web.stop()
  await rm(dir, { recursive: true, force: true })
})

const paragraphs = (...texts: string[]): ArticleBody => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }))
})

const bodyTexts = (body: ArticleBody) => (body.content ?? []).map((block) => (block.content ?? []).map((inline) => inline.text ?? '').join(''))

async function newArticle(headline: string, body: ArticleBody): Promise<string> {
  const created = await api.createArticle({ meta: { headline } })
  if (!created.ok) throw new Error(created.error.message)
  const saved = await api.saveArticle({ id: created.value.id, baseVersion: created.value.version, meta: created.value.meta, body })
  if (!saved.ok) throw new Error(saved.error.message)
  return created.value.id
}

async function openWindow(transport: ReplicaTransport): Promise<ArticleReplica> {
  const opened = await ArticleReplica.open(transport)
  if (!opened.ok) throw new Error(opened.error.message)
  return opened.value
}

/** What the editor does to the body: the whole body as it now reads, written as the smallest change. */
const editBody = (replica: ArticleReplica, body: ArticleBody) => writeBody(replica.doc, articleSchema().nodeFromJSON(body))
const editHeadline = (replica: ArticleReplica, headline: string) => writeMeta(replica.doc, { ...readMeta(replica.doc), headline })

async function stored(id: string) {
  const article = await api.getArticle({ id })
  if (!article.ok) throw new Error(article.error.message)
  return article.value
}

describe("a window's replica of an article", () => {
  it('opens with what is stored, and an edit counts as saved only once the back side has it', async () => {
    const id = await newArticle('حريق في الميناء', paragraphs('اندلع حريق صباح اليوم.'))
    const replica = await openWindow(replicaTransport(api, id))
    expect(readMeta(replica.doc).headline).toBe('حريق في الميناء')
    expect(bodyTexts(readBody(replica.doc))).toEqual(['اندلع حريق صباح اليوم.'])

    editBody(replica, paragraphs('اندلع حريق صباح اليوم في مستودع.'))
    expect(replica.waitingEdits).toBe(1)
    const committed = await replica.commit()
    expect(committed.ok).toBe(true)
    expect(replica.waitingEdits).toBe(0)
    expect(bodyTexts((await stored(id)).body)).toEqual(['اندلع حريق صباح اليوم في مستودع.'])
  })

  it('two windows editing different paragraphs and the headline at once end with the same article, holding both edits', async () => {
    const id = await newArticle('انتخابات البلدية', paragraphs('فتحت مراكز الاقتراع أبوابها.', 'ويتنافس ثلاثون مرشحًا.'))
    const journalist = await openWindow(replicaTransport(api, id))
    const editor = await openWindow(replicaTransport(api, id))

    editBody(journalist, paragraphs('فتحت مراكز الاقتراع أبوابها في السابعة صباحًا.', 'ويتنافس ثلاثون مرشحًا.'))
    editHeadline(journalist, 'انتخابات البلدية اليوم')
    editBody(editor, paragraphs('فتحت مراكز الاقتراع أبوابها.', 'ويتنافس ثلاثون مرشحًا على عشرة مقاعد.'))
    editHeadline(editor, 'بدء انتخابات البلدية')
    expect((await journalist.commit()).ok).toBe(true)
    expect((await editor.commit()).ok).toBe(true)

    expect(await journalist.catchUp()).toEqual({ ok: true, value: true })
    expect(await editor.catchUp()).toEqual({ ok: true, value: true })
    const both = ['فتحت مراكز الاقتراع أبوابها في السابعة صباحًا.', 'ويتنافس ثلاثون مرشحًا على عشرة مقاعد.']
    expect(bodyTexts(readBody(journalist.doc))).toEqual(both)
    expect(bodyTexts(readBody(editor.doc))).toEqual(both)
    // Both desks' words of the one line survive, in one order on both.
    const headline = readMeta(journalist.doc).headline
    expect(readMeta(editor.doc).headline).toBe(headline)
    expect(headline).toContain('بدء')
    expect(headline).toContain('اليوم')
    const article = await stored(id)
    expect(bodyTexts(article.body)).toEqual(both)
    expect(article.meta.headline).toBe(headline)
  })

  it('catching up with nothing new says so, and sends nothing of its own', async () => {
    const id = await newArticle('خبر', paragraphs('نص.'))
    const replica = await openWindow(replicaTransport(api, id))
    expect(await replica.catchUp()).toEqual({ ok: true, value: false })
    expect(replica.waitingEdits).toBe(0)
  })

  it('an edit whose send failed waits, ahead of later ones, and goes out with them', async () => {
    const id = await newArticle('خبر', paragraphs('قال الوزير.'))
    const real = replicaTransport(api, id)
    let cut = true
    const replica = await openWindow({
      open: real.open,
      send: (update) => (cut ? Promise.reject(new Error('connection reset')) : real.send(update))
    })
    editBody(replica, paragraphs('قال الوزير اليوم.'))
    const failed = await replica.commit()
    expect(failed.ok).toBe(false)
    expect(replica.waitingEdits).toBe(1)
    expect(bodyTexts((await stored(id)).body)).toEqual(['قال الوزير.'])

    editBody(replica, paragraphs('قال الوزير اليوم إن الموازنة أُقرّت.'))
    cut = false
    expect((await replica.commit()).ok).toBe(true)
    expect(bodyTexts((await stored(id)).body)).toEqual(['قال الوزير اليوم إن الموازنة أُقرّت.'])
  })

  it('an article deleted elsewhere refuses the send as not found, and the edit stays waiting', async () => {
    const id = await newArticle('خبر', paragraphs('نص.'))
    const replica = await openWindow(replicaTransport(api, id))
    expect((await api.deleteArticle({ id })).ok).toBe(true)
    editBody(replica, paragraphs('نص أطول.'))
    const refused = await replica.commit()
    expect(refused.ok ? null : refused.error.code).toBe('not_found')
    expect(replica.waitingEdits).toBe(1)
  })

  it("names each person's words as theirs, when the desk's person changes in the middle of the article", async () => {
    const id = await newArticle('خبر', paragraphs('نص.'))
    const replica = await openWindow(replicaTransport(api, id))
    const sara = '5d0f8a52-1c3e-4b7a-9e2d-3f4a5b6c7d8e'
    const rami = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d'
    replica.writeAs(sara)
    editBody(replica, paragraphs('نص سارة.'))
    const saraClient = replica.doc.clientID
    replica.writeAs(rami)
    editBody(replica, paragraphs('نص سارة.', 'ونص رامي.'))
    const ramiClient = replica.doc.clientID
    expect((await replica.commit()).ok).toBe(true)

    expect(ramiClient).not.toBe(saraClient)
    const backSide = await openWindow(replicaTransport(api, id))
    expect(writerOf(backSide.doc, saraClient)).toBe(sara)
    expect(writerOf(backSide.doc, ramiClient)).toBe(rami)
  })

  it('a state vector that is not base64, or does not decode, is refused with a clear message', async () => {
    const id = await newArticle('خبر', paragraphs('نص.'))
    for (const since of ['!!!!', '/////w==']) {
      const refused = await api.openArticleDocument({ id, since })
      expect(refused.ok ? null : refused.error).toMatchObject({ code: 'invalid_input', params: { field: 'since' } })
    }
  })
})
