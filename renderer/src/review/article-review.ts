import type { Editor } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'
import { TextSelection } from '@tiptap/pm/state'
import { ySyncPluginKey, yUndoPluginKey } from '@tiptap/y-tiptap'
import { UndoManager, type Doc, type Transaction as YTransaction } from 'yjs'
import { addReply, deleteThread, editReply, setResolved, startThread, type ThreadRefusal } from '../../../shared/review/review-threads'
import { nameSuggestionAuthors, recordDecisions, suggestionAuthor, type DecisionRecord } from '../../../shared/review/suggestion-records'
import type { SuggestionDecision } from '../../../shared/review/suggestion-decisions'
import { applySuggestion, revertSuggestion } from '@handlewithcare/prosemirror-suggest-changes'
import { commentDraftIn, withCommentDraft } from './comment-draft'
import { markLayout } from '../../../shared/document/article-document'
import { keepWordsWrittenUnderComments, recordQuotedCharacters } from '../../../shared/review/quoted-characters'
import { emptyReview, readReview, type ReviewSnapshot } from './review-snapshot'
import { AS_IS, isSuggesting } from './suggesting-mode'

/** How long the body rests before the panel reads it again: never while a word is being typed. */
const READ_AFTER_MS = 250

const newId = () => globalThis.crypto.randomUUID()
const now = () => new Date().toISOString()

/** What the comment box needs to post: the words and the people named in them. */
export interface CommentText {
  text: string
  mentions: string[]
}

/**
 * Review of the open article: comments and suggestions, written into the
 * replica's document (so they are saved, travel and merge like the words) and
 * into the body through the editor (so a decision is undone like any edit).
 * The panel and the toolbar read its snapshot; it reads the body again only
 * after the body rests, so typing in a long article never waits for it.
 */
export class ArticleReview {
  private editor: Editor | null = null
  private person: string | null = null
  private snapshot: ReviewSnapshot = emptyReview
  private draft = false
  private suggesting = false
  private readonly listeners = new Set<() => void>()
  private timer: ReturnType<typeof setTimeout> | null = null
  private stopWatching: (() => void) | null = null

  constructor(readonly doc: Doc) {
    const records = ['threads', 'threadStates', 'replies', 'suggestionAuthors', 'commentQuotes'].map((name) => doc.getMap(name))
    const decisions = doc.getArray('decisions')
    const changed = () => this.readSoon()
    for (const record of records) record.observe(changed)
    decisions.observe(changed)
    // An undo brings deleted words back as new characters: those written
    // back under a comment's mark become that thread's words again.
    doc.on('afterTransaction', this.afterUndo)
  }

  private readonly afterUndo = (transaction: YTransaction): void => {
    if (!(transaction.origin instanceof UndoManager)) return
    const before = transaction.beforeState
    queueMicrotask(() => keepWordsWrittenUnderComments(this.doc, before))
  }

  /** The editor of the article's body, once made (null when it goes). */
  attach(editor: Editor | null): void {
    this.stopWatching?.()
    this.stopWatching = null
    this.editor = editor
    if (!editor) return
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      const draft = commentDraftIn(editor.state) !== null
      const suggesting = isSuggesting(editor.state)
      if (draft !== this.draft || suggesting !== this.suggesting) {
        this.draft = draft
        this.suggesting = suggesting
        this.tell()
      }
      if (transaction.docChanged) this.readSoon()
    }
    editor.on('transaction', onTransaction)
    this.stopWatching = () => editor.off('transaction', onTransaction)
    // Once the article is on screen: reading a long body's review first would hold its opening up.
    this.readSoon()
  }

  /** Who is at the desk: the author of what they comment, suggest and decide. */
  writeAs(personId: string | null): void {
    this.person = personId
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  read = (): ReviewSnapshot => this.snapshot
  isWritingComment = (): boolean => this.draft
  isSuggesting = (): boolean => this.suggesting

  private tell(): void {
    for (const listener of this.listeners) listener()
  }

  private readSoon(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.readNow(), READ_AFTER_MS)
  }

  readNow(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (!this.editor || this.editor.isDestroyed) return
    this.snapshot = readReview(this.doc, this.editor.state.doc)
    this.tell()
  }

  dispose(): void {
    this.doc.off('afterTransaction', this.afterUndo)
    if (this.timer) clearTimeout(this.timer)
    this.attach(null)
    this.listeners.clear()
  }

  // ---- suggesting

  setSuggesting(on: boolean): void {
    this.editor?.commands.setSuggesting(on)
  }

  /** The editor made these suggestions: whoever is at the desk is their author. */
  suggested = (ids: string[]): void => {
    // A document holding review marks says so: an older app, which would delete what it cannot read, opens it read-only.
    markLayout(this.doc)
    if (this.person) nameSuggestionAuthors(this.doc, ids, this.person, now())
  }

  /** True when the person at the desk made this suggestion. */
  isMine = (id: string): boolean => this.person !== null && suggestionAuthor(this.doc, id)?.by === this.person

  /**
   * Accepts or rejects suggestions in the body, as one step the person can
   * undo: the decision's record goes into the document under the binding's
   * own origin and the undo manager watches it, so undoing the decision takes
   * its record back too.
   */
  decide(decision: SuggestionDecision, ids: readonly string[]): boolean {
    const editor = this.editor
    if (!editor || editor.isDestroyed || ids.length === 0 || !this.person) return false
    const before = readReview(this.doc, editor.state.doc).suggestions
    const undo = (yUndoPluginKey.getState(editor.state) as { undoManager?: UndoManager } | undefined)?.undoManager
    // A step of its own: undo takes back this decision, not the typing just before it.
    undo?.stopCapturing()
    const dispatch = (tr: Transaction) => editor.view.dispatch(tr.setMeta(AS_IS, true))
    let decided = 0
    for (const id of ids) {
      const command = decision === 'accept' ? applySuggestion(id) : revertSuggestion(id)
      if (command(editor.state, dispatch)) decided++
    }
    if (decided === 0) return false
    const at = now()
    const records: DecisionRecord[] = before
      .filter((suggestion) => ids.includes(suggestion.id))
      .map((suggestion) => ({
        suggestion: suggestion.id,
        decision,
        by: this.person!,
        at,
        inserted: suggestion.inserted,
        deleted: suggestion.deleted,
        suggestedBy: suggestion.by
      }))
    undo?.addToScope(this.doc.getArray('decisions'))
    this.doc.transact(() => recordDecisions(this.doc, records), ySyncPluginKey)
    undo?.stopCapturing()
    this.readNow()
    return true
  }

  // ---- comments

  /** Starts a comment on the selected words; false when no words are selected. */
  startComment(): boolean {
    const editor = this.editor
    if (!editor || editor.isDestroyed) return false
    const { from, to, empty } = editor.state.selection
    if (empty || editor.state.doc.textBetween(from, to, ' ').trim() === '') return false
    editor.view.dispatch(withCommentDraft(editor.state.tr, { from, to }))
    return true
  }

  cancelComment(): void {
    const editor = this.editor
    if (editor && !editor.isDestroyed && commentDraftIn(editor.state)) editor.view.dispatch(withCommentDraft(editor.state.tr, null))
  }

  /** Posts the comment being written: its words marked, its thread opened. Returns the thread, or null when its words are gone. */
  postComment(comment: CommentText): string | null {
    const editor = this.editor
    const range = editor && !editor.isDestroyed ? commentDraftIn(editor.state) : null
    if (!editor || !range || !this.person) return null
    const thread = newId()
    const quote = editor.state.doc.textBetween(range.from, range.to, ' ')
    const mark = editor.schema.mark('comment', { thread })
    // The anchor is not an edit of the words: never a suggestion, and no step of undo.
    const tr = withCommentDraft(editor.state.tr.addMark(range.from, range.to, mark), null).setMeta(AS_IS, true).setMeta('addToHistory', false)
    editor.view.dispatch(tr)
    markLayout(this.doc)
    startThread(this.doc, { id: thread, quote }, { id: newId(), by: this.person, at: now(), ...comment })
    recordQuotedCharacters(this.doc, thread, editor.state.doc, range)
    this.readNow()
    return thread
  }

  reply(thread: string, comment: CommentText): void {
    if (!this.person) return
    addReply(this.doc, thread, { id: newId(), by: this.person, at: now(), ...comment })
  }

  editComment(replyId: string, comment: CommentText): ThreadRefusal | null {
    if (!this.person) return 'not_author'
    return editReply(this.doc, replyId, { by: this.person, at: now(), ...comment })
  }

  setResolved(thread: string, resolved: boolean): ThreadRefusal | null {
    if (!this.person) return 'not_author'
    return setResolved(this.doc, thread, resolved, this.person, now())
  }

  /** Deletes a thread its author opened, and its anchor with it. */
  deleteThread(thread: string): ThreadRefusal | null {
    if (!this.person) return 'not_author'
    const refusal = deleteThread(this.doc, thread, this.person)
    if (refusal) return refusal
    const editor = this.editor
    if (editor && !editor.isDestroyed) {
      const { state } = editor
      const tr = state.tr
      state.doc.descendants((node, pos) => {
        for (const mark of node.marks) if (mark.type.name === 'comment' && mark.attrs.thread === thread) tr.removeMark(pos, pos + node.nodeSize, mark)
        return true
      })
      if (tr.docChanged) editor.view.dispatch(tr.setMeta(AS_IS, true).setMeta('addToHistory', false))
    }
    this.readNow()
    return null
  }

  // ---- finding things in the body

  /** Selects the range in the body and brings it into view. */
  locate(from: number, to: number): boolean {
    const editor = this.editor
    if (!editor || editor.isDestroyed) return false
    const size = editor.state.doc.content.size
    const selection = TextSelection.create(editor.state.doc, Math.min(from, size), Math.min(to, size))
    editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView())
    editor.view.focus()
    return true
  }

  /** The range a suggestion covers now, or null when it is gone. */
  suggestionRange(id: string): { from: number; to: number } | null {
    const editor = this.editor
    if (!editor || editor.isDestroyed) return null
    let from = -1
    let to = -1
    editor.state.doc.descendants((node, pos) => {
      if (node.marks.some((mark) => ['insertion', 'deletion', 'modification'].includes(mark.type.name) && String(mark.attrs.id) === id)) {
        if (from < 0) from = pos
        to = pos + node.nodeSize
      }
      return true
    })
    return from < 0 ? null : { from, to }
  }

  /** The thread range now, or null when detached. */
  threadRange(thread: string): { from: number; to: number } | null {
    const editor = this.editor
    if (!editor || editor.isDestroyed) return null
    let from = -1
    let to = -1
    editor.state.doc.descendants((node, pos) => {
      if (node.marks.some((mark) => mark.type.name === 'comment' && mark.attrs.thread === thread)) {
        if (from < 0) from = pos
        to = pos + node.nodeSize
      }
      return true
    })
    return from < 0 ? null : { from, to }
  }
}
