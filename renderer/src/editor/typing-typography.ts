import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { typedCharacter, type TypographySettings } from '../../../shared/text/typography'
import { defaultTypographySettings } from './typography-settings'

export interface TypingTypographyOptions {
  /** Read at each keystroke, so a changed setting applies at once. */
  settings: () => TypographySettings
}

/**
 * Typed characters become the newsroom's typography (shared/text/typography.ts):
 * Arabic punctuation, right-to-left quotes, the digit style. Only typing is
 * changed; pasted text is left as it came, and one undo restores what the
 * key typed.
 */
export const TypingTypography = Extension.create<TypingTypographyOptions>({
  name: 'typingTypography',

  addOptions() {
    return { settings: () => defaultTypographySettings }
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin({
        key: new PluginKey('typingTypography'),
        props: {
          handleTextInput: (view, from, to, text) => {
            if (text.length !== 1 || view.composing) return false
            const $from = view.state.doc.resolve(from)
            if ($from.parent.type.spec.code) return false
            let direction: 'rtl' | 'ltr' = 'rtl'
            for (let depth = $from.depth; depth > 0; depth--) {
              if ($from.node(depth).attrs.dir === 'ltr') direction = 'ltr'
            }
            const before = $from.parent.textBetween(Math.max(0, $from.parentOffset - 40), $from.parentOffset, undefined, '\uFFFC')
            const replacement = typedCharacter(text, before, direction, options.settings())
            if (replacement === null) return false
            view.dispatch(view.state.tr.insertText(replacement, from, to))
            return true
          }
        }
      })
    ]
  }
})
