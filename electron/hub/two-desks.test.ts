import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import sharp from 'sharp'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bodyFragment } from '../../shared/document/article-document'
import { articleDocumentName } from '../../shared/hub/article-record'
import { nullLog } from '../core'
import { articleDoc } from './testing/article-replica'
import { failureOf, underReview } from '../core/testing'
import { startHub, type RunningHub } from './hub-server'
import { closeDesk, openDesk, sameArticle, typeParagraphs, type Desk } from './testing/desks'

let dataDir: string
let hub: RunningHub
const desks: Desk[] = []
const desk = (name: string, role: 'journalist' | 'editor' | 'web_desk') => {
  const opened = openDesk(name, role)
  desks.push(opened)
  return opened
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'midad-hub-'))
  hub = await startHub({ port: 0, dataDir, log: nullLog })
})

afterEach(async () => {
  for (const opened of desks.splice(0)) closeDesk(opened)
  await hub.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const paragraphsOf = (d: Desk, id: string) => (d.core.getArticle(id).body.content ?? []).map((block) => (block.content ?? []).map((node) => node.text).join(''))

describe('two desks and a hub', () => {
  it('a journalist and an editor who worked apart hold the same article, comments, suggestions, revisions and status after syncing', async () => {
    const salma = desk('سلمى', 'journalist')
    const omar = desk('عمر', 'editor')
    const { id } = salma.core.createArticle({ headline: 'الموازنة العامة' }, underReview.plainBody('الفقرة الأولى.', 'الفقرة الثانية.'))
    await salma.core.joinHub(hub.url, hub.members.add('سلمى', 'journalist'))
    salma.core.shareArticles([id], true)
    expect(await salma.core.syncWithHub()).toMatchObject({ sent: 1, received: 0, created: 0 })

    await omar.core.joinHub(hub.url, hub.members.add('عمر', 'editor'))
    expect(await omar.core.syncWithHub()).toMatchObject({ sent: 0, received: 1, created: 1 })
    expect(omar.core.getArticle(id).meta.headline).toBe('الموازنة العامة')

    // Apart: each edits a different paragraph; the editor comments and suggests; a revision and a status on each side.
    typeParagraphs(salma, id, 'الفقرة الأولى بعد تعديل سلمى.', 'الفقرة الثانية.')
    salma.core.saveRevision(id, 'نسخة سلمى')
    typeParagraphs(omar, id, 'الفقرة الأولى.', 'الفقرة الثانية كما رآها عمر.')
    const thread = omar.core.addComment(id, { quote: 'الفقرة', text: 'من المصدر؟' })
    omar.core.setArticleStatus(id, 'in_review')

    await salma.core.syncWithHub()
    await omar.core.syncWithHub()
    await salma.core.syncWithHub()

    const same = sameArticle(salma, omar, id)
    expect(same.content[0]).toBe(same.content[1])
    expect(same.vectors[0]).toBe(same.vectors[1])
    expect(paragraphsOf(salma, id)).toEqual(['الفقرة الأولى بعد تعديل سلمى.', 'الفقرة الثانية كما رآها عمر.'])
    expect(salma.core.listCommentThreads(id).map((t) => t.id)).toEqual([thread.id])
    expect(salma.core.listCommentThreads(id)[0]?.replies[0]?.text).toBe('من المصدر؟')
    // Who commented is known by name at the other desk.
    expect(salma.core.findPeople([thread.by]).map((person) => person.name)).toEqual(['عمر'])
    expect(salma.core.getArticle(id).status).toBe('in_review')
    expect(omar.core.articleHistory(id).map((revision) => revision.label)).toContain('نسخة سلمى')
    expect(salma.core.articleStatusHistory(id)).toEqual(omar.core.articleStatusHistory(id))
    expect(salma.core.hubStatus().link).toMatchObject({ state: 'synced', waiting: 0, memberName: 'سلمى', role: 'journalist' })
  })

  it('an approval at the editor’s desk pins the same revision at the journalist’s', async () => {
    const salma = desk('سلمى', 'journalist')
    const omar = desk('عمر', 'editor')
    const { id } = salma.core.createArticle({ headline: 'للموافقة' }, underReview.plainBody('نص.'))
    await salma.core.joinHub(hub.url, hub.members.add('سلمى', 'journalist'))
    salma.core.shareArticles([id], true)
    await salma.core.syncWithHub()
    await omar.core.joinHub(hub.url, hub.members.add('عمر', 'editor'))
    await omar.core.syncWithHub()
    omar.core.setArticleStatus(id, 'approved')
    await omar.core.syncWithHub()
    await salma.core.syncWithHub()
    const pinned = (d: Desk) => {
      const db = new Database(join(d.dir, 'midad.sqlite'), { readonly: true })
      try {
        return (db.prepare('SELECT approved_revision FROM articles WHERE id = ?').get(id) as { approved_revision: string | null }).approved_revision
      } finally {
        db.close()
      }
    }
    expect(pinned(omar)).not.toBeNull()
    expect(pinned(salma)).toBe(pinned(omar))
    expect(salma.core.getArticle(id).status).toBe('approved')
  })

  it('an article a desk stops sharing no longer syncs there, either way', async () => {
    const salma = desk('سلمى', 'journalist')
    const omar = desk('عمر', 'editor')
    const { id } = salma.core.createArticle({ headline: 'مشترك' }, underReview.plainBody('نص.'))
    await salma.core.joinHub(hub.url, hub.members.add('سلمى', 'journalist'))
    salma.core.shareArticles([id], true)
    await salma.core.syncWithHub()
    await omar.core.joinHub(hub.url, hub.members.add('عمر', 'editor'))
    await omar.core.syncWithHub()
    expect(omar.core.hubStatus().shared.map((article) => article.id)).toEqual([id])

    expect(salma.core.shareArticles([id], false).shared).toEqual([])
    typeParagraphs(omar, id, 'عدّله عمر.')
    typeParagraphs(salma, id, 'وعدّلته سلمى وحدها.')
    await omar.core.syncWithHub()
    expect(await salma.core.syncWithHub()).toMatchObject({ sent: 0, received: 0 })
    await omar.core.syncWithHub()
    expect(paragraphsOf(salma, id)).toEqual(['وعدّلته سلمى وحدها.'])
    expect(paragraphsOf(omar, id)).toEqual(['عدّله عمر.'])
  })

  it('carries a waiting suggestion and its decision between the desks', async () => {
    const salma = desk('سلمى', 'journalist')
    const omar = desk('عمر', 'editor')
    const { id } = salma.core.createArticle({ headline: 'خبر' }, underReview.plainBody('قال الوزير إن الاتفاق قريب.'))
    await salma.core.joinHub(hub.url, hub.members.add('سلمى', 'journalist'))
    salma.core.shareArticles([id], true)
    await salma.core.syncWithHub()
    await omar.core.joinHub(hub.url, hub.members.add('عمر', 'editor'))
    await omar.core.syncWithHub()

    const { body, paragraph, inserted } = underReview
    underReview.suggest(omar.core, id, body(paragraph('قال الوزير إن الاتفاق ', inserted('النهائي ', 'sug-1'), 'قريب.')))
    await omar.core.syncWithHub()
    await salma.core.syncWithHub()
    expect(salma.core.listSuggestions(id).map((s) => s.id)).toEqual(['sug-1'])

    salma.core.saveProfile({ name: 'سلمى', role: 'editor' })
    salma.core.decideSuggestions(id, 'accept', { suggestion: 'sug-1' })
    await salma.core.syncWithHub()
    await omar.core.syncWithHub()
    expect(omar.core.listSuggestions(id)).toEqual([])
    expect(paragraphsOf(omar, id)).toEqual(['قال الوزير إن الاتفاق النهائي قريب.'])
    const same = sameArticle(salma, omar, id)
    expect(same.content[0]).toBe(same.content[1])
  })

  it('carries the pictures an article shows, checked by their hash', async () => {
    const salma = desk('سلمى', 'journalist')
    const omar = desk('عمر', 'editor')
    const photo = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#c03' } }).png().toBuffer()
    const { mediaId } = await salma.core.addImage('photo.png', photo)
    const figure = { type: 'figure', attrs: { mediaId, alt: 'صورة', caption: 'التعليق', credit: 'المصور' } }
    const { id } = salma.core.createArticle({ headline: 'مصوّر' }, { type: 'doc', content: [underReview.paragraph('نص.'), figure] })
    await salma.core.joinHub(hub.url, hub.members.add('سلمى', 'journalist'))
    salma.core.shareArticles([id], true)
    expect(await salma.core.syncWithHub()).toMatchObject({ picturesSent: 1 })
    await omar.core.joinHub(hub.url, hub.members.add('عمر', 'editor'))
    expect(omar.core.storedPicture(mediaId)).toBeNull()
    expect(await omar.core.syncWithHub()).toMatchObject({ created: 1, picturesReceived: 1 })
    const stored = omar.core.storedPicture(mediaId)
    expect(stored && readFileSync(stored.path)).toEqual(photo)
  })

  it('refuses an article from the hub that is not valid here: it is logged and nothing of it is stored', async () => {
    const salma = desk('سلمى', 'journalist')
    const omar = desk('عمر', 'editor')
    const { id } = salma.core.createArticle({ headline: 'سليم' }, underReview.plainBody('نص.'))
    await salma.core.joinHub(hub.url, hub.members.add('سلمى', 'journalist'))
    salma.core.shareArticles([id], true)
    await salma.core.syncWithHub()
    // A hub that once took what its checks now refuse: written straight into its store.
    const badId = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'
    const bad = articleDoc('عنوان', 'فقرة')
    bad.transact(() => {
      const node = new Y.XmlElement('scriptBlock')
      node.insert(0, [new Y.XmlText('x')])
      bodyFragment(bad).insert(0, [node])
    })
    hub.documents.append(articleDocumentName(badId), Y.encodeStateAsUpdate(bad), 'old hub')

    await omar.core.joinHub(hub.url, hub.members.add('عمر', 'editor'))
    expect(await failureOf(() => omar.core.syncWithHub())).toMatchObject({ code: 'hub_content_refused' })
    expect(omar.core.listArticles().map((article) => article.id)).toEqual([id])
    expect(omar.logged.map((line) => line.message)).toContain('an article from the hub was refused: it is not a valid article here; nothing was stored')
  })

  it('says why a desk cannot join: not a ws address, nobody there, a wrong token, an expired member', async () => {
    const salma = desk('سلمى', 'journalist')
    expect(await failureOf(() => salma.core.joinHub('http://127.0.0.1:1', 'x'))).toMatchObject({ code: 'hub_address_invalid' })
    const closedPort = `ws://127.0.0.1:${hub.port}`
    const token = hub.members.add('سلمى', 'journalist')
    await hub.close()
    expect(await failureOf(() => salma.core.joinHub(closedPort, token))).toMatchObject({ code: 'hub_unreachable', params: { url: closedPort } })
    hub = await startHub({ port: 0, dataDir, log: nullLog })
    expect(await failureOf(() => salma.core.joinHub(hub.url, 'A'.repeat(43)))).toMatchObject({ code: 'hub_token_refused' })
    const expired = hub.members.add('قديم', 'journalist', { expiresAt: new Date(Date.now() - 1000).toISOString() })
    expect(await failureOf(() => salma.core.joinHub(hub.url, expired))).toMatchObject({ code: 'hub_member_expired' })
    expect(salma.core.hubStatus()).toEqual({ link: null, shared: [] })
  })

  it('a web desk receives but may not share, and an edit it makes never reaches the hub', async () => {
    const salma = desk('سلمى', 'journalist')
    const web = desk('الويب', 'web_desk')
    const { id } = salma.core.createArticle({ headline: 'للنشر' }, underReview.plainBody('نص.'))
    await salma.core.joinHub(hub.url, hub.members.add('سلمى', 'journalist'))
    salma.core.shareArticles([id], true)
    await salma.core.syncWithHub()

    await web.core.joinHub(hub.url, hub.members.add('الويب', 'web_desk'))
    expect(web.core.hubStatus().link).toMatchObject({ readOnly: true, role: 'web_desk' })
    await web.core.syncWithHub()
    expect(web.core.getArticle(id).meta.headline).toBe('للنشر')
    expect(await failureOf(() => web.core.shareArticles([id], true))).toMatchObject({ code: 'hub_read_only' })

    typeParagraphs(web, id, 'كتبها مكتب الويب.')
    await web.core.syncWithHub()
    await salma.core.syncWithHub()
    expect(paragraphsOf(salma, id)).toEqual(['نص.'])
  })
})
