import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createArticleStore } from '../electron/core/articles/article-store'
import { openDatabase } from '../electron/core/db/open-database'
import { nullLog } from '../electron/core/log/log'
import { generatedArticle } from '../electron/core/search/testing/generated-archive'
import { benchMeta, buildArabicArticle, editOneParagraph } from './arabic-article'
import type { Benchmark } from './benchmark'
import type { ArticleBody } from '../shared/article/body'
import type { ArticleMeta } from '../shared/article/meta'

const time = (run: () => unknown): number => {
  const started = performance.now()
  run()
  return performance.now() - started
}

/**
 * An article's row written from its document (the store's projection, what every save and
 * live edit ends in) with its search terms, against the same store writing no terms; the
 * two alternate, edit by edit, on files side by side.
 */
const saveWithIndex: Benchmark = {
  name: 'save of a 930-word article with the search index (vs without)',
  unit: 'ms',
  async measure() {
    const dir = resolve('out', 'bench', `search-save-${process.pid}`)
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const withIndex = openDatabase(join(dir, 'with.sqlite'), { log: nullLog })
    const without = openDatabase(join(dir, 'without.sqlite'), { log: nullLog })
    try {
      const stores = [createArticleStore(withIndex), createArticleStore(without, nullLog, { indexForSearch: false })] as const
      const article = generatedArticle(7, 84)
      const ids = stores.map((store) => store.create(article.meta, article.body).id)
      const samples: number[] = []
      const baseline: number[] = []
      for (let i = 0; i < 120; i++) {
        const edited = generatedArticle(1000 + i, 84)
        for (const [which, store] of stores.entries()) {
          const id = ids[which]!
          const meta = { ...store.get(id).meta, headline: edited.meta.headline! }
          const took = time(() => store.project({ id, meta, body: edited.body }))
          if (i >= 20) (which === 0 ? samples : baseline).push(took)
        }
      }
      return { samples, baseline }
    } finally {
      withIndex.close()
      without.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/**
 * Saves of a 10,000-word article through the same store with the index and without it,
 * alternating on files side by side.
 */
function longArticleSaves(name: string, edit: (base: ArticleBody, i: number) => { meta: ArticleMeta; body: ArticleBody }): Benchmark {
  return {
    name,
    unit: 'ms',
    async measure() {
      const dir = resolve('out', 'bench', `search-save-long-${process.pid}`)
      rmSync(dir, { recursive: true, force: true })
      mkdirSync(dir, { recursive: true })
      const withIndex = openDatabase(join(dir, 'with.sqlite'), { log: nullLog })
      const without = openDatabase(join(dir, 'without.sqlite'), { log: nullLog })
      try {
        const stores = [createArticleStore(withIndex), createArticleStore(without, nullLog, { indexForSearch: false })] as const
        const base = buildArabicArticle(10_000)
        const ids = stores.map((store) => store.create(benchMeta, base).id)
        const samples: number[] = []
        const baseline: number[] = []
        for (let i = 0; i < 170; i++) {
          const { meta, body } = edit(base, i)
          for (const [which, store] of stores.entries()) {
            const took = time(() => store.project({ id: ids[which]!, meta, body }))
            if (i >= 20) (which === 0 ? samples : baseline).push(took)
          }
        }
        return { samples, baseline }
      } finally {
        withIndex.close()
        without.close()
        rmSync(dir, { recursive: true, force: true })
      }
    }
  }
}

// The case a journalist waits on: one paragraph edited, save after save.
const paragraphEdit = longArticleSaves('save of a one-paragraph edit to a 10,000-word article with the search index (vs without)', (base, i) => ({
  meta: benchMeta,
  body: editOneParagraph(base, i)
}))

// A save that changes nothing the index holds.
const seoEdit = longArticleSaves("save of a 10,000-word article's SEO title alone with the search index (vs without)", (base, i) => ({
  meta: { ...benchMeta, seoTitle: `عنوان للبحث ${i}` },
  body: base
}))

export default [saveWithIndex, paragraphEdit, seoEdit]
