import { z } from 'zod'

// Metadata a newsroom article carries above its body (PUBLISHING.md).
// Limits are generous guards against runaway pastes, not editorial targets.
const line = (max: number) => z.string().max(max)

export const ArticleMeta = z.object({
  section: line(120),
  kicker: line(200),
  headline: line(500),
  dek: line(2000),
  byline: line(300),
  dateline: line(120)
})
export type ArticleMeta = z.infer<typeof ArticleMeta>

export const emptyMeta: ArticleMeta = {
  section: '',
  kicker: '',
  headline: '',
  dek: '',
  byline: '',
  dateline: ''
}
