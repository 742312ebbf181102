import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { openCore } from '../electron/core/core'
import { BUSY_TIMEOUT_MS } from '../electron/core/db/open-database'
import { migrate } from '../electron/core/db/migrations'
import type { Benchmark } from './benchmark'
import { benchMeta, buildArabicArticle, editOneParagraph } from './arabic-article'

const WARM_UP = 20
const ITERATIONS = 250

/**
 * Saving a 10,000-word Arabic article, edit → committed, through core (schema
 * check, derived text and count, version check, durable commit) against the
 * floor: a bare better-sqlite3 transaction writing the same bytes into the same
 * table, with the same pragmas, on the same file system. The two alternate
 * save by save, so machine noise falls on both alike.
 */
const saveArticle: Benchmark = {
  name: 'save 10,000-word Arabic article (edit → committed)',
  unit: 'ms',
  async measure() {
    const workDir = resolve('out', 'bench', `work-${process.pid}`)
    rmSync(workDir, { recursive: true, force: true })
    mkdirSync(workDir, { recursive: true })
    const core = openCore({ dbPath: join(workDir, 'core.sqlite') })
    const coreReader = new Database(core.dbPath, { readonly: true })

    const raw = new Database(join(workDir, 'baseline.sqlite'), { timeout: BUSY_TIMEOUT_MS })
    raw.pragma('journal_mode = WAL')
    raw.pragma('synchronous = FULL')
    raw.pragma('foreign_keys = ON')
    migrate(raw) // the very table core writes, not a look-alike

    try {
      const base = buildArabicArticle(10_000)
      const article = core.createArticle(benchMeta, base)
      let coreVersion = article.version
      raw.prepare(`INSERT INTO articles (id, body_json, version, created_at, updated_at) VALUES (?, '{}', 1, ?, ?)`)
        .run(article.id, article.createdAt, article.updatedAt)
      let rawVersion = 1

      // Every column core writes, read back from its file, so the baseline
      // writes exactly the same bytes whatever the schema holds.
      const columns = raw
        .prepare<[], { name: string }>('SELECT name FROM pragma_table_info(\'articles\')')
        .all()
        .map((c) => c.name)
        .filter((name) => !['id', 'version', 'created_at', 'updated_at'].includes(name))
      const stored = coreReader.prepare<[string], Record<string, unknown>>(`SELECT ${columns.join(', ')} FROM articles WHERE id = ?`)
      const update = raw.prepare(`
        UPDATE articles SET ${columns.map((c) => `${c} = @${c}`).join(', ')},
                            version = version + 1, updated_at = @updatedAt
        WHERE id = @id AND version = @baseVersion`)
      const rawSave = raw.transaction((params: Record<string, unknown>) => {
        if (update.run(params).changes !== 1) throw new Error('baseline save did not land')
      })

      const samples: number[] = []
      const baseline: number[] = []
      for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
        const body = editOneParagraph(base, i)

        let started = performance.now()
        coreVersion = core.saveArticle({ id: article.id, baseVersion: coreVersion, meta: benchMeta, body }).version
        const coreMs = performance.now() - started

        // Exactly the bytes core just committed, prepared outside the timing.
        const bytes = stored.get(article.id)!
        const params = { ...bytes, id: article.id, baseVersion: rawVersion, updatedAt: new Date().toISOString() }
        started = performance.now()
        rawSave.immediate(params)
        const rawMs = performance.now() - started
        rawVersion++

        if (i >= WARM_UP) {
          samples.push(coreMs)
          baseline.push(rawMs)
        }
      }
      return { samples, baseline }
    } finally {
      coreReader.close()
      raw.close()
      core.close()
      rmSync(workDir, { recursive: true, force: true })
    }
  }
}

export default saveArticle
