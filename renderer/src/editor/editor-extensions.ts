import type { AnyExtension } from '@tiptap/core'
import { Placeholder } from '@tiptap/extensions'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import { EditorFigure } from './figure-view'
import { EditorQuote } from './quote-view'
import { PhysicalKeymap } from './physical-keymap'

export interface EditorHooks {
  mediaUrl: (mediaId: string) => string
  placeholder: () => string
  onLink: () => void
  onFieldBlur: () => void
}

/**
 * The article schema from shared/, plus what only an editor needs: history,
 * cursors, the trailing paragraph, list keys, the placeholder, node views and
 * layout-independent shortcuts.
 */
export function editorExtensions(hooks: EditorHooks): AnyExtension[] {
  return [
    ...articleExtensions({
      kit: {
        undoRedo: { depth: 200 },
        dropcursor: { color: 'var(--accent)', width: 2 },
        // The schema switches gapcursor off with `false`, its only typed value;
        // `undefined` lets StarterKit add it again.
        gapcursor: undefined,
        trailingNode: {},
        listKeymap: {}
      },
      figure: EditorFigure.configure({ mediaUrl: hooks.mediaUrl, onFieldBlur: hooks.onFieldBlur }),
      quote: EditorQuote.configure({ onFieldBlur: hooks.onFieldBlur })
    }),
    Placeholder.configure({ placeholder: () => hooks.placeholder() }),
    PhysicalKeymap.configure({ onLink: hooks.onLink })
  ]
}
