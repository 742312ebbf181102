import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WebSocketStatus } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ContractEvent } from '../../shared/contract/events'
import { bodyFragment } from '../../shared/document/article-document'
import { articleDocumentName } from '../../shared/hub/article-record'
import { nullLog } from '../core'
import { underReview } from '../core/testing'
import { startHub, type RunningHub } from './hub-server'
import { openHubDatabase } from './hub-store'
import { createMembers } from './members'
import { articleDoc, connectReplica, until } from './testing/article-replica'
import { closeDesk, openDesk, sameArticle, typeParagraphs, type Desk } from './testing/desks'

let dataDir: string
let hub: RunningHub
const desks: Desk[] = []

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'midad-hub-'))
  hub = await startHub({ port: 0, dataDir, log: nullLog })
})

afterEach(async () => {
  for (const desk of desks.splice(0)) closeDesk(desk)
  await hub.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const CYCLES = 200
const paragraphsOf = (d: Desk, id: string) => (d.core.getArticle(id).body.content ?? []).map((block) => (block.content ?? []).map((node) => node.text).join(''))

async function twoLiveDesks(pollMs?: number) {
  const salma = openDesk('سلمى', 'journalist', pollMs)
  const omar = openDesk('عمر', 'editor', pollMs)
  desks.push(salma, omar)
  const { id } = salma.core.createArticle({ headline: 'مباشر' }, underReview.plainBody('أولى.', 'ثانية.'))
  await salma.core.joinHub(hub.url, hub.members.add('سلمى', 'journalist'))
  await omar.core.joinHub(hub.url, hub.members.add('عمر', 'editor'))
  salma.core.shareArticles([id], true)
  salma.core.startLiveSync()
  omar.core.startLiveSync()
  return { salma, omar, id }
}

describe('live sync', () => {
  it('an article shared at one desk appears at once at another live desk, which does not wait for its next look', async () => {
    // An hour between looks: only the hub's announcement can bring the article within the test.
    const salma = openDesk('سلمى', 'journalist', 3_600_000)
    const omar = openDesk('عمر', 'editor', 3_600_000)
    desks.push(salma, omar)
    await salma.core.joinHub(hub.url, hub.members.add('سلمى', 'journalist'))
    await omar.core.joinHub(hub.url, hub.members.add('عمر', 'editor'))
    salma.core.startLiveSync()
    omar.core.startLiveSync()
    await until(() => omar.core.hubStatus().link?.state === 'synced', 'the editor to be connected')

    const { id } = salma.core.createArticle({ headline: 'خبر جديد' }, underReview.plainBody('وصل للتو.'))
    salma.core.shareArticles([id], true)
    await until(() => omar.core.listArticles().some((article) => article.id === id), 'the new article to arrive at the editor')
    expect(paragraphsOf(omar, id)).toEqual(['وصل للتو.'])
  })

  it('an edit committed at one desk reaches the other, which is told so, and both say synced', async () => {
    const { salma, omar, id } = await twoLiveDesks()
    const told: ContractEvent[] = []
    omar.core.subscribe((event) => told.push(event))
    await until(() => omar.core.listArticles().some((article) => article.id === id), 'the article to arrive at the editor')

    typeParagraphs(salma, id, 'أولى بعد التعديل.', 'ثانية.')
    await until(() => paragraphsOf(omar, id)[0] === 'أولى بعد التعديل.', 'the edit to arrive')
    expect(told).toContainEqual({ name: 'articleChanged', payload: { id, change: 'edited' } })
    expect(told.some((event) => event.name === 'hubChanged')).toBe(true)
    await until(() => salma.core.hubStatus().link?.state === 'synced' && omar.core.hubStatus().link?.state === 'synced', 'both desks to be synced')
    expect(salma.core.hubStatus().shared).toEqual([{ id, state: 'synced', waiting: 0 }])
  })

  it('edits made while the hub is away wait, are counted, and go when it is back', async () => {
    const { salma, omar, id } = await twoLiveDesks()
    await until(() => omar.core.listArticles().some((article) => article.id === id), 'the article to arrive at the editor')
    const port = hub.port
    await hub.close()
    await until(() => ['offline', 'connecting'].includes(salma.core.hubStatus().link?.state ?? ''), 'the desk to notice the hub is gone')

    typeParagraphs(salma, id, 'كتبت دون شبكة.', 'ثانية.')
    typeParagraphs(omar, id, 'أولى.', 'والمحرر أيضا.')
    expect(salma.core.hubStatus().link?.waiting).toBeGreaterThan(0)
    expect(salma.core.hubStatus().shared[0]).toMatchObject({ id, state: 'offline' })

    hub = await startHub({ port, dataDir, log: nullLog })
    await until(() => paragraphsOf(omar, id)[0] === 'كتبت دون شبكة.' && paragraphsOf(salma, id)[1] === 'والمحرر أيضا.', 'both offline edits to cross')
    await until(() => salma.core.hubStatus().link?.state === 'synced' && salma.core.hubStatus().link?.waiting === 0, 'nothing left waiting')
    const same = sameArticle(salma, omar, id)
    expect(same.content[0]).toBe(same.content[1])
  })

  it('a desk whose membership was revoked says refused once the hub sees it again, and keeps its edits', async () => {
    const { salma, id } = await twoLiveDesks()
    await until(() => salma.core.hubStatus().link?.state === 'synced', 'the desk to be synced')
    hub.members.revoke('سلمى')
    const port = hub.port
    await hub.close()
    hub = await startHub({ port, dataDir, log: nullLog })
    typeParagraphs(salma, id, 'بعد الإلغاء.', 'ثانية.')
    await until(() => salma.core.hubStatus().link?.state === 'refused', 'the desk to be refused')
    expect(paragraphsOf(salma, id)[0]).toBe('بعد الإلغاء.')
    expect(salma.core.hubStatus().link?.waiting).toBeGreaterThan(0)
  })

  /** `midad hub member revoke` as another process does it: its own connection to the hub's file. */
  const revokeElsewhere = (name: string) => {
    const file = openHubDatabase(dataDir)
    try {
      expect(createMembers(file).revoke(name)).toBe(true)
    } finally {
      file.close()
    }
  }
  /** What the hub holds of an article's document, as text. */
  const heldByHub = (id: string) => {
    const doc = new Y.Doc()
    hub.documents.load(articleDocumentName(id), doc)
    return bodyFragment(doc).toString()
  }

  it('a desk revoked while it is connected is closed by the hub within its check, says refused, and keeps its edits', async () => {
    await hub.close()
    const closed: unknown[] = []
    const log = { ...nullLog, info: (message: string, details?: Record<string, unknown>) => void (message.includes('membership ended') && closed.push(details)) }
    hub = await startHub({ port: 0, dataDir, log, standingCheckMs: 100 })
    // The desks look at the hub's list only hourly: only the hub closing the connection can tell this one.
    const { salma, omar, id } = await twoLiveDesks(3_600_000)
    await until(() => salma.core.hubStatus().link?.state === 'synced', 'the desk to be synced')
    revokeElsewhere('سلمى')
    await until(() => salma.core.hubStatus().link?.state === 'refused', 'the desk to be refused without reconnecting')
    // The hub itself ended her connections (a desk may also learn it from the hub's list, when it next looks).
    await until(() => closed.length > 0, 'the hub to close her connections')
    expect(closed[0]).toEqual({ member: 'سلمى', reason: 'hub_token_refused' })
    typeParagraphs(salma, id, 'بعد الإلغاء.', 'ثانية.')
    expect(paragraphsOf(salma, id)[0]).toBe('بعد الإلغاء.')
    // The editor, still a member, is not touched.
    expect(omar.core.hubStatus().link?.state).not.toBe('refused')
    expect(heldByHub(id)).not.toContain('بعد الإلغاء')
  })

  it('a revoked desk that sends an edit before the hub looks is closed on that edit, which the hub does not keep', async () => {
    await hub.close()
    // The hub's own look comes only after an hour: the edit is what it judges.
    hub = await startHub({ port: 0, dataDir, log: nullLog, standingCheckMs: 3_600_000 })
    const { salma, id } = await twoLiveDesks(3_600_000)
    await until(() => salma.core.hubStatus().link?.state === 'synced', 'the desk to be synced')
    revokeElsewhere('سلمى')
    typeParagraphs(salma, id, 'بعد الإلغاء.', 'ثانية.')
    await until(() => salma.core.hubStatus().link?.state === 'refused', 'the desk to be refused')
    expect(heldByHub(id)).not.toContain('بعد الإلغاء')
    expect(salma.core.hubStatus().link?.waiting).toBeGreaterThan(0)
  })

  it('200 disconnections and reconnections lose no update', async () => {
    const name = articleDocumentName('0b7c6a52-6a8e-4f0e-9d43-6a3c6f1f2a90')
    const a = connectReplica(hub.url, name, hub.members.add('أ', 'journalist'), articleDoc('العنوان', 'أ', 'ب'))
    const b = connectReplica(hub.url, name, hub.members.add('ب', 'editor'))
    try {
      await a.settled()
      await b.settled()
      // Each side types at the end of its own paragraph.
      const paragraphText = (doc: Y.Doc, index: number) => (bodyFragment(doc).get(index) as Y.XmlElement).get(0) as Y.XmlText
      const linesA = paragraphText(a.doc, 0)
      const linesB = paragraphText(b.doc, 1)
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const away = cycle % 2 === 0 ? a : b
        away.socket.disconnect()
        await until(() => away.socket.status === WebSocketStatus.Disconnected, 'the socket to close')
        // One edit on each side while one of them is away.
        linesA.insert(linesA.length, `a${cycle};`)
        linesB.insert(linesB.length, `b${cycle};`)
        await away.socket.connect()
        await a.settled()
        await b.settled()
      }
      const expected = (first: string, letter: string) => first + Array.from({ length: CYCLES }, (_, cycle) => `${letter}${cycle};`).join('')
      const stored = new Y.Doc()
      Y.applyUpdate(stored, hub.documents.stateOf(name)!)
      for (const doc of [a.doc, b.doc, stored]) {
        expect(paragraphText(doc, 0).toString()).toBe(expected('أ', 'a'))
        expect(paragraphText(doc, 1).toString()).toBe(expected('ب', 'b'))
      }
    } finally {
      a.destroy()
      b.destroy()
    }
  })
})

