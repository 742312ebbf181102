import { join } from 'node:path'
import type { Article } from '../../../shared/article/article'

/**
 * Where one article's export goes inside a folder holding exports: its own
 * sub-folder named by its id. The desktop app, the browser host and the CLI
 * lay exports out alike, so the web desk finds a batch from any of them the
 * same way, an export never mixes its files with another article's, and a
 * link between two exported articles (publishedArticlePath, `../<id>/`)
 * reaches its sibling folder.
 */
export function articleExportFolder(root: string, article: Pick<Article, 'id'>): string {
  return join(root, article.id)
}
