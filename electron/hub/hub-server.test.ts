import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readContent, writeMeta } from '../../shared/document/article-document'
import { articleDocumentName, articleRecordName } from '../../shared/hub/article-record'
import { HUB_ARTICLES_PATH, HUB_MEMBER_PATH, HUB_PICTURES_PATH, HUB_TOKEN_HEADER, httpBaseOf } from '../../shared/hub/hub-wire'
import { nullLog } from '../core'
import { startHub, type RunningHub } from './hub-server'
import { articleDoc, connectReplica, editParagraphs, until, type Replica } from './testing/article-replica'

const ARTICLE = '6f1c0c1e-8d7b-4a57-9a38-3f5d2b1e0c11'
const name = articleDocumentName(ARTICLE)

let dataDir: string
let hub: RunningHub
const replicas: Replica[] = []
const connect = (token: string, doc?: Y.Doc) => {
  const replica = connectReplica(hub.url, name, token, doc)
  replicas.push(replica)
  return replica
}
const retitle = (doc: Y.Doc, headline: string) => writeMeta(doc, { ...readContent(doc).meta, headline })
const storedContent = () => {
  const state = hub.documents.stateOf(name)
  if (!state) return null
  const doc = new Y.Doc()
  Y.applyUpdate(doc, state)
  return readContent(doc)
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'midad-hub-'))
  hub = await startHub({ port: 0, dataDir, log: nullLog })
})

afterEach(async () => {
  for (const replica of replicas.splice(0)) replica.destroy()
  await hub.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('the hub', () => {
  it('listens on 127.0.0.1 on the port it was given', () => {
    expect(hub.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/)
    expect(hub.port).toBeGreaterThan(0)
  })

  it('relays one desk’s article to another and keeps it', async () => {
    const journalist = connect(hub.members.add('Salma', 'journalist'))
    const editor = connect(hub.members.add('Omar', 'editor'))
    await editor.settled()
    Y.applyUpdate(journalist.doc, Y.encodeStateAsUpdate(articleDoc('انتخابات البلدية', 'الفقرة الأولى')))
    await journalist.settled()
    await until(() => readContent(editor.doc).meta.headline === 'انتخابات البلدية', 'the editor to see the headline')
    expect(storedContent()?.meta.headline).toBe('انتخابات البلدية')
  })

  it('keeps every document across a restart on the same folder', async () => {
    const desk = connect(hub.members.add('Salma', 'journalist'))
    Y.applyUpdate(desk.doc, Y.encodeStateAsUpdate(articleDoc('قبل الإغلاق', 'نص')))
    await desk.settled()
    desk.destroy()
    replicas.length = 0
    await hub.close()
    hub = await startHub({ port: 0, dataDir, log: nullLog })
    expect(storedContent()?.meta.headline).toBe('قبل الإغلاق')
    const token = hub.members.add('Omar', 'editor')
    const later = connect(token)
    await later.settled()
    expect(readContent(later.doc).meta.headline).toBe('قبل الإغلاق')
  })

  it('refuses a token it never handed out, a revoked one, and says when a member has expired', async () => {
    const wrong = connect('A'.repeat(43))
    const revokedToken = hub.members.add('Old', 'journalist')
    hub.members.revoke('Old')
    const revoked = connect(revokedToken)
    const expired = connect(hub.members.add('Temp', 'journalist', { expiresAt: new Date(Date.now() - 60_000).toISOString() }))
    await until(() => wrong.refused !== null && revoked.refused !== null && expired.refused !== null, 'three refusals')
    expect([wrong.refused, revoked.refused, expired.refused]).toEqual(['hub_token_refused', 'hub_token_refused', 'hub_member_expired'])
    expect(hub.documents.stateOf(name)).toBeNull()
  })

  it('lets the web desk read but never carries its writes to anyone', async () => {
    const journalist = connect(hub.members.add('Salma', 'journalist'))
    Y.applyUpdate(journalist.doc, Y.encodeStateAsUpdate(articleDoc('عنوان', 'الفقرة')))
    await journalist.settled()
    const web = connect(hub.members.add('Web', 'web_desk'))
    await until(() => readContent(web.doc).meta.headline === 'عنوان', 'the web desk to read the article')
    editParagraphs(web.doc, 'كتبها مكتب الويب')
    // The journalist's own edit after it shows the web desk's write had its chance to arrive.
    retitle(journalist.doc, 'عنوان بعد التعديل')
    await journalist.settled()
    await until(() => readContent(web.doc).meta.headline === 'عنوان بعد التعديل', 'the web desk to receive the later edit')
    expect(JSON.stringify(readContent(journalist.doc).body)).not.toContain('مكتب الويب')
    expect(JSON.stringify(storedContent()?.body)).not.toContain('مكتب الويب')
  })

  it('refuses an update that would leave an invalid article: nobody receives it and the stored state is unchanged', async () => {
    const journalist = connect(hub.members.add('Salma', 'journalist'))
    const editor = connect(hub.members.add('Omar', 'editor'))
    Y.applyUpdate(journalist.doc, Y.encodeStateAsUpdate(articleDoc('عنوان صحيح', 'فقرة')))
    await journalist.settled()
    await until(() => readContent(editor.doc).meta.headline === 'عنوان صحيح', 'the editor to have the article')
    const before = hub.documents.stateOf(name)

    // A crafted client: a node no article schema knows, and a section that is not text.
    journalist.doc.transact(() => {
      const node = new Y.XmlElement('scriptBlock')
      node.insert(0, [new Y.XmlText('x')])
      journalist.doc.getXmlFragment('body').insert(0, [node])
      journalist.doc.getMap('meta').set('section', 42)
    })
    await until(() => journalist.closed === 'hub_content_refused', 'the hub to refuse the update')
    // Another, valid edit travels afterwards; the refused one never did.
    const third = connect(hub.members.add('Huda', 'journalist'))
    await third.settled()
    retitle(third.doc, 'عنوان لاحق')
    await third.settled()
    await until(() => readContent(editor.doc).meta.headline === 'عنوان لاحق', 'the editor to receive the later edit')
    expect(JSON.stringify(readContent(editor.doc).body)).not.toContain('scriptBlock')
    expect(editor.doc.getMap('meta').get('section')).not.toBe(42)
    const after = new Y.Doc()
    Y.applyUpdate(after, hub.documents.stateOf(name)!)
    const beforeDoc = new Y.Doc()
    Y.applyUpdate(beforeDoc, before!)
    expect(after.getMap('meta').get('section')).toBe(beforeDoc.getMap('meta').get('section'))
    expect(JSON.stringify(after.getXmlFragment('body').toJSON())).not.toContain('scriptBlock')
  })

  it('refuses a record that is not of the record’s shape, and keeps none of it', async () => {
    const recordName = articleRecordName(ARTICLE)
    const desk = connectReplica(hub.url, recordName, hub.members.add('Salma', 'journalist'))
    replicas.push(desk)
    await desk.settled()
    desk.doc.getMap('revisions').set('7f3c2a1b-0d9e-4c8b-a7f6-e5d4c3b2a190', { kind: 'forged', label: 'x' })
    await until(() => desk.closed === 'hub_content_refused', 'the hub to refuse the record')
    expect(hub.documents.stateOf(recordName)).toBeNull()
  })

  it('answers who a token is, which articles it holds, and keeps pictures by their hash', async () => {
    const token = hub.members.add('Salma', 'journalist')
    const webToken = hub.members.add('Web', 'web_desk')
    const base = httpBaseOf(hub.url)
    const get = (path: string, t = token) => fetch(base + path, { headers: { [HUB_TOKEN_HEADER]: t } })
    expect(await (await get(HUB_MEMBER_PATH)).json()).toEqual({ name: 'Salma', role: 'journalist' })
    expect((await get(HUB_MEMBER_PATH, 'nope')).status).toBe(401)

    const desk = connect(token)
    Y.applyUpdate(desk.doc, Y.encodeStateAsUpdate(articleDoc('خبر', 'نص')))
    await desk.settled()
    expect(await (await get(HUB_ARTICLES_PATH)).json()).toEqual({ articles: [ARTICLE] })

    const bytes = Buffer.from('not really a jpeg, but bytes all the same')
    const mediaId = `${createHash('sha256').update(bytes).digest('hex')}.jpg`
    const put = (id: string, body: Buffer, t = token) => fetch(base + HUB_PICTURES_PATH + id, { method: 'PUT', body: new Uint8Array(body), headers: { [HUB_TOKEN_HEADER]: t } })
    expect((await put(mediaId, Buffer.from('other bytes'))).status).toBe(400)
    expect((await get(HUB_PICTURES_PATH + mediaId)).status).toBe(404)
    expect((await put(mediaId, bytes, webToken)).status).toBe(403)
    expect((await put(mediaId, bytes)).status).toBe(200)
    const back = await get(HUB_PICTURES_PATH + mediaId, webToken)
    expect(Buffer.from(await back.arrayBuffer())).toEqual(bytes)
  })
})
