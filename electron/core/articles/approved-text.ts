import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { ArticleMeta } from '../../../shared/article/meta'
import { bodyWithoutReview } from '../../../shared/review/published-body'
import { articleSchema } from '../../../shared/schema/article-schema'
import { checkArticleBody } from './article-body-check'

/**
 * What an approval vouches for: the words a reader reads as the article, its
 * kicker, headline, dek and body as it would be published (a comment, or a
 * suggestion still waiting, is not part of it: accepting one is). The rest (section, bylines, dateline, tags,
 * slug, SEO fields, lead image) is the desk's labelling and may change
 * without sending the article back to review.
 */
export const approvedTextFields = ['kicker', 'headline', 'dek'] as const satisfies readonly (keyof ArticleMeta)[]

export interface ArticleText {
  meta: Pick<ArticleMeta, (typeof approvedTextFields)[number]>
  /** The body as stored: the schema's JSON (checkArticleBody). */
  bodyJson: string
}

// The stored body is read through the schema again, so a body another
// program stored with its keys in another order is not taken for an edit;
// and without what review adds (comment anchors, suggestions still waiting),
// which never reaches a reader.
function publishedBody(bodyJson: string): string | null {
  try {
    return JSON.stringify(bodyWithoutReview(ProseMirrorNode.fromJSON(articleSchema(), checkArticleBody(JSON.parse(bodyJson)))).toJSON())
  } catch {
    return null
  }
}

/** Whether a save changes the approved words (the body compared as it would be published). */
export function changesApprovedText(stored: ArticleText, next: ArticleText): boolean {
  if (approvedTextFields.some((field) => stored.meta[field] !== next.meta[field])) return true
  if (stored.bodyJson === next.bodyJson) return false
  const before = publishedBody(stored.bodyJson)
  return before === null || before !== publishedBody(next.bodyJson)
}
