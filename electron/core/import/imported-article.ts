import type { ArticleMeta } from '../../../shared/article/meta'
import type { ArticleBody } from '../../../shared/article/body'
import type { UnkeptContent } from '../../../shared/paste/unkept-content'

/**
 * A picture the file carried, for core to store. Until then the figure that
 * shows it names it by `key` in place of a media id.
 */
export interface ImportedPicture {
  key: string
  fileName: string
  bytes: Uint8Array
}

/** What every importer hands back: metadata and a body in the article schema. */
export interface ImportedArticle {
  meta: ArticleMeta
  body: ArticleBody
  /** Pictures to store before the article is created (only .docx has any). */
  pictures?: ImportedPicture[]
  /** What the file held that an article cannot keep, for the journalist to be told (none when absent). */
  unkept?: UnkeptContent
}
