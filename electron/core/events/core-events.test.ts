import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ContractEvent } from '../../../shared/contract/events'
import { openCore, type Core } from '../core'

let dir: string
let core: Core
let heard: ContractEvent[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-events-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  heard = []
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const changes = () => heard.map((event) => (event.name === 'articleChanged' ? event.payload.change : event.name))

describe('core tells what changed', () => {
  it('each change of an article, once it is stored, and nothing after the listener stops', async () => {
    const stop = core.subscribe((event) => heard.push(event))
    const article = core.createArticle({ headline: 'خبر' })
    core.saveArticle({ id: article.id, baseVersion: article.version, meta: { ...article.meta, headline: 'خبر معدل' }, body: article.body })
    const revision = core.saveRevision(article.id)
    core.setArticleStatus(article.id, 'in_review')
    core.restoreRevision(article.id, revision.id)
    const imported = await core.importArticle('ملف.txt', new TextEncoder().encode('عنوان\n\nنص.'))
    core.deleteArticle(imported.id)
    expect(changes()).toEqual(['created', 'edited', 'status', 'restored', 'created', 'deleted'])
    expect(heard[0]).toEqual({ name: 'articleChanged', payload: { id: article.id, change: 'created' } })
    stop()
    core.setArticleStatus(article.id, 'draft')
    expect(heard).toHaveLength(6)
  })

  it('a refused change tells nothing, and a listener that fails does not stop the change or the others', async () => {
    const article = core.createArticle({ headline: 'خبر' })
    core.subscribe(() => {
      throw new Error('a window that went away')
    })
    core.subscribe((event) => heard.push(event))
    await expect(async () => core.saveArticle({ id: article.id, baseVersion: 99, meta: article.meta, body: article.body })).rejects.toThrow()
    expect(heard).toEqual([])
    core.setArticleStatus(article.id, 'in_review')
    expect(changes()).toEqual(['status'])
    expect(core.getArticle(article.id).status).toBe('in_review')
  })
})
