import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { ArticleBody } from '../../../shared/article/body'
import { MidadError } from '../../../shared/contract/errors'
import { schemaKitOptions } from '../../../shared/schema/article-extensions'
import { articleSchema } from '../../../shared/schema/article-schema'
import { isAllowedLinkHref } from '../../../shared/schema/link-policy'
import { isMediaId } from '../../../shared/contract/media-id'
import { isLatinRunLanguage } from '../../../shared/schema/lang-mark'
import { relatedArticlesFrom } from '../../../shared/schema/related-articles'

const headingLevels = new Set<number>(
  typeof schemaKitOptions.heading === 'object' && schemaKitOptions.heading.levels ? schemaKitOptions.heading.levels : [2, 3]
)

const refuse = (detail: string): MidadError => new MidadError('invalid_body', { detail: detail.slice(0, 200) }, detail)

// ProseMirror checks structure; these are the article's own rules the schema
// cannot express: the headline is the page's only h1, links are web, mail or
// another library article, and a figure names a picture the app stored (or
// none yet: a figure may wait for its image), never a path or URL.
// Whether a linked article still exists is not checked here: it may be
// deleted after the link is saved, so that is for the pre-publish checks.
function checkArticleRules(doc: ProseMirrorNode): void {
  doc.descendants((node) => {
    if (node.type.name === 'heading' && !headingLevels.has(Number(node.attrs.level))) {
      throw refuse(`heading level ${String(node.attrs.level)}`)
    }
    if (node.type.name === 'figure') {
      const { mediaId, alt, caption, credit } = node.attrs
      if (mediaId !== null && !isMediaId(mediaId)) throw refuse('figure mediaId')
      if (![alt, caption, credit].every((v) => typeof v === 'string')) throw refuse('figure text')
    }
    if ((node.type.name === 'quote' || node.type.name === 'pullQuote') && typeof node.attrs.attribution !== 'string') {
      throw refuse(`${node.type.name} attribution`)
    }
    if (node.type.name === 'relatedArticles') {
      // Each entry must name a library article by id; the headline is a copy.
      const articles: unknown = node.attrs.articles
      if (!Array.isArray(articles) || relatedArticlesFrom(articles).length !== articles.length) throw refuse('related articles')
    }
    for (const mark of node.marks) {
      if (mark.type.name === 'link' && !isAllowedLinkHref(String(mark.attrs.href ?? ''))) {
        throw refuse('link href')
      }
      if (mark.type.name === 'lang' && !isLatinRunLanguage(mark.attrs.lang)) throw refuse('lang')
    }
    return true
  })
}

/**
 * Checks a body against the real article schema and returns it as the schema
 * sees it (unknown attributes dropped, defaults filled in), so the stored JSON
 * is exactly what the editor and the exporter will read back.
 */
export function checkArticleBody(body: unknown): ArticleBody {
  let doc: ProseMirrorNode
  try {
    doc = ProseMirrorNode.fromJSON(articleSchema(), body)
    doc.check()
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error))
  }
  if (doc.type.name !== 'doc') throw refuse(`top node ${doc.type.name}`)
  checkArticleRules(doc)
  return doc.toJSON() as ArticleBody
}
