import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import type { ArticleBody } from '../../../shared/article/body'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { MidadError } from '../../../shared/contract/errors'
import { publishedBlocks, publishedLinkOptions } from './published-blocks'

// Built once: the very schema the editor uses, block direction included.
const extensions = articleExtensions({ kit: { link: publishedLinkOptions() } })

/**
 * The body as published, rendered from the stored JSON by the same node
 * definitions the editor uses. Working state (the editor's trailing line, an
 * unfilled related-articles block, an empty waiting figure) is left out of the
 * page, and internal links point at the sibling exported article.
 */
export function renderArticleBody(body: ArticleBody): string {
  const content = publishedBlocks(body.content ?? [])
  try {
    return renderToHTMLString({ content: { type: 'doc', content }, extensions })
  } catch (error) {
    throw new MidadError('export_failed', { detail: (error as Error).message })
  }
}
