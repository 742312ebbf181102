import * as Y from 'yjs'
import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import { MidadError } from '../../../shared/contract/errors'
import { ARTICLE_DOCUMENT_LAYOUT, hasMissingUpdates, layoutOf, readContent } from '../../../shared/document/article-document'
import { suggestionIds } from '../../../shared/review/pending-suggestions'
import { readThreads } from '../../../shared/review/review-threads'
import { bodyNode, documentFromArticle } from '../documents/document-from-article'
import { compareArticles } from '../revisions/compare/compare-articles'
import { contentHash } from '../revisions/revision-store'
import type { IncomingArticle, IncomingRevision } from './incoming'

type Content = { meta: ArticleMeta; body: ArticleBody }

/** This desk's copy of an article, as it stands before anything arrives. */
export interface LocalCopy {
  /** The committed document (v2), or, for an article never made a document here, its stored words. */
  document: { state: Uint8Array } | { stored: Content }
  revisionIds: ReadonlySet<string>
  /** Status changes already recorded, each as statusChangeKey gives it. */
  statusChanges: ReadonlySet<string>
}

/** One arriving article, checked on a scratch copy: what merging it does, and what to write. */
export interface CheckedArticle {
  incoming: IncomingArticle
  known: boolean
  /** Whether this desk's document takes anything from it. */
  documentChanges: boolean
  /** For a known article, what its document lacks (v2); null when it lacks nothing. */
  update: Uint8Array | null
  /** What the document says once merged, checked against the article schema. */
  content: Content
  before: Content | null
  wordsAdded: number
  wordsRemoved: number
  newThreads: number
  newSuggestions: number
  /** Revisions this desk lacks, with the hash of their words. */
  newRevisions: (IncomingRevision & { contentHash: string })[]
  newStatusChanges: number
}

export type Refuse = (detail: string) => MidadError

export const statusChangeKey = (change: { from: string | null; to: string; changedAt: string; reason: string; personId: string | null }): string =>
  JSON.stringify([change.from, change.to, change.changedAt, change.reason, change.personId])

/** A document read from outside: it decodes, nothing in it waits on an update it lacks, and its layout is one this build reads. */
function decodedDocument(state: Uint8Array, what: string, refuse: Refuse): Y.Doc {
  const doc = new Y.Doc({ gc: true })
  try {
    Y.applyUpdateV2(doc, state)
  } catch {
    throw refuse(`${what}: undecodable`)
  }
  if (hasMissingUpdates(doc)) throw refuse(`${what}: incomplete`)
  const layout = layoutOf(doc)
  if (layout !== undefined && layout > ARTICLE_DOCUMENT_LAYOUT) throw refuse(`${what}: newer layout ${layout}`)
  return doc
}

function checkedContent(doc: Y.Doc, what: string, check: (content: Content) => Content, refuse: Refuse): Content {
  try {
    return check(readContent(doc))
  } catch (error) {
    if (error instanceof MidadError) throw refuse(`${what}: ${error.params?.field ?? error.code}`)
    throw refuse(`${what}: unreadable`)
  }
}

const threadIds = (doc: Y.Doc): Set<string> => new Set(readThreads(doc).map((thread) => thread.id))
const pendingIds = (body: ArticleBody): Set<string> => new Set(suggestionIds(bodyNode(body)))
const countNew = (after: Set<string>, before: Set<string>): number => [...after].filter((id) => !before.has(id)).length

/**
 * Applies an arriving article to a scratch copy of this desk's (a fresh
 * document holding the local state, then the incoming one) and checks the
 * result as the article schema reads it, and every revision it brings. It
 * writes nothing: a refusal (`refuse`) leaves the library as it was.
 */
export function checkArrival(incoming: IncomingArticle, local: LocalCopy | null, check: (content: Content) => Content, refuse: Refuse): CheckedArticle {
  const what = `article ${incoming.id.slice(0, 8)}`
  // Whole on its own, whatever this desk holds: a bundle carries full states, never a part.
  const alone = decodedDocument(incoming.state, what, refuse)

  let scratch = alone
  let before: Content | null = null
  let beforeThreads = new Set<string>()
  let documentChanges = true
  let update: Uint8Array | null = null
  if (local) {
    scratch = new Y.Doc({ gc: true })
    // An article never made a document here becomes one on arrival, from its stored words.
    const state = 'state' in local.document ? local.document.state : Y.encodeStateAsUpdateV2(documentFromArticle(local.document.stored))
    Y.applyUpdateV2(scratch, state)
    before = readContent(scratch)
    beforeThreads = threadIds(scratch)
    const missingBefore = hasMissingUpdates(scratch)
    const vectorBefore = Y.encodeStateVector(scratch)
    let deletes = 0
    const countDeletes = (transaction: Y.Transaction) => (deletes += transaction.deleteSet.clients.size)
    scratch.on('afterTransaction', countDeletes)
    Y.applyUpdateV2(scratch, incoming.state)
    scratch.off('afterTransaction', countDeletes)
    if (!missingBefore && hasMissingUpdates(scratch)) throw refuse(`${what}: incomplete`)
    documentChanges = deletes > 0 || !equalBytes(Y.encodeStateVector(scratch), vectorBefore)
    // A document made here on arrival shares nothing with the incoming one: it takes all of it.
    if (documentChanges) update = 'state' in local.document ? Y.diffUpdateV2(incoming.state, vectorBefore) : incoming.state
  }
  const content = checkedContent(scratch, what, check, refuse)

  const newRevisions = incoming.revisions
    .filter((revision) => !local?.revisionIds.has(revision.id))
    .map((revision) => {
      const label = `${what} revision ${revision.id.slice(0, 8)}`
      const doc = decodedDocument(revision.state, label, refuse)
      checkedContent(doc, label, check, refuse)
      // Hashed as the revision store hashes what it records: the words as the document says them.
      return { ...revision, contentHash: contentHash(readContent(doc)) }
    })

  const empty: Content = { meta: content.meta, body: { type: 'doc', content: [] } }
  const { wordsAdded, wordsRemoved } = documentChanges ? compareArticles(before ?? empty, content) : { wordsAdded: 0, wordsRemoved: 0 }
  const beforePending = before ? pendingIds(before.body) : new Set<string>()
  return {
    incoming,
    known: local !== null,
    documentChanges,
    update,
    content,
    before,
    wordsAdded,
    wordsRemoved,
    newThreads: countNew(threadIds(scratch), beforeThreads),
    newSuggestions: countNew(pendingIds(content.body), beforePending),
    newRevisions,
    newStatusChanges: incoming.statusHistory.filter((change) => !local?.statusChanges.has(statusChangeKey(change))).length
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false
  return true
}
