import type { ArticleStatus } from '../../../shared/article/status'
import { LABEL_MAX, type RevisionKind, type RevisionSummary } from '../../../shared/revisions/revision'
import { NOW, type RevisionComparison } from '../../../shared/revisions/comparison'
import { MidadError } from '../../../shared/contract/errors'
import type { ArticleStore } from '../articles/article-store'
import type { ArticleDocuments } from '../documents/article-documents'
import type { PeopleStore } from '../people/people-store'
import { compareArticles } from './compare/compare-articles'
import { contentHash, documentContent, type RevisionStore } from './revision-store'

/** An article's history: revisions recorded, listed, compared and restored. */
export interface Revisions {
  /** Saves the article as it is now, by hand, with an optional label ("sent to the desk"). */
  saveRevision(id: string, label?: string): RevisionSummary
  /** Every revision, oldest first. */
  articleHistory(id: string): RevisionSummary[]
  /** Two revisions compared, or a revision and now; by default the last revision against now. */
  compareRevisions(id: string, from?: string, to?: string): RevisionComparison
  /**
   * Brings the words of a revision back as a new edit: history is never
   * rewritten. What stood before is kept as a revision first, so a restore
   * can itself be undone by restoring that one.
   */
  restoreRevision(id: string, revision: string): RevisionSummary
  /** The article was closed: its changes since the last revision are kept as one. */
  closeArticle(id: string): RevisionSummary | null
}

/** What an importer does to an article that already exists. */
export interface NewVersions {
  /**
   * A newer version of the article (the journalist's file) written as one
   * edit, so the desk sees exactly what changed: what stood before is kept
   * as a revision first, the new version is one after it.
   */
  importNewVersion(id: string, content: { meta: unknown; body: unknown }, label: string): RevisionSummary
}

/** What the rest of core tells the history. */
export interface RevisionEvents {
  statusChanged(id: string, status: ArticleStatus): void
  imported(id: string): void
}

export interface RevisionOptions {
  /** Editing time between two timed revisions (10 minutes). */
  everyActiveMs?: number
  /** A pause longer than this is not editing time. */
  idleAfterMs?: number
  clock?: () => number
}

/** The revision the article was last approved at, as `from` or `to` of a comparison. */
export const APPROVED = 'approved'

export const TIMED_REVISION_EVERY_MS = 10 * 60 * 1000
const IDLE_AFTER_MS = 60 * 1000

export function createRevisions(
  store: ArticleStore,
  documents: ArticleDocuments,
  revisions: RevisionStore,
  people: PeopleStore,
  options: RevisionOptions = {}
): Revisions & RevisionEvents & NewVersions {
  const everyActiveMs = options.everyActiveMs ?? TIMED_REVISION_EVERY_MS
  const idleAfterMs = options.idleAfterMs ?? IDLE_AFTER_MS
  const clock = options.clock ?? Date.now
  const editing = new Map<string, { lastEditAt: number; activeMs: number }>()

  const record = (id: string, kind: RevisionKind, label = ''): RevisionSummary | null => {
    const state = documents.stateNow(id)
    const recorded = revisions.record({ articleId: id, state, kind, label, status: store.get(id).status, personId: people.profile()?.id ?? null })
    if (recorded) editing.delete(id)
    return recorded
  }

  documents.onEdit((id) => {
    const now = clock()
    const current = editing.get(id)
    const activeMs = (current?.activeMs ?? 0) + (current ? Math.min(now - current.lastEditAt, idleAfterMs) : 0)
    editing.set(id, { lastEditAt: now, activeMs })
    if (activeMs >= everyActiveMs) record(id, 'timed')
  })

  /** Keeps the present as a revision when the last one does not hold it, then writes `content` over it and records that. */
  const replaceRecorded = (id: string, content: { meta: unknown; body: unknown }, before: RevisionKind, after: RevisionKind, label: string) => {
    // Refused before anything is kept: a bad version leaves no revision behind either.
    store.checkDraft(content)
    const last = revisions.latest(id)
    if (!last || contentHash(documentContent(documents.stateNow(id))) !== contentHash(documentContent(last.state))) record(id, before)
    documents.rewrite(id, content)
    return record(id, after, label)!
  }

  const sideOf = (id: string, ref: string | undefined) => {
    if (ref === undefined || ref === NOW) {
      // The row brought up to the document first: it may lag behind a window's last edits by a second.
      documents.beforeRead(id)
      const article = store.get(id)
      return { ref: NOW, side: { meta: article.meta, body: article.body, status: article.status } }
    }
    // 'approved': the revision the article was last approved at.
    const pinned = ref === APPROVED ? store.approvedRevision(id) : ref
    if (pinned === null) throw new MidadError('revision_not_found', { revision: ref }, `article ${id} was never approved`)
    const revision = revisions.find(id, pinned)
    return { ref: revision.id, side: { ...revisions.contentOf(revision), status: revision.status } }
  }

  return {
    saveRevision(id, label = '') {
      const trimmed = label.trim()
      if (trimmed.length > LABEL_MAX) throw new MidadError('invalid_input', { field: 'label' }, 'label too long')
      return record(id, 'named', trimmed)!
    },

    articleHistory(id) {
      store.get(id)
      return revisions.list(id)
    },

    compareRevisions(id, from, to) {
      store.get(id)
      const fromRef = from ?? revisions.latest(id)?.id
      if (fromRef === undefined) throw new MidadError('revision_not_found', { revision: '-' }, `article ${id} has no revision yet`)
      const before = sideOf(id, fromRef)
      const after = sideOf(id, to)
      return { from: before.ref, to: after.ref, ...compareArticles(before.side, after.side) }
    },

    restoreRevision(id, ref) {
      store.get(id)
      const target = revisions.find(id, ref)
      return replaceRecorded(id, revisions.contentOf(target), 'before_restore', 'restore', target.at)
    },

    importNewVersion(id, content, label) {
      store.get(id)
      return replaceRecorded(id, content, 'before_import', 'import', label)
    },

    closeArticle: (id) => record(id, 'closed'),

    statusChanged(id, status) {
      const revision = record(id, 'status', status)!
      if (status === 'approved' || status === 'published') store.pinRevision(id, status, revision.id)
    },

    imported: (id) => void record(id, 'import')
  }
}
