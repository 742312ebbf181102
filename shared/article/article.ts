import { z } from 'zod'
import { ArticleMeta } from './meta'
import { ArticleBody } from './body'

export const ArticleId = z.string().uuid()

/** An article as stored: metadata, Tiptap body, and the revision it is at. */
export const Article = z.object({
  id: ArticleId,
  meta: ArticleMeta,
  body: ArticleBody,
  version: z.number().int().positive(),
  wordCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Article = z.infer<typeof Article>

export const ArticleSummary = z.object({
  id: ArticleId,
  headline: z.string(),
  section: z.string(),
  wordCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type ArticleSummary = z.infer<typeof ArticleSummary>
