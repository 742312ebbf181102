import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { openCore } from '../electron/core/core'
import { openDatabase } from '../electron/core/db/open-database'
import { nullLog } from '../electron/core/log/log'
import { generatedArticle } from '../electron/core/search/testing/generated-archive'
import { bodyPlainText } from '../shared/text/plain-text'
import { countWords } from '../shared/text/word-count'

// Archives for the library's figures, built once and kept under out/bench
// (100,000 articles take a few minutes: rows first, then core builds the
// search index when it first opens the file). A changed generator or schema
// needs them deleted by hand.
const CACHE = resolve('out', 'bench', 'library')
const SENTENCES = 12 // about 130 words an article

/** The archive's file: `size` generated articles, one a minute from 2020 on, and someone at the desk. */
export function libraryArchive(size: number): string {
  mkdirSync(CACHE, { recursive: true })
  const path = join(CACHE, `library-${size}.sqlite`)
  if (existsSync(path)) return path
  const building = `${path}.building`
  rmSync(building, { force: true })
  const db = openDatabase(building, { log: nullLog })
  const insert = db.prepare(`INSERT INTO articles (id, section, headline, bylines_json, tags_json, body_json, plain_text, word_count, status, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const start = Date.parse('2020-01-01T00:00:00.000Z')
  db.transaction(() => {
    for (let n = 0; n < size; n++) {
      const article = generatedArticle(n, SENTENCES)
      const time = new Date(start + n * 60_000).toISOString()
      const text = bodyPlainText(article.body)
      const id = `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`
      insert.run(id, article.meta.section, article.meta.headline, JSON.stringify(article.meta.bylines), JSON.stringify(article.meta.tags), JSON.stringify(article.body), text, countWords(text), article.status, time, time)
    }
  })()
  db.close()
  // Core's first opening builds the search index; a profile keeps the first-start welcome away.
  const core = openCore({ dbPath: building })
  core.saveProfile({ name: 'سارة القاسم', role: 'journalist' })
  core.close()
  for (const suffix of ['-wal', '-shm']) rmSync(`${building}${suffix}`, { force: true })
  renameSync(building, path)
  return path
}
