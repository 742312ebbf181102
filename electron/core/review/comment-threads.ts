import { Transform } from '@tiptap/pm/transform'
import type * as Y from 'yjs'
import { MidadError } from '../../../shared/contract/errors'
import { markLayout, readBody, writeBody } from '../../../shared/document/article-document'
import { commentAnchors, findQuote } from '../../../shared/review/comment-anchors'
import { quotedWords, recordQuotedCharacters } from '../../../shared/review/quoted-characters'
import { readThreads, startThread } from '../../../shared/review/review-threads'
import type { CommentThreadView } from '../../../shared/review/review-views'
import { bodyNode } from '../documents/document-from-article'

/** Enough of the quote to recognise it in a message. */
const QUOTE_SHOWN = 80

/**
 * Every thread of the article, oldest first, with the words under its anchor
 * now. A thread whose words were all deleted is detached, never dropped: it
 * is listed with the words it was about. A thread whose quoted characters
 * were recorded is read from them (quoted-characters.ts: a merge can carry a
 * comment's mark past its words); one without, from its mark alone.
 */
export function threadViews(doc: Y.Doc): CommentThreadView[] {
  const recorded = quotedWords(doc)
  const marked = commentAnchors(bodyNode(readBody(doc)))
  return readThreads(doc).map((thread) => {
    const words = recorded.has(thread.id) ? recorded.get(thread.id)! : (marked.get(thread.id)?.words ?? '')
    const anchor = words === '' ? undefined : { words }
    return {
      id: thread.id,
      quote: thread.quote,
      by: thread.by,
      at: thread.at,
      resolved: thread.resolved,
      anchored: anchor !== undefined,
      words: anchor?.words ?? thread.quote,
      replies: thread.replies.map((reply) => ({
        id: reply.id,
        by: reply.by,
        at: reply.at,
        text: reply.text,
        mentions: reply.mentions,
        ...(reply.editedAt ? { editedAt: reply.editedAt } : {})
      }))
    }
  })
}

/** The threads nobody has resolved yet, anchored or detached. */
export const openThreadIds = (doc: Y.Doc): string[] => readThreads(doc).flatMap((thread) => (thread.resolved ? [] : [thread.id]))

export interface CommentOn {
  thread: string
  reply: string
  quote: string
  text: string
  by: string
  at: string
  mentions: readonly string[]
}

/**
 * Opens a thread on the first place the quoted words occur (within one
 * block): the words are marked with the thread's comment mark and the thread
 * starts with the comment, in the same edit. Words that are not in the text
 * are refused before anything is written.
 */
export function commentOn(doc: Y.Doc, comment: CommentOn): void {
  const quote = comment.quote.trim()
  if (quote === '') throw new MidadError('comment_quote_empty')
  const body = bodyNode(readBody(doc))
  const place = findQuote(body, quote)
  if (!place) throw new MidadError('comment_quote_not_found', { quote: quote.length > QUOTE_SHOWN ? `${quote.slice(0, QUOTE_SHOWN)}…` : quote })
  const mark = body.type.schema.marks.comment!.create({ thread: comment.thread })
  const commented = new Transform(body).addMark(place.from, place.to, mark).doc
  writeBody(doc, commented)
  recordQuotedCharacters(doc, comment.thread, commented, place)
  // A document holding review marks says so: an app from before review opens it read-only instead of deleting them.
  markLayout(doc)
  startThread(
    doc,
    { id: comment.thread, quote: body.textBetween(place.from, place.to, ' ') },
    { id: comment.reply, by: comment.by, at: comment.at, text: comment.text, mentions: comment.mentions }
  )
}
