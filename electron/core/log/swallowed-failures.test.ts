// Failures core gets past without stopping the journalist's work are written
// to the log it was handed, where the desk can find them later.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../shared/settings/newsroom-settings'
import { openCore } from '../core'
import type { Log } from './log'
import { dispatch } from '../../../shared/contract/dispatch'
import { createHandlers } from '../handlers'
import { handlerOptionsIn } from '../testing/handler-options'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'midad-swallowed-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

type Line = { level: string; message: string; details: Record<string, unknown> }
function recordingLog(): Log & { lines: Line[] } {
  const lines: Line[] = []
  const at = (level: string) => (message: string, details: Record<string, unknown> = {}) => lines.push({ level, message, details })
  return { lines, info: at('info'), warn: at('warn'), error: at('error') }
}

describe('what core gets past is logged', () => {
  it('a stored setting that does not load: its default is used, and the log says which, once', () => {
    const dbPath = join(dir, 'midad.sqlite')
    openCore({ dbPath }).close()
    const raw = new Database(dbPath)
    raw.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('headlineTarget', '{not json')
    raw.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('theme', '"neon"')
    raw.close()

    const log = recordingLog()
    const core = openCore({ dbPath, log })
    try {
      expect(core.getSettings()).toMatchObject({ headlineTarget: defaultSettings.headlineTarget, theme: defaultSettings.theme })
      core.getSettings()
    } finally {
      core.close()
    }
    const warnings = log.lines.filter((line) => line.level === 'warn')
    expect(warnings.map((line) => [line.message, line.details.key, line.details.stored])).toEqual([
      ['a stored setting could not be read; its default is used', 'headlineTarget', '{not json'],
      ['a stored setting could not be read; its default is used', 'theme', '"neon"']
    ])
  })

  it('a rendition cache that cannot be pruned: the export is written, and the log says why not', async () => {
    const dbPath = join(dir, 'midad.sqlite')
    // A file where the cache's folder should be: reading it fails, and not as a missing folder.
    mkdirSync(join(dir, 'cache'))
    writeFileSync(join(dir, 'cache', 'renditions'), 'not a folder')
    const log = recordingLog()
    const core = openCore({ dbPath, log })
    try {
      const article = core.createArticle({ headline: 'خبر للتصدير' })
      const written = await core.exportArticle(article.id, join(dir, 'out'), undefined, { draft: true })
      expect(written.files).toContain('index.html')
    } finally {
      core.close()
    }
    const [warning] = log.lines.filter((line) => line.level === 'warn')
    expect(warning).toMatchObject({ message: 'the rendition cache could not be pruned', details: { cache: join(dir, 'cache', 'renditions') } })
    expect((warning!.details.error as Error & { code?: string }).code).toBe('ENOTDIR')
  })

  it('bylines, tags or a lead picture another program stored badly read as empty, and the log names the article and the column', () => {
    const dbPath = join(dir, 'midad.sqlite')
    const first = openCore({ dbPath })
    const article = first.createArticle({ headline: 'خبر', bylines: ['سارة'], tags: ['اقتصاد'] })
    first.close()
    const raw = new Database(dbPath)
    raw.prepare("UPDATE articles SET bylines_json = '{broken', tags_json = '\"one\"' WHERE id = ?").run(article.id)
    raw.close()

    const log = recordingLog()
    const core = openCore({ dbPath, log })
    try {
      expect(core.getArticle(article.id).meta).toMatchObject({ bylines: [], tags: [] })
    } finally {
      core.close()
    }
    const unreadable = log.lines.filter((line) => line.message === 'a stored column could not be read; it reads as empty')
    expect(unreadable.map((line) => [line.level, line.details.id, line.details.column])).toEqual([
      ['warn', article.id, 'bylines_json'],
      ['warn', article.id, 'tags_json']
    ])
  })

  it("a failure the window got past is written with the window's words, through the contract", async () => {
    const log = recordingLog()
    const core = openCore({ dbPath: join(dir, 'midad.sqlite'), log })
    try {
      const handlers = createHandlers(core, handlerOptionsIn(dir))
      const reported = await dispatch(handlers, 'reportProblem', { level: 'warn', what: 'the newsroom settings did not load', detail: 'internal: boom' }, { locale: 'ar' })
      expect(reported).toEqual({ ok: true, value: {} })
      expect(log.lines.filter((line) => line.details.from === 'window')).toEqual([
        { level: 'warn', message: 'the window got past a failure: the newsroom settings did not load', details: { from: 'window', detail: 'internal: boom' } }
      ])
      // A report that is not one is refused like any input, and writes nothing.
      const refused = await dispatch(handlers, 'reportProblem', { level: 'panic', what: '' }, { locale: 'en' })
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      expect(log.lines.filter((line) => line.details.from === 'window')).toHaveLength(1)
    } finally {
      core.close()
    }
  })
})
