import { ArticleId, type Article, type ArticleSummary } from '../../../shared/article/article'
import type { ArticleMeta } from '../../../shared/article/meta'
import type { ArticleBody } from '../../../shared/article/body'
import type { ArticleStatus, StatusChange } from '../../../shared/article/status'
import { MidadError } from '../../../shared/contract/errors'
import type { SaveResult } from '../../../shared/contract/operations'
import type { ArticleStore } from './article-store'

/** The library of articles: writing, finding and moving them through the workflow. */
export interface Articles {
  /** Most recently changed first; only those at one status when given. */
  listArticles(filter?: { status?: ArticleStatus }): ArticleSummary[]
  createArticle(meta?: Partial<ArticleMeta>, body?: ArticleBody): Article
  getArticle(id: string): Article // throws MidadError('not_found')
  /** The article, or null when the library has none by that id. */
  findArticle(id: string): Article | null
  saveArticle(input: { id: string; baseVersion: number; meta: ArticleMeta; body: ArticleBody }): SaveResult // MidadError('stale_version' | 'invalid_body' | 'not_found')
  deleteArticle(id: string): void
  setArticleStatus(id: string, status: ArticleStatus): ArticleStatus // throws MidadError('not_found' | 'invalid_input')
  /** Every change of the article's status, oldest first: who chose it ('set') or an edit after approval. */
  articleStatusHistory(id: string): StatusChange[] // throws MidadError('not_found')
  /** When the article became published (from its status history), or null while it is not published. */
  articlePublishedAt(id: string): string | null // throws MidadError('not_found')
}

// The CLI hands core the id as typed; the contract has already lower-cased it.
export const articleId = (id: string): string => ArticleId.safeParse(id).data ?? id

export function createArticles(store: ArticleStore): Articles {
  const findArticle = (id: string): Article | null => {
    try {
      return store.get(articleId(id))
    } catch (error) {
      if (error instanceof MidadError && error.code === 'not_found') return null
      throw error
    }
  }
  return {
    listArticles: (filter) => {
      const all = store.list()
      return filter?.status ? all.filter((summary) => summary.status === filter.status) : all
    },
    createArticle: (meta, body) => store.create(meta, body),
    getArticle: (id) => store.get(articleId(id)),
    findArticle,
    saveArticle: (input) => store.save({ ...input, id: articleId(input.id) }),
    deleteArticle: (id) => store.remove(articleId(id)),
    setArticleStatus: (id, status) => store.setStatus(articleId(id), status),
    articleStatusHistory: (id) => store.statusHistory(articleId(id)),
    articlePublishedAt: (id) => store.publishedAt(articleId(id))
  }
}
