import { z } from 'zod'
import type * as Y from 'yjs'

/**
 * Comment threads, kept in the article's document beside the words they are
 * about, so they travel and merge with it. Each record is a plain value under
 * its own key in a top-level map: two desks replying to one thread at once
 * write two keys and both replies stay; two desks changing the same record
 * (resolving and reopening) end on one of the two, the same on both.
 *
 * Records come from whatever document merged in, so every read checks them
 * and leaves out what does not parse rather than failing the article.
 */

export const COMMENT_TEXT_MAX = 5_000
export const QUOTE_MAX = 2_000

const When = z.string().datetime({ offset: true })
const PersonId = z.string().min(1).max(64)

const ThreadRecord = z.object({ id: z.string().min(1).max(64), quote: z.string().max(QUOTE_MAX), by: PersonId, at: When })
const ThreadState = z.object({ resolved: z.boolean(), by: PersonId, at: When })
const ReplyRecord = z.object({
  id: z.string().min(1).max(64),
  thread: z.string().min(1).max(64),
  by: PersonId,
  at: When,
  text: z.string().max(COMMENT_TEXT_MAX),
  mentions: z.array(PersonId).max(50),
  editedAt: When.optional()
})
export type ReplyRecord = z.infer<typeof ReplyRecord>

/** A thread as the review panel shows it. */
export interface CommentThread {
  id: string
  /** The words it was first about: shown when they are gone from the text. */
  quote: string
  by: string
  at: string
  resolved: boolean
  /** Who resolved or reopened it last, and when. */
  stateBy?: string
  stateAt?: string
  /** The first is the comment that opened the thread. */
  replies: ReplyRecord[]
}

const threadsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('threads')
const statesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('threadStates')
const repliesOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('replies')

export interface NewComment {
  id: string
  by: string
  at: string
  text: string
  mentions: readonly string[]
}

/** Opens a thread on `quote` with its first comment. The caller marks the words with the thread's id in the same edit. */
export function startThread(doc: Y.Doc, thread: { id: string; quote: string }, first: NewComment): void {
  doc.transact(() => {
    threadsOf(doc).set(thread.id, { id: thread.id, quote: thread.quote.slice(0, QUOTE_MAX), by: first.by, at: first.at })
    addReply(doc, thread.id, first)
  })
}

export function addReply(doc: Y.Doc, thread: string, reply: NewComment): void {
  repliesOf(doc).set(reply.id, { id: reply.id, thread, by: reply.by, at: reply.at, text: reply.text, mentions: [...reply.mentions] })
}

/** Why a change of a thread was not made. */
export type ThreadRefusal = 'no_such_thread' | 'no_such_comment' | 'not_author'

export function editReply(doc: Y.Doc, replyId: string, change: { by: string; at: string; text: string; mentions: readonly string[] }): ThreadRefusal | null {
  const reply = ReplyRecord.safeParse(repliesOf(doc).get(replyId))
  if (!reply.success) return 'no_such_comment'
  if (reply.data.by !== change.by) return 'not_author'
  repliesOf(doc).set(replyId, { ...reply.data, text: change.text, mentions: [...change.mentions], editedAt: change.at })
  return null
}

export function setResolved(doc: Y.Doc, thread: string, resolved: boolean, by: string, at: string): ThreadRefusal | null {
  if (!threadsOf(doc).has(thread)) return 'no_such_thread'
  statesOf(doc).set(thread, { resolved, by, at })
  return null
}

/** Removes the thread and its replies; only the person who opened it may. The caller takes its marks out of the body. */
export function deleteThread(doc: Y.Doc, thread: string, by: string): ThreadRefusal | null {
  const record = ThreadRecord.safeParse(threadsOf(doc).get(thread))
  if (!record.success) return 'no_such_thread'
  if (record.data.by !== by) return 'not_author'
  doc.transact(() => {
    threadsOf(doc).delete(thread)
    statesOf(doc).delete(thread)
    const replies = repliesOf(doc)
    // By the thread the record names, read or not: a reply this version
    // cannot read (a newer desk's, longer than it allows) belongs to its own
    // thread, and deleting this one must not take it.
    for (const [id, value] of replies.entries()) {
      if (threadNamedBy(value) === thread) replies.delete(id)
    }
  })
  return null
}

const threadNamedBy = (value: unknown): unknown =>
  typeof value === 'object' && value !== null ? (value as { thread?: unknown }).thread : undefined

const byTime = (a: { at: string; id: string }, b: { at: string; id: string }) =>
  a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/** Every thread in the document, oldest first, each with its replies oldest first. */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const replies = new Map<string, ReplyRecord[]>()
  for (const value of repliesOf(doc).values()) {
    const reply = ReplyRecord.safeParse(value)
    if (!reply.success) continue
    replies.set(reply.data.thread, [...(replies.get(reply.data.thread) ?? []), reply.data])
  }
  const threads: CommentThread[] = []
  for (const value of threadsOf(doc).values()) {
    const record = ThreadRecord.safeParse(value)
    if (!record.success) continue
    const state = ThreadState.safeParse(statesOf(doc).get(record.data.id))
    threads.push({
      ...record.data,
      resolved: state.success ? state.data.resolved : false,
      ...(state.success ? { stateBy: state.data.by, stateAt: state.data.at } : {}),
      replies: (replies.get(record.data.id) ?? []).sort(byTime)
    })
  }
  return threads.sort(byTime)
}
