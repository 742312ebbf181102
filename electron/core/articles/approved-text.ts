import type { ArticleMeta } from '../../../shared/article/meta'
import { checkArticleBody } from './article-body-check'

/**
 * What an approval vouches for: the words a reader reads as the article, its
 * kicker, headline, dek and body. The rest (section, bylines, dateline, tags,
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
// program stored with its keys in another order is not taken for an edit.
function canonicalBody(bodyJson: string): string | null {
  try {
    return JSON.stringify(checkArticleBody(JSON.parse(bodyJson)))
  } catch {
    return null
  }
}

/** Whether a save changes the approved words (the body compared as the schema sees it). */
export function changesApprovedText(stored: ArticleText, next: ArticleText): boolean {
  if (approvedTextFields.some((field) => stored.meta[field] !== next.meta[field])) return true
  if (stored.bodyJson === next.bodyJson) return false
  return canonicalBody(stored.bodyJson) !== next.bodyJson
}
