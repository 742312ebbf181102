import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { indexedTerms, indexedTermsByParagraph } from '../../../../shared/search/search-terms'
import { bodyPlainText } from '../../../../shared/text/plain-text'
import { openCore } from '../../core'
import { nullLog } from '../../log/log'
import { archiveCorpus } from '../../search/testing/archive-corpus'
import { migrations } from './index'

describe('schema step 14, the index cut at the terms’ own spaces', () => {
  it('makes the index again, which core builds at open, holding exactly the terms Midad worked out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'midad-0014-'))
    try {
      const path = join(dir, 'midad.sqlite')
      const core = openCore({ dbPath: path })
      const mixed = "Café UNESCO's report: 2,5% — «المدرسةُ» ١٢٣ naïve e-mail x_y Ελλάδα ДОМ co-op\n\nوَبِالْكِتَـــابِ … O'Neil"
      const created = [
        ...archiveCorpus().map(({ meta, body }) => core.createArticle(meta, body)),
        core.createArticle({ headline: 'Mixed — «نص»', tags: ['COVID-19', 'الصحة العامة'] }, { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: mixed }] }] })
      ]
      core.close()

      const db = new Database(path)
      // Step 14 again on this file: the index emptied, to be built by core.
      migrations.find((step) => step.version === 14)!.up(db, nullLog)
      expect(db.prepare('SELECT count(*) AS n FROM search_index_state').get()).toEqual({ n: 0 })
      db.close()

      const reopened = openCore({ dbPath: path })
      try {
        expect(reopened.searchArticles({ query: 'unesco' }).total).toBe(1)
        expect(reopened.searchArticles({ query: 'المدرسه', tag: 'covid 19' }).total).toBe(1)
      } finally {
        reopened.close()
      }

      // The words the index holds are the terms, one by one, in order: the tokenizer cut nothing else.
      const check = new Database(path)
      check.exec('CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, article_search, instance)')
      const held = check.prepare<[string, string], { term: string }>(
        'SELECT w.term FROM temp.words w JOIN search_keys k ON k.key = w.doc WHERE k.article_id = ? AND w.col = ? ORDER BY w.offset'
      )
      for (const article of created) {
        const words = (terms: string) => terms.split(' ').filter(Boolean)
        expect(held.all(article.id, 'body').map((row) => row.term)).toEqual(words(indexedTermsByParagraph(bodyPlainText(article.body))))
        expect(held.all(article.id, 'headline').map((row) => row.term)).toEqual(words(indexedTerms(article.meta.headline)))
        expect(held.all(article.id, 'tags').map((row) => row.term)).toEqual(article.meta.tags.flatMap((tag) => words(indexedTerms(tag))))
      }
      check.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
