import type { ArticleMeta } from '../../../shared/article/meta'
import type { ArticleBody } from '../../../shared/article/body'

/** What every importer hands back: metadata and a body in the article schema. */
export interface ImportedArticle {
  meta: ArticleMeta
  body: ArticleBody
}
