import { z } from 'zod'

// The stored body is Tiptap JSON. This schema only checks its shape; core checks
// it against the article's ProseMirror schema before anything is written.
export interface BodyNode {
  type: string
  attrs?: Record<string, unknown>
  content?: BodyNode[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}

const Mark = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional()
})

export const BodyNode: z.ZodType<BodyNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(BodyNode).optional(),
    marks: z.array(Mark).optional(),
    text: z.string().optional()
  })
)

export const ArticleBody = z.object({
  type: z.literal('doc'),
  content: z.array(BodyNode).optional()
})
export type ArticleBody = z.infer<typeof ArticleBody>

export const emptyBody = (): ArticleBody => ({ type: 'doc', content: [{ type: 'paragraph' }] })
