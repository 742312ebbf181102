import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** The words a comment being written is about, until it is posted or given up. */
export interface DraftRange {
  from: number
  to: number
}

const draftKey = new PluginKey<DraftRange | null>('midad-comment-draft')

export const commentDraftIn = (state: EditorState): DraftRange | null => draftKey.getState(state) ?? null

/** Sets (or, with null, clears) the range a new comment is about, on a transaction. */
export const withCommentDraft = <T extends { setMeta(key: PluginKey, value: unknown): T }>(tr: T, range: DraftRange | null): T =>
  tr.setMeta(draftKey, { range })

/**
 * Keeps the words a comment is being written about while the person writes
 * it: the range follows every edit (theirs, or words arriving from another
 * desk), and is shown highlighted. Nothing goes into the document until the
 * comment is posted, so a comment given up leaves no trace.
 */
export const CommentDraft = Extension.create({
  name: 'commentDraft',

  addProseMirrorPlugins() {
    return [
      new Plugin<DraftRange | null>({
        key: draftKey,
        state: {
          init: () => null,
          apply: (tr, range) => {
            const asked = tr.getMeta(draftKey) as { range: DraftRange | null } | undefined
            if (asked) return asked.range
            if (!range || !tr.docChanged) return range
            const from = tr.mapping.map(range.from, 1)
            const to = tr.mapping.map(range.to, -1)
            // Every word of it deleted: nothing is left to comment on.
            return from < to ? { from, to } : null
          }
        },
        props: {
          decorations: (state) => {
            const range = draftKey.getState(state)
            return range ? DecorationSet.create(state.doc, [Decoration.inline(range.from, range.to, { class: 'comment-draft' })]) : null
          }
        }
      })
    ]
  }
})
