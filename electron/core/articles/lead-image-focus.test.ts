import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emptyMeta } from '../../../shared/article/meta'
import { dispatch } from '../../../shared/contract/dispatch'
import type { Result } from '../../../shared/contract/errors'
import { openCore, type Core } from '../core'
import { createHandlers } from '../handlers'
import { handlerOptionsIn } from '../testing/handler-options'

// The lead image's focal point, saved through the contract into a real SQLite
// file, and articles stored before it existed.

let dir: string
let core: Core
let call: (name: string, payload: unknown) => Promise<Result<unknown>>
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-focus-'))
  core = openCore({ dbPath: join(dir, 'midad.sqlite') })
  const handlers = createHandlers(core, { ...handlerOptionsIn(dir), exportsFolderFor: async () => join(dir, 'exports') })
  call = (name, payload) => dispatch(handlers, name, payload, { locale: 'en' })
})
afterEach(() => {
  core.close()
  rmSync(dir, { recursive: true, force: true })
})

const mediaId = `${'c0ffee00'.repeat(8)}.jpg`
const lead = { mediaId, caption: 'الميناء عند الغروب', credit: 'أ ف ب', alt: 'سفن في الميناء' }
const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'نص' }] }] }

const storedLeadJson = (id: string): unknown => {
  const db = new Database(core.dbPath, { readonly: true })
  try {
    const row = db.prepare('SELECT lead_image_json FROM articles WHERE id = ?').get(id) as { lead_image_json: string }
    return JSON.parse(row.lead_image_json)
  } finally {
    db.close()
  }
}

describe('the lead image focal point', () => {
  it('is saved with the article and read back', async () => {
    const { id, version } = core.createArticle({ headline: 'الميناء' })
    const meta = { ...emptyMeta, headline: 'الميناء', leadImage: { ...lead, focus: { x: 0.725, y: 0.33 } } }
    const saved = await call('saveArticle', { id, baseVersion: version, meta, body })
    expect(saved.ok).toBe(true)
    expect(storedLeadJson(id)).toEqual({ ...lead, focus: { x: 0.725, y: 0.33 } })
    expect(core.getArticle(id).meta.leadImage).toEqual({ ...lead, focus: { x: 0.725, y: 0.33 } })
  })

  it('outside the picture is refused and changes nothing', async () => {
    const { id, version } = core.createArticle({ headline: 'الميناء', leadImage: lead })
    const meta = { ...emptyMeta, headline: 'الميناء', leadImage: { ...lead, focus: { x: 1.5, y: 0.5 } } }
    const refused = await call('saveArticle', { id, baseVersion: version, meta, body })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The request is not valid (field: meta.leadImage.focus.x). Nothing was changed.' } })
    expect(core.getArticle(id).version).toBe(version)
    expect(storedLeadJson(id)).toEqual(lead)
  })

  it('is absent from an article stored before it existed, which still loads with its lead image', () => {
    const { id } = core.createArticle({ headline: 'قديم' })
    const db = new Database(core.dbPath)
    try {
      // The JSON exactly as the app wrote it before the focal point.
      db.prepare('UPDATE articles SET lead_image_json = ? WHERE id = ?').run(JSON.stringify(lead), id)
    } finally {
      db.close()
    }
    const article = core.getArticle(id)
    expect(article.meta.leadImage).toEqual(lead)
    expect(article.meta.leadImage).not.toHaveProperty('focus')
  })
})
