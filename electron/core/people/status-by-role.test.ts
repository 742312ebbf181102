import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCore, type Core } from '../core'
import { failureOf } from '../testing/failure-of'

let dir: string
let core: Core

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-status-role-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const restrict = () => core.saveSettings({ ...core.getSettings(), editorsApprove: true })

describe('who may approve and publish', () => {
  it('anyone may, until the newsroom restricts it', () => {
    core.saveProfile({ name: 'سارة', role: 'journalist' })
    const article = core.createArticle({ headline: 'خبر' })
    expect(core.setArticleStatus(article.id, 'published')).toBe('published')
  })

  it('where restricted, a journalist cannot approve or publish: the refusal says who can, and nothing changes', async () => {
    restrict()
    core.saveProfile({ name: 'سارة', role: 'journalist' })
    const article = core.createArticle({ headline: 'خبر' })
    expect(core.setArticleStatus(article.id, 'in_review')).toBe('in_review')
    expect((await failureOf(() => core.setArticleStatus(article.id, 'approved'))).code).toBe('status_needs_editor')
    expect((await failureOf(() => core.setArticleStatus(article.id, 'published'))).code).toBe('status_needs_publisher')
    expect(core.getArticle(article.id).status).toBe('in_review')
    expect(core.articleHistory(article.id).map((revision) => revision.label)).toEqual(['in_review'])
  })

  it('an editor approves, the web desk publishes, and each change records who made it', () => {
    restrict()
    const article = core.createArticle({ headline: 'خبر' })
    const editor = core.saveProfile({ name: 'رامي', role: 'editor' })
    core.setArticleStatus(article.id, 'approved')
    const webDesk = core.saveProfile({ name: 'ليلى', role: 'web_desk' })
    core.setArticleStatus(article.id, 'published')
    expect(core.getArticle(article.id).status).toBe('published')
    const db = new Database(core.dbPath, { readonly: true })
    try {
      const rows = db.prepare('SELECT to_status, person_id FROM article_status_changes ORDER BY id').all()
      expect(rows).toEqual([
        { to_status: 'approved', person_id: editor.id },
        { to_status: 'published', person_id: webDesk.id }
      ])
    } finally {
      db.close()
    }
    expect(core.articleHistory(article.id).map((revision) => [revision.label, revision.author?.name])).toEqual([
      ['approved', 'رامي'],
      ['published', 'ليلى']
    ])
  })
})

describe('an approval that lapsed', () => {
  it('refuses export for publishing until the article is approved again, and the check says where', async () => {
    const article = core.createArticle({ headline: 'خبر', section: 'أخبار', bylines: ['سارة'] }, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص.' }] }] })
    expect(core.checkArticle(article.id).filter((finding) => finding.severity === 'error')).toEqual([])
    core.setArticleStatus(article.id, 'approved')
    const approved = core.getArticle(article.id)
    core.saveArticle({ id: article.id, baseVersion: approved.version, meta: approved.meta, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص تغيّر بعد الاعتماد.' }] }] } })
    expect(core.getArticle(article.id).status).toBe('in_review')
    expect(core.checkArticle(article.id)[0]).toMatchObject({ rule: 'approval_needed', severity: 'error', location: { kind: 'meta', field: 'status' } })
    expect((await failureOf(() => core.assertPublishable(article.id))).code).toBe('export_blocked_by_check')

    core.setArticleStatus(article.id, 'approved')
    expect(core.checkArticle(article.id).map((finding) => finding.rule)).not.toContain('approval_needed')
    // The comparison against the approved revision: nothing changed since it.
    expect(core.compareRevisions(article.id, 'approved').wordsAdded).toBe(0)
  })
})
