import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { readContent, writeBody } from '../shared/document/article-document'
import { bodyNode, documentFromArticle } from '../electron/core/documents/document-from-article'
import type { Benchmark } from './benchmark'
import { benchMeta, buildArabicArticle } from './arabic-article'
import { reviseArticle } from './article-edits'

const WARM_UP = 3
const ITERATIONS = 30

/** A session of `edits` small edits on a replica, each its own transaction, as typing makes them; returns what it changed. */
function offlineSession(base: Uint8Array, edits: number, seed: number): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdateV2(doc, base)
  const before = Y.encodeStateVector(doc)
  let body = readContent(doc).body
  for (let edit = 0; edit < edits; edit++) {
    body = reviseArticle(body, 1, seed * 1000 + edit)
    writeBody(doc, bodyNode(body))
  }
  return Y.encodeStateAsUpdateV2(doc, before)
}

/**
 * Merging two offline sessions (400 and 250 edits) of a 10,000-word article,
 * in both directions, against applying the same two sessions' bytes to an
 * empty document that has no base to merge into (pure decoding). Both
 * directions must give the same article.
 */
const mergeSessions: Benchmark = {
  name: 'merge two offline sessions (400 + 250 edits) of a 10,000-word article',
  unit: 'ms',
  async measure() {
    const base = Y.encodeStateAsUpdateV2(documentFromArticle({ meta: benchMeta, body: buildArabicArticle(10_000) }))
    const journalist = offlineSession(base, 400, 1)
    const editor = offlineSession(base, 250, 2)
    const samples: number[] = []
    const baseline: number[] = []
    for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
      const one = new Y.Doc()
      const other = new Y.Doc()
      Y.applyUpdateV2(one, base)
      Y.applyUpdateV2(other, base)
      let started = performance.now()
      Y.applyUpdateV2(one, journalist)
      Y.applyUpdateV2(one, editor)
      Y.applyUpdateV2(other, editor)
      Y.applyUpdateV2(other, journalist)
      const mergeMs = performance.now() - started
      if (JSON.stringify(readContent(one)) !== JSON.stringify(readContent(other))) throw new Error('the two directions merged differently')

      started = performance.now()
      Y.decodeUpdateV2(journalist)
      Y.decodeUpdateV2(editor)
      Y.decodeUpdateV2(editor)
      Y.decodeUpdateV2(journalist)
      const decodeMs = performance.now() - started
      if (i >= WARM_UP) {
        samples.push(mergeMs)
        baseline.push(decodeMs)
      }
    }
    return { samples, baseline }
  }
}

export default mergeSessions
