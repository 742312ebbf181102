import { Mark } from '@tiptap/core'
import { deletion, insertion, modification } from '@handlewithcare/prosemirror-suggest-changes'

/**
 * The marks review writes into the body. None of them is ever published: the
 * exporter takes them out first (shared/review/published-body.ts).
 *
 * None of them is parsed from HTML either: a pasted <ins> or <del> from a web
 * page or another editor is not somebody's suggestion in this article, and a
 * comment copied with its words must not anchor a second place to one thread.
 */

/** The three suggestion marks, by the names the suggest-changes library looks for. */
export const SUGGESTION_MARK_NAMES = ['insertion', 'deletion', 'modification'] as const
export type SuggestionMarkName = (typeof SUGGESTION_MARK_NAMES)[number]

/** What a block that holds other blocks allows on them: a suggestion that inserts, deletes or changes a whole block. */
export const BLOCK_SUGGESTION_MARKS = SUGGESTION_MARK_NAMES.join(' ')

const suggestionId = { default: null, validate: 'string|number|null' }

export const InsertionMark = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: insertion.excludes,
  addAttributes: () => ({ id: suggestionId }),
  renderHTML: ({ mark }) => ['ins', { 'data-suggestion': String(mark.attrs.id), class: 'suggested-insertion' }, 0]
})

export const DeletionMark = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: deletion.excludes,
  addAttributes: () => ({ id: suggestionId }),
  renderHTML: ({ mark }) => ['del', { 'data-suggestion': String(mark.attrs.id), class: 'suggested-deletion' }, 0]
})

export const ModificationMark = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: modification.excludes,
  addAttributes: () => ({
    id: suggestionId,
    type: { default: 'attr' },
    attrName: { default: null },
    previousValue: { default: null },
    newValue: { default: null }
  }),
  renderHTML: ({ mark }) => ['span', { 'data-suggestion': String(mark.attrs.id), class: 'suggested-change' }, 0]
})

/**
 * A comment's anchor: the words a thread is about. Several threads may cover
 * the same words, so the mark does not exclude itself; typing at either edge
 * of the words does not join them (`inclusive: false`).
 */
export const CommentMark = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',
  addAttributes: () => ({ thread: { default: '' } }),
  renderHTML: ({ mark }) => ['span', { 'data-thread': String(mark.attrs.thread), class: 'comment-anchor' }, 0]
})

export const reviewMarks = [InsertionMark, DeletionMark, ModificationMark, CommentMark]
