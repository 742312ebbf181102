import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { openCore, type Core } from '../electron/core/core'
import { readBundleFrame } from '../shared/bundle/bundle-frame'
import { MAX_BUNDLE_BYTES } from '../shared/bundle/bundle-views'
import type { Benchmark } from './benchmark'
import { benchMeta, buildArabicArticle } from './arabic-article'
import { reviseArticle } from './article-edits'

const WARM_UP = 2
const ITERATIONS = 12
const workDir = resolve('out', 'bench', 'bundle')

/**
 * A 10,000-word article as a journalist sends it for review: a first draft
 * kept by hand, four rounds of about thirty edits each kept as revisions, then
 * sent for review (a status revision): six revisions and the document.
 */
async function reviewedArticle(): Promise<Prepared> {
  const core = openCore({ dbPath: join(workDir, 'reporter.sqlite') })
  try {
    core.saveProfile({ name: 'سلمى حدّاد', role: 'journalist' })
    let body = buildArabicArticle(10_000)
    const { id } = core.createArticle(benchMeta, body)
    core.saveRevision(id, 'المسودة الأولى')
    const firstDraft = await core.writeBundle([id], 'review')
    for (let round = 1; round <= 4; round++) {
      body = reviseArticle(body, 30, round)
      core.saveArticle({ id, baseVersion: core.getArticle(id).version, meta: core.getArticle(id).meta, body })
      core.saveRevision(id, `الجولة ${round}`)
    }
    core.setArticleStatus(id, 'in_review')
    const bytes = await core.writeBundle([id], 'review')
    if (core.articleHistory(id).length !== 6) throw new Error('expected six revisions')
    return { bytes, firstDraft, id }
  } finally {
    core.close()
  }
}

interface Prepared {
  /** The article as sent for review. */
  bytes: Uint8Array
  /** The same article at its first draft, sent earlier. */
  firstDraft: Uint8Array
  id: string
}

let prepared: Promise<Prepared> | null = null
function prepare() {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  prepared ??= reviewedArticle()
  return prepared
}

/** The document's state as the bundle carries it, read back out of the file. */
function documentStateIn(core: Core, id: string): Uint8Array {
  return core.openArticleDocument(id)
}

/**
 * Opening that bundle on a desk that has never seen the article: read,
 * signature checked, every state decoded and checked on a scratch copy, the
 * words compared, then written in one transaction with its revisions. The
 * baseline applies the same document state to a fresh Y.Doc, the least any
 * import must do.
 */
const openBundle: Benchmark = {
  name: 'open a review bundle of a 10,000-word article with 6 revisions (new on this desk)',
  unit: 'ms',
  async measure() {
    const { bytes, id } = await prepare()
    readBundleFrame(bytes, MAX_BUNDLE_BYTES)
    const samples: number[] = []
    const baseline: number[] = []
    let state: Uint8Array | null = null
    for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
      const dbPath = join(workDir, `editor-${i}.sqlite`)
      const core = openCore({ dbPath })
      try {
        core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
        let started = performance.now()
        const opened = await core.openBundle(bytes)
        const openMs = performance.now() - started
        if (opened.articles[0]?.outcome !== 'new') throw new Error('the article did not arrive')
        state ??= documentStateIn(core, id)
        started = performance.now()
        const doc = new Y.Doc()
        Y.applyUpdateV2(doc, state)
        const applyMs = performance.now() - started
        if (doc.getXmlFragment('body').length === 0) throw new Error('the state held no body')
        if (i >= WARM_UP) {
          samples.push(openMs)
          baseline.push(applyMs)
        }
      } finally {
        core.close()
        rmSync(dbPath, { force: true })
        rmSync(`${dbPath}-wal`, { force: true })
        rmSync(`${dbPath}-shm`, { force: true })
      }
    }
    return { samples, baseline }
  }
}

/**
 * Opening the same bundle on a desk that already has the article's first
 * draft: the scratch copy holds both, and the merge appends what the desk
 * lacked (four rounds of edits, five revisions). The baseline applies that
 * bundle's document state to a document holding the first draft.
 */
const mergeBundle: Benchmark = {
  name: 'merge a review bundle of a 10,000-word article into the desk’s earlier copy',
  unit: 'ms',
  async measure() {
    const { bytes, firstDraft, id } = await prepare()
    const samples: number[] = []
    const baseline: number[] = []
    let states: { early: Uint8Array; late: Uint8Array } | null = null
    for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
      const dbPath = join(workDir, `desk-${i}.sqlite`)
      const core = openCore({ dbPath })
      try {
        core.saveProfile({ name: 'سارة القاسم', role: 'editor' })
        await core.openBundle(firstDraft)
        const early = documentStateIn(core, id)
        let started = performance.now()
        const opened = await core.openBundle(bytes)
        const mergeMs = performance.now() - started
        if (opened.articles[0]?.outcome !== 'merged') throw new Error('the bundle did not merge')
        states ??= { early, late: documentStateIn(core, id) }
        const doc = new Y.Doc()
        Y.applyUpdateV2(doc, states.early)
        started = performance.now()
        Y.applyUpdateV2(doc, states.late)
        const applyMs = performance.now() - started
        if (i >= WARM_UP) {
          samples.push(mergeMs)
          baseline.push(applyMs)
        }
      } finally {
        core.close()
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true })
      }
    }
    return { samples, baseline }
  }
}

/**
 * The size of that bundle, against the document's own state (one V2 update,
 * uncompressed): the revisions' states cost little beside it because all
 * states are compressed together.
 */
const bundleSize: Benchmark = {
  name: 'size of a review bundle of a 10,000-word article with 6 revisions',
  unit: 'KiB',
  async measure() {
    const { bytes, id } = await prepare()
    const core = openCore({ dbPath: join(workDir, 'reporter.sqlite') })
    let stateBytes: number
    try {
      stateBytes = documentStateIn(core, id).length
    } finally {
      core.close()
    }
    const kib = (n: number) => Math.round((n / 1024) * 10) / 10
    console.error(`  bundle ${kib(bytes.length)} KiB; the document's state alone ${kib(stateBytes)} KiB`)
    return { samples: [kib(bytes.length)], baseline: [kib(stateBytes)] }
  }
}

export default [bundleSize, openBundle, mergeBundle]
