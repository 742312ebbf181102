import type * as Y from 'yjs'
import type { ArticleBody } from '../../../shared/article/body'
import { suggestionIds } from '../../../shared/review/pending-suggestions'
import { readThreads } from '../../../shared/review/review-threads'
import { bodyNode } from '../documents/document-from-article'

/** A person named in one comment of a thread. */
export interface ThreadMention {
  thread: string
  reply: string
  person: string
  by: string
  at: string
  text: string
  resolved: boolean
}

/** What the library keeps of an article's review, from its document. */
export interface ReviewSummary {
  openThreads: number
  pendingSuggestions: number
  mentions: ThreadMention[]
}

/**
 * Counted from the document each time the row is written from it. A thread
 * is open until someone resolves it, whether its words are still there or
 * not: a detached thread still waits for an answer.
 */
export function reviewSummary(doc: Y.Doc, body: ArticleBody): ReviewSummary {
  const threads = readThreads(doc)
  return {
    openThreads: threads.filter((thread) => !thread.resolved).length,
    pendingSuggestions: suggestionIds(bodyNode(body)).length,
    mentions: threads.flatMap((thread) =>
      thread.replies.flatMap((reply) =>
        reply.mentions.map((person) => ({ thread: thread.id, reply: reply.id, person, by: reply.by, at: reply.at, text: reply.text, resolved: thread.resolved }))
      )
    )
  }
}
