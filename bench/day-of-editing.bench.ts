import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { openCore } from '../electron/core/core'
import type { Benchmark } from './benchmark'
import { benchMeta } from './arabic-article'
import { typeStory } from './typing-session'

const KiB = 1024

/**
 * What a day of writing a 1,200-word story leaves in the database: typed key
 * by key and sent in batches of about 20 keys, a revision every ten minutes
 * of typing (at a keystroke every half second), one saved by hand and one at
 * the status change, all compacted as the app compacts them. Against the
 * article's own row as it was stored before documents (its JSON, plain text
 * and metadata), the floor of keeping the story at all.
 */
const dayOfEditing: Benchmark = {
  name: 'storage for a day of editing a 1,200-word story, revisions included',
  unit: 'KiB',
  async measure() {
    const workDir = resolve('out', 'bench', `day-${process.pid}`)
    rmSync(workDir, { recursive: true, force: true })
    mkdirSync(workDir, { recursive: true })
    const dbPath = join(workDir, 'day.sqlite')
    let clock = Date.parse('2026-12-03T08:00:00.000Z')
    const core = openCore({ dbPath, revisions: { clock: () => clock } })
    try {
      core.saveProfile({ name: 'سارة', role: 'journalist' })
      const article = core.createArticle(benchMeta)
      const window = new Y.Doc()
      Y.applyUpdateV2(window, core.openArticleDocument(article.id))
      typeStory(window, 1200, 20, (update, keys) => {
        clock += keys * 500
        core.applyArticleUpdate(article.id, update)
      })
      core.saveRevision(article.id, 'أُرسل إلى المحرر')
      core.setArticleStatus(article.id, 'in_review')
      core.closeArticle(article.id)
    } finally {
      core.close()
    }
    const db = new Database(dbPath, { readonly: true })
    try {
      const bytes = (sql: string) => (db.prepare(sql).get() as { n: number | null }).n ?? 0
      const documents =
        bytes('SELECT sum(length(state)) AS n FROM article_documents') +
        bytes('SELECT sum(length(data)) AS n FROM article_updates') +
        bytes('SELECT sum(length(state)) AS n FROM revisions')
      const row = bytes('SELECT sum(length(body_json) + length(plain_text) + length(headline) + length(dek)) AS n FROM articles')
      const revisions = bytes('SELECT count(*) AS n FROM revisions')
      console.error(`  ${revisions} revisions kept`)
      return { samples: [documents / KiB], baseline: [row / KiB] }
    } finally {
      db.close()
      rmSync(workDir, { recursive: true, force: true })
    }
  }
}

export default dayOfEditing
