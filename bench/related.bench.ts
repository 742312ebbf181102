import { performance } from 'node:perf_hooks'
import { archive } from './search.bench'
import type { Benchmark } from './benchmark'

// Suggestions for a related block over the search bench's generated archives (cached under out/bench/search).
// Against the search a journalist would run by hand for the same article: its headline's words.
const ROUNDS = 20
// Articles across the archive, with and without a rare word (every tenth carries one from n % 10 === 3).
const ARTICLES = [3, 17, 1_234, 5_003, 9_999]

const idOf = (n: number): string => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`

const time = (run: () => unknown): number => {
  const started = performance.now()
  run()
  return performance.now() - started
}

function suggestionsAt(size: number): Benchmark {
  return {
    name: `related suggestions at ${size.toLocaleString('en')} articles (vs searching the article's headline)`,
    unit: 'ms',
    async measure() {
      const { db, search } = archive(size)
      const headlineOf = db.prepare<[string], { headline: string }>('SELECT headline FROM articles WHERE id = ?')
      const samples: number[] = []
      const baseline: number[] = []
      for (let round = 0; round < ROUNDS; round++) {
        for (const n of ARTICLES) {
          const id = idOf(n)
          // The headline's words without the number the generator ends it with, each one required as the search asks.
          const query = headlineOf.get(id)!.headline.replace(/\(\d+\)/, '')
          samples.push(time(() => search.suggestRelated({ id })))
          baseline.push(time(() => search.searchArticles({ query, limit: 5 })))
        }
      }
      return { samples, baseline }
    }
  }
}

export default [suggestionsAt(10_000), suggestionsAt(100_000)]
