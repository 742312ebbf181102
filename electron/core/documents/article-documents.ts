import type Database from 'better-sqlite3'
import type * as Y from 'yjs'
import type { Article } from '../../../shared/article/article'
import { vouchesForText, type StatusChange } from '../../../shared/article/status'
import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleMeta } from '../../../shared/article/meta'
import { MidadError } from '../../../shared/contract/errors'
import type { SaveResult } from '../../../shared/contract/operations'
import { readContent } from '../../../shared/document/article-document'
import type { ArticleStore, SaveArticleInput } from '../articles/article-store'
import { nullLog, type Log } from '../log/log'
import type { PeopleStore } from '../people/people-store'
import { documentFromArticle, editBy, editFromDraft } from './document-from-article'
import type { DocumentStore } from './document-store'
import { createProjector, PROJECTION_IDLE_MS } from './projector'

/**
 * Articles as documents: every write goes into the article's Yjs document
 * first, and the row the rest of core reads is written from it.
 */
export interface ArticleDocuments {
  /** A new article, born a document. */
  create(meta: Partial<ArticleMeta> | undefined, body: ArticleBody | undefined): Article
  /** A whole draft (the CLI, an importer, a window that sends whole drafts) written as one edit of the document. */
  saveDraft(input: SaveArticleInput): SaveResult
  /**
   * The article's document as a replica starts from it (format v2); a stored
   * article becomes a document the first time. Given a replica's state vector,
   * only what that replica lacks: how an open window catches up.
   */
  open(articleId: string, since?: Uint8Array): Uint8Array
  /**
   * Commits a replica's edit (format v2) by the person using this desk. An
   * edit of an approved or published article is written through at once: it
   * sends the article back to review, and the window is told in the answer.
   */
  apply(articleId: string, update: Uint8Array): { committedAt: string; statusChange?: StatusChange }
  /** The document's whole state now, the row brought up to it (format v2). */
  stateNow(articleId: string): Uint8Array
  /** Writes `content` into the document as one edit by this desk's person, and the row at once. */
  rewrite(articleId: string, content: { meta: unknown; body: unknown }): SaveResult
  /**
   * An edit core makes itself in the article's document for this desk's
   * person (a comment, a decision on suggestions): `write` runs under the
   * write lock on the document as committed, and its edit is committed and
   * the row written from it at once. When `write` throws, or the edit is
   * refused, nothing changed.
   */
  change(articleId: string, write: (doc: Y.Doc) => void): SaveResult
  /** Reads the article's document as committed now; `look` must not write in it. */
  read<T>(articleId: string, look: (doc: Y.Doc) => T): T
  /** The document's committed state (v2), or null while the article has none yet: reads, never converts. */
  committedState(articleId: string): Uint8Array | null
  /**
   * Takes an article's document from another desk, already checked on a
   * scratch copy. A new article is created under its own id with the
   * document exactly as it came, recorded as received; a known one takes
   * `update`, what it lacked, as one edit named for nobody here (its writers
   * are named inside it already). The row is written from the document.
   * Meant to run inside the caller's transaction.
   */
  receive(articleId: string, arrival: ArrivingDocument): void
  /** Called with each committed edit of a window, after its commit (the timed revisions count editing time from it). */
  onEdit(listener: (articleId: string) => void): void
  /** The row is brought up to the document before it is read. */
  beforeRead(articleId: string): void
  beforeReadAll(): void
  /** The article was deleted: nothing of it stays waiting. */
  removed(articleId: string): void
}

/** A document from another desk, and what this desk's copy lacks of it (null: nothing, or no copy here). */
export interface ArrivingDocument {
  state: Uint8Array
  update: Uint8Array | null
  fromDevice: string
  /** What the merged document says, already checked against the article schema. */
  content: { meta: ArticleMeta; body: ArticleBody }
}

export interface ArticleDocumentsOptions {
  log?: Log
  /** How long an article rests before its row follows its document. */
  projectionIdleMs?: number
  /**
   * Told, in the same commit as the row, each time an article's row is
   * written from its document: what else is kept from the document (the
   * review's counts and mentions) follows it there.
   */
  projected?: (articleId: string, doc: Y.Doc, content: { meta: ArticleMeta; body: ArticleBody }) => void
}

export function createArticleDocuments(
  db: Database.Database,
  store: ArticleStore,
  documents: DocumentStore,
  people: PeopleStore,
  options: ArticleDocumentsOptions = {}
): ArticleDocuments {
  const log = options.log ?? nullLog
  const personId = () => people.profile()?.id ?? null

  const projected = options.projected ?? (() => undefined)

  // The row and what follows it are written in one commit (a savepoint inside a caller's transaction).
  const projectTx = db.transaction((articleId: string): SaveResult => {
    const doc = documents.load(articleId)
    const { meta, body } = readContent(doc)
    const result = store.project({ id: articleId, meta, body })
    projected(articleId, doc, { meta, body })
    documents.markProjected(articleId)
    return result
  })
  const project = (articleId: string): SaveResult => projectTx.immediate(articleId)

  /** The row follows the document before anything reads it: an edit waiting here, or one left by another program or a killed one. */
  const bringRowUp = (articleId: string) => {
    projector.flush(articleId)
    if (!documents.isProjected(articleId)) projector.run(articleId)
  }
  const projector = createProjector(project, log, options.projectionIdleMs ?? PROJECTION_IDLE_MS)
  const editListeners: ((articleId: string) => void)[] = []

  /** Converts the stored article, once, under the write lock: a second program finds it converted. */
  const ensureDocument = db.transaction((articleId: string) => {
    if (documents.has(articleId)) return
    const article = store.get(articleId)
    documents.convert(articleId, () => documentFromArticle(article), people.device().deviceId)
  })

  // The row and the document change together: a refused draft leaves both as they were.
  const createTx = db.transaction((meta: Partial<ArticleMeta> | undefined, body: ArticleBody | undefined): Article => {
    const article = store.create(meta, body)
    const doc = documents.convert(article.id, () => documentFromArticle(article, personId()), people.device().deviceId)
    projected(article.id, doc, article)
    return article
  })

  const saveDraftTx = db.transaction((input: SaveArticleInput, checked: { meta: ArticleMeta; body: ArticleBody }): SaveResult => {
    const version = store.versionOf(input.id)
    if (version !== input.baseVersion) {
      throw new MidadError('stale_version', undefined, `article ${input.id} is at ${version}, not ${input.baseVersion}`)
    }
    ensureDocument(input.id)
    const edit = editFromDraft(documents.load(input.id), checked, personId())
    if (edit) documents.append(input.id, edit, personId())
    // The document now says exactly the checked draft: its row is written from that, not read back and checked again.
    const saved = store.projectChecked({ id: input.id, ...checked })
    projected(input.id, documents.load(input.id), checked)
    documents.markProjected(input.id)
    return saved
  })

  const rewriteTx = db.transaction((articleId: string, checked: { meta: ArticleMeta; body: ArticleBody }): SaveResult => {
    ensureDocument(articleId)
    const edit = editFromDraft(documents.load(articleId), checked, personId())
    if (edit) documents.append(articleId, edit, personId())
    return project(articleId)
  })

  const changeTx = db.transaction((articleId: string, write: (doc: Y.Doc) => void): SaveResult => {
    ensureDocument(articleId)
    const edit = editBy(documents.load(articleId), write, personId())
    if (!edit) {
      // Nothing to commit: the row already says what the document does.
      const { version, updatedAt, wordCount } = store.get(articleId)
      return { version, updatedAt, wordCount }
    }
    documents.append(articleId, edit, personId())
    return project(articleId)
  })

  const receiveTx = db.transaction((articleId: string, arrival: ArrivingDocument) => {
    if (!store.exists(articleId)) {
      store.create(arrival.content.meta, arrival.content.body, articleId)
      const doc = documents.receive(articleId, arrival.state, arrival.fromDevice)
      projected(articleId, doc, arrival.content)
      return
    }
    ensureDocument(articleId)
    if (arrival.update) documents.append(articleId, arrival.update, null)
    project(articleId)
  })

  return {
    create: (meta, body) => createTx.immediate(meta, body),

    committedState: (articleId) => (documents.has(articleId) ? documents.state(articleId) : null),

    receive(articleId, arrival) {
      projector.drop(articleId)
      try {
        receiveTx.immediate(articleId, arrival)
      } catch (error) {
        documents.forget(articleId)
        throw error
      }
    },

    change(articleId, write) {
      bringRowUp(articleId)
      try {
        return changeTx.immediate(articleId, write)
      } catch (error) {
        // The held copy may hold what was refused: it is read again from what was committed.
        documents.forget(articleId)
        throw error
      }
    },

    read(articleId, look) {
      if (!documents.has(articleId)) ensureDocument.immediate(articleId)
      return look(documents.load(articleId))
    },

    stateNow(articleId) {
      ensureDocument.immediate(articleId)
      bringRowUp(articleId)
      return documents.state(articleId)
    },

    rewrite(articleId, content) {
      bringRowUp(articleId)
      const checked = store.checkDraft(content)
      try {
        return rewriteTx.immediate(articleId, checked)
      } catch (error) {
        documents.forget(articleId)
        throw error
      }
    },

    onEdit: (listener) => void editListeners.push(listener),

    saveDraft(input) {
      bringRowUp(input.id)
      // The store's own checks first, so a refused draft never reaches the document.
      const checked = store.checkDraft(input)
      try {
        return saveDraftTx.immediate(input, checked)
      } catch (error) {
        documents.forget(input.id)
        throw error
      }
    },

    open(articleId, since) {
      // A window catches up after every change it is told of: no write lock just to find the document exists.
      if (!documents.has(articleId)) ensureDocument.immediate(articleId)
      return documents.state(articleId, since)
    },

    apply(articleId, update) {
      // Converted already (the window opened it): no write lock just to find that out.
      if (!documents.has(articleId)) ensureDocument.immediate(articleId)
      documents.append(articleId, update, personId())
      for (const listener of editListeners) listener(articleId)
      if (vouchesForText(store.statusOf(articleId))) {
        const { statusChange, updatedAt } = project(articleId)
        return statusChange ? { committedAt: updatedAt, statusChange } : { committedAt: updatedAt }
      }
      projector.touch(articleId)
      return { committedAt: new Date().toISOString() }
    },

    beforeRead: bringRowUp,
    beforeReadAll: () => {
      projector.flushAll()
      for (const articleId of documents.unprojected()) projector.run(articleId)
    },

    removed(articleId) {
      projector.drop(articleId)
      documents.forget(articleId)
    }
  }
}
