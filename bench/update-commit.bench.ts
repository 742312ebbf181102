import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { openCore } from '../electron/core/core'
import { BUSY_TIMEOUT_MS } from '../electron/core/db/open-database'
import { migrate } from '../electron/core/db/migrations'
import type { Benchmark } from './benchmark'
import { benchMeta } from './arabic-article'
import { typeStory } from './typing-session'

const WARM_UP = 30

/**
 * A window's batch of keystrokes, from sending to committed in SQLite, through
 * core (decoded, merged into the article's document, appended to its update
 * log, compacted now and then), against a bare better-sqlite3 append of the
 * same bytes into the same table, with the same pragmas.
 */
const updateCommit: Benchmark = {
  name: 'commit a batch of keystrokes (update → committed)',
  unit: 'ms',
  async measure() {
    const workDir = resolve('out', 'bench', `updates-${process.pid}`)
    rmSync(workDir, { recursive: true, force: true })
    mkdirSync(workDir, { recursive: true })
    const core = openCore({ dbPath: join(workDir, 'core.sqlite') })
    const raw = new Database(join(workDir, 'baseline.sqlite'), { timeout: BUSY_TIMEOUT_MS })
    raw.pragma('journal_mode = WAL')
    raw.pragma('synchronous = FULL')
    raw.pragma('foreign_keys = OFF')
    migrate(raw)
    const append = raw.prepare('INSERT INTO article_updates (article_id, data, person_id, received_at) VALUES (?, ?, NULL, ?)')
    const rawAppend = raw.transaction((id: string, data: Buffer) => void append.run(id, data, new Date().toISOString()))
    try {
      const article = core.createArticle(benchMeta)
      const window = new Y.Doc()
      Y.applyUpdateV2(window, core.openArticleDocument(article.id))
      const samples: number[] = []
      const baseline: number[] = []
      let batch = 0
      typeStory(window, 1200, 20, (update) => {
        const timeCore = () => {
          const started = performance.now()
          core.applyArticleUpdate(article.id, update)
          return performance.now() - started
        }
        const timeRaw = () => {
          const started = performance.now()
          rawAppend.immediate(article.id, Buffer.from(update))
          return performance.now() - started
        }
        // Whichever commits second finds the disk just flushed and waits less on
        // its own flush (measured: the second one's p95 was half the first's), so
        // the two take turns going first.
        let coreMs: number
        let rawMs: number
        if (batch % 2 === 0) [coreMs, rawMs] = [timeCore(), timeRaw()]
        else [rawMs, coreMs] = [timeRaw(), timeCore()]
        if (batch++ >= WARM_UP) {
          samples.push(coreMs)
          baseline.push(rawMs)
        }
      })
      return { samples, baseline }
    } finally {
      core.close()
      raw.close()
      rmSync(workDir, { recursive: true, force: true })
    }
  }
}

export default updateCommit
