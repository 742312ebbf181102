import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import type { ArticleBody } from '../../../shared/article/body'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { MidadError } from '../../../shared/contract/errors'

// Built once: the very schema the editor uses, block direction included.
const extensions = articleExtensions()

/**
 * The body as published, rendered from the stored JSON by the same node
 * definitions the editor uses. Empty top-level paragraphs (the editor's
 * trailing line, a double Enter) are spacing on screen, not copy, and are left
 * out of the page.
 */
export function renderArticleBody(body: ArticleBody): string {
  const content = (body.content ?? []).filter((node) => node.type !== 'paragraph' || (node.content?.length ?? 0) > 0)
  try {
    return renderToHTMLString({ content: { type: 'doc', content }, extensions })
  } catch (error) {
    throw new MidadError('export_failed', { detail: (error as Error).message })
  }
}
