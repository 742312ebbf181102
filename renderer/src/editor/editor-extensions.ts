import type { AnyExtension } from '@tiptap/core'
import { Placeholder } from '@tiptap/extensions'
import { Collaboration } from '@tiptap/extension-collaboration'
import type * as Y from 'yjs'
import { BODY_FIELD } from '../../../shared/document/article-document'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import type { TypographySettings } from '../../../shared/text/typography'
import { EditorFigure } from './figure-view'
import { EditorPullQuote, EditorQuote } from './quote-view'
import { EditorRelatedArticles } from './related-articles-view'
import { PhysicalKeymap } from './physical-keymap'
import { SlashKeys } from './slash-keys'
import { TypingTypography } from './typing-typography'
import { CleanPaste } from './clean-paste'
import { PictureFiles, type ArrivingFiles } from './picture-files'
import { CaretCatchUp } from './caret-catch-up'
import { BodyUndoSteps } from './body-undo'
import { ArrivingWords, documentBindingOptions } from './document-binding'
import { EditorTable } from './table-view'
import { ToolbarKey } from './toolbar-key'
import { SuggestingMode } from '../review/suggesting-mode'
import { CommentDraft } from '../review/comment-draft'

export interface EditorHooks {
  mediaUrl: (mediaId: string) => string
  placeholder: () => string
  onLink: () => void
  onFieldBlur: () => void
  onShortcutSheet: () => void
  /** A menu key while the slash menu may be open; true when the menu used it. */
  onSlashKey: (key: string) => boolean
  typography: () => TypographySettings
  /** Files dropped on the body or pasted as files. */
  onFiles: (files: ArrivingFiles) => void
  /** Ctrl+Alt+M: comment on the selected words. */
  onComment: () => void
  /** Ctrl+Shift+Alt+X: switch between editing and suggesting. */
  onSuggesting: () => void
  /** Suggestions just made, by id, for their author to be named. */
  onSuggested: (ids: string[]) => void
  /** True when the person at the desk made the suggestion. */
  isMySuggestion: (id: string) => boolean
}

/**
 * The article schema from shared/, plus what only an editor needs: the body
 * bound to the article's document (with the undo that takes back this
 * person's own changes only, never another desk's), cursors, the trailing paragraph, list keys, the placeholder, node views,
 * layout-independent shortcuts, the slash menu's keys, typing typography,
 * pictures dropped or pasted as files, keys that act where the caret is now,
 * and review: suggesting mode and the words a comment is being written about.
 */
export function editorExtensions(hooks: EditorHooks, document: Y.Doc): AnyExtension[] {
  return [
    ...articleExtensions({
      kit: {
        // Collaboration brings its own undo, which knows whose change is whose.
        undoRedo: false,
        dropcursor: { color: 'var(--accent)', width: 2 },
        // The schema switches gapcursor off with `false`, its only typed value;
        // `undefined` lets StarterKit add it again.
        gapcursor: undefined,
        trailingNode: {},
        listKeymap: {}
      },
      figure: EditorFigure.configure({ mediaUrl: hooks.mediaUrl, onFieldBlur: hooks.onFieldBlur }),
      quote: EditorQuote.configure({ onFieldBlur: hooks.onFieldBlur }),
      pullQuote: EditorPullQuote.configure({ onFieldBlur: hooks.onFieldBlur }),
      relatedArticles: EditorRelatedArticles,
      table: EditorTable.configure({ onFieldBlur: hooks.onFieldBlur })
    }),
    Collaboration.configure({ document, field: BODY_FIELD, ySyncOptions: documentBindingOptions() }),
    BodyUndoSteps,
    ArrivingWords,
    Placeholder.configure({ placeholder: () => hooks.placeholder() }),
    PhysicalKeymap.configure({ onLink: hooks.onLink, onShortcutSheet: hooks.onShortcutSheet, onComment: hooks.onComment, onSuggesting: hooks.onSuggesting }),
    SuggestingMode.configure({ onSuggested: hooks.onSuggested, isMine: hooks.isMySuggestion }),
    CommentDraft,
    SlashKeys.configure({ onKey: hooks.onSlashKey }),
    TypingTypography.configure({ settings: hooks.typography }),
    CleanPaste,
    PictureFiles.configure({ onFiles: hooks.onFiles }),
    CaretCatchUp,
    ToolbarKey
  ]
}
