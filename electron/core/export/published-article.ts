import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Article } from '../../../shared/article/article'
import type { ArticleBody, BodyNode } from '../../../shared/article/body'
import { suggestionIds } from '../../../shared/review/pending-suggestions'
import { bodyWithoutReview } from '../../../shared/review/published-body'
import { SUGGESTION_MARK_NAMES } from '../../../shared/schema/review-marks'
import { articleSchema } from '../../../shared/schema/article-schema'

const reviewMarks = new Set<string>([...SUGGESTION_MARK_NAMES, 'comment'])

/** Whether any node of the body carries a comment's anchor or a suggestion: most bodies never do, and are not parsed again. */
function holdsReview(nodes: readonly BodyNode[] | undefined): boolean {
  return (nodes ?? []).some((node) => (node.marks ?? []).some((mark) => reviewMarks.has(mark.type)) || holdsReview(node.content))
}

/**
 * The article as a reader outside the newsroom may see it: every pending
 * suggestion rejected (the text as it stood before anyone suggested) and no
 * comment's anchor left. Every published form (page, fragment, ninjs, the
 * preview, the pictures copied beside them) is made from this, never from
 * the body as stored.
 */
export function articleAsPublished(article: Article): Article {
  if (!holdsReview(article.body.content)) return article
  const body = bodyWithoutReview(ProseMirrorNode.fromJSON(articleSchema(), article.body)).toJSON() as ArticleBody
  return { ...article, body }
}

/** How many suggestions wait for a decision in the article: a draft export leaves them out and says so. */
export function suggestionsLeftOut(article: Article): number {
  if (!holdsReview(article.body.content)) return 0
  return suggestionIds(ProseMirrorNode.fromJSON(articleSchema(), article.body)).length
}
