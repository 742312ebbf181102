import { performance } from 'node:perf_hooks'
import { bodyPlainText } from '../shared/text/plain-text'
import { compareArticles } from '../electron/core/revisions/compare/compare-articles'
import type { Benchmark } from './benchmark'
import { benchMeta, buildArabicArticle } from './arabic-article'
import { reviseArticle } from './article-edits'

const WARM_UP = 3
const ITERATIONS = 40

/**
 * Comparing two revisions of a 10,000-word article about 900 changes apart,
 * as the history's compare view and `midad diff` do (blocks matched first,
 * then words inside the changed blocks), against reading both revisions'
 * plain text, the least any comparison must do. A word diff of the whole
 * document (about 20 s) is never run.
 */
const compareRevisions: Benchmark = {
  name: 'compare two revisions of a 10,000-word article (≈900 changes)',
  unit: 'ms',
  async measure() {
    const before = buildArabicArticle(10_000)
    const after = reviseArticle(before, 900, 7)
    const samples: number[] = []
    const baseline: number[] = []
    for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
      let started = performance.now()
      const comparison = compareArticles({ meta: benchMeta, body: before }, { meta: benchMeta, body: after })
      const compareMs = performance.now() - started
      if (comparison.wordsAdded === 0) throw new Error('the revisions compared as equal')
      started = performance.now()
      if (bodyPlainText(before) === bodyPlainText(after)) throw new Error('the revisions read the same')
      const readMs = performance.now() - started
      if (i >= WARM_UP) {
        samples.push(compareMs)
        baseline.push(readMs)
      }
    }
    return { samples, baseline }
  }
}

export default compareRevisions
