import { useSyncExternalStore } from 'react'
import type { ArticleReview } from './article-review'
import type { ReviewSnapshot } from './review-snapshot'

/** The open article's comments and suggestions, redrawn when they change. */
export const useReview = (review: ArticleReview): ReviewSnapshot => useSyncExternalStore(review.subscribe, review.read)

/** True while a new comment is being written. */
export const useWritingComment = (review: ArticleReview): boolean => useSyncExternalStore(review.subscribe, review.isWritingComment)
