import { ArticleId, type Article, type ArticleSummary } from '../../../shared/article/article'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleStatus, StatusChange } from '../../../shared/article/status'
import { MidadError } from '../../../shared/contract/errors'
import type { SaveResult } from '../../../shared/contract/operations'
import type { ArticleDocuments } from '../documents/article-documents'
import type { ArticleStore } from './article-store'
import { LibraryPageRequest, type LibraryPage } from '../../../shared/article/library-page'

/** The library of articles: writing, finding and moving them through the workflow. */
export interface Articles {
  /** Every article, most recently changed first; only those at one status when given. For batches and tests: the app pages. */
  listArticles(filter?: { status?: ArticleStatus }): ArticleSummary[]
  /** A page of the library, most recently changed first, with how many articles each status holds. */
  libraryPage(request?: LibraryPageRequest): LibraryPage // throws MidadError('invalid_input')
  createArticle(meta?: Partial<ArticleMeta>, body?: ArticleBody): Article
  getArticle(id: string): Article // throws MidadError('not_found')
  /** The article, or null when the library has none by that id. */
  findArticle(id: string): Article | null
  saveArticle(input: { id: string; baseVersion: number; meta: ArticleMeta; body: ArticleBody }): SaveResult // MidadError('stale_version' | 'invalid_body' | 'not_found')
  deleteArticle(id: string): void
  setArticleStatus(id: string, status: ArticleStatus): ArticleStatus // throws MidadError('not_found' | 'invalid_input' | 'status_needs_editor' | 'status_needs_publisher')
  /** Every change of the article's status, oldest first: who chose it ('set') or an edit after approval. */
  articleStatusHistory(id: string): StatusChange[] // throws MidadError('not_found')
  /** When the article became published (from its status history), or null while it is not published. */
  articlePublishedAt(id: string): string | null // throws MidadError('not_found')
  /** The article's Yjs document as a replica starts from it (update format v2); with a replica's state vector, only what it lacks. */
  openArticleDocument(id: string, since?: Uint8Array): Uint8Array // throws MidadError('not_found' | 'invalid_input')
  /** Commits a replica's edit (update format v2); what reads the article sees it at once. */
  applyArticleUpdate(id: string, update: Uint8Array): { committedAt: string; statusChange?: StatusChange } // MidadError('update_undecodable' | 'update_incomplete' | 'not_found')
}

// The CLI hands core the id as typed; the contract has already lower-cased it.
export const articleId = (id: string): string => ArticleId.safeParse(id).data ?? id

/** What the rest of core adds to a change of status: who may make it, who made it, and the revision it leaves. */
export interface StatusHooks {
  /** Throws the refusal when the person at this desk may not set the status. */
  allow(status: ArticleStatus): void
  personId(): string | null
  statusChanged(id: string, status: ArticleStatus): void
}

export function createArticles(store: ArticleStore, documents: ArticleDocuments, hooks: StatusHooks, readTogether: <T>(read: () => T) => T): Articles {
  const read = (id: string): Article => {
    documents.beforeRead(id)
    return store.get(id)
  }
  const findArticle = (id: string): Article | null => {
    try {
      return read(articleId(id))
    } catch (error) {
      if (error instanceof MidadError && error.code === 'not_found') return null
      throw error
    }
  }
  return {
    listArticles: (filter) => {
      documents.beforeReadAll()
      return store.list(filter?.status)
    },
    libraryPage: (request) => {
      const parsed = LibraryPageRequest.safeParse(request ?? {})
      if (!parsed.success) throw new MidadError('invalid_input', { field: parsed.error.issues[0]?.path.join('.') || 'request' }, parsed.error.message)
      const { status, offset, limit } = parsed.data
      documents.beforeReadAll()
      // One read transaction: the page, its total and the counts agree even while another desk writes.
      return readTogether(() => {
        const counts = store.counts()
        return { articles: store.page({ status, offset, limit }), offset, total: status ? counts[status] : counts.all, counts }
      })
    },
    createArticle: (meta, body) => documents.create(meta, body),
    getArticle: (id) => read(articleId(id)),
    findArticle,
    saveArticle: (input) => documents.saveDraft({ ...input, id: articleId(input.id) }),
    deleteArticle: (id) => {
      store.remove(articleId(id))
      documents.removed(articleId(id))
    },
    setArticleStatus: (id, status) => {
      const before = store.get(articleId(id)).status
      if (before === status) return status
      hooks.allow(status)
      const after = store.setStatus(articleId(id), status, hooks.personId())
      if (after !== before) hooks.statusChanged(articleId(id), after)
      return after
    },
    articleStatusHistory: (id) => store.statusHistory(articleId(id)),
    articlePublishedAt: (id) => store.publishedAt(articleId(id)),
    openArticleDocument: (id, since) => documents.open(articleId(id), since),
    applyArticleUpdate: (id, update) => documents.apply(articleId(id), update)
  }
}
