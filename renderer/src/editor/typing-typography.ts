import { Extension } from '@tiptap/core'
import type { ResolvedPos } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { directionOfLetter, firstStrongDirection, typedCharacter, type TypingDirection, type TypographySettings } from '../../../shared/text/typography'
import { chosenDirectionPlugin, isDirectionChosen } from './chosen-direction'
import { defaultTypographySettings } from './typography-settings'

export interface TypingTypographyOptions {
  /** Read at each keystroke, so a changed setting applies at once. */
  settings: () => TypographySettings
}

function directionAt($from: ResolvedPos): TypingDirection {
  for (let depth = $from.depth; depth > 0; depth--) {
    if ($from.node(depth).attrs.dir === 'ltr') return 'ltr'
  }
  return 'rtl'
}

/**
 * The direction a paragraph takes from the first letter typed into it (digits
 * and punctuation before it say nothing), or null to leave it. Only after an English block (the new paragraph Enter
 * made there, or one beside it): the journalist may be going on in English or
 * back to Arabic, and the letter says which. After Arabic copy a Latin first
 * word (a brand, an agency) does not turn the paragraph (docs/arabic-text.md), and a
 * direction the journalist set with the toggle is kept.
 */
function directionFromFirstLetter(state: EditorState, $from: ResolvedPos, typed: string): TypingDirection | null {
  const block = $from.parent
  if ($from.depth !== 1 || !('dir' in block.attrs) || firstStrongDirection(block.textContent) !== null) return null
  const letter = directionOfLetter(typed)
  if (!letter) return null
  const index = $from.index(0)
  const afterEnglish = block.attrs.dir === 'ltr' || (index > 0 && state.doc.child(index - 1).attrs.dir === 'ltr')
  if (!afterEnglish || isDirectionChosen(state, $from.before(1))) return null
  return letter === directionAt($from) ? null : letter
}

/**
 * Typed characters become the newsroom's typography (shared/text/typography.ts):
 * Arabic punctuation, right-to-left quotes, the digit style; and a paragraph
 * begun after an English block runs the way its first letter does. Only
 * typing is changed; pasted text is left as it came, and one undo restores
 * what the key typed.
 */
export const TypingTypography = Extension.create<TypingTypographyOptions>({
  name: 'typingTypography',

  addOptions() {
    return { settings: () => defaultTypographySettings }
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      chosenDirectionPlugin(),
      new Plugin({
        key: new PluginKey('typingTypography'),
        props: {
          handleTextInput: (view, from, to, text) => {
            if (text.length !== 1 || view.composing) return false
            const $from = view.state.doc.resolve(from)
            if ($from.parent.type.spec.code) return false
            const turned = from === to ? directionFromFirstLetter(view.state, $from, text) : null
            const direction = turned ?? directionAt($from)
            const before = $from.parent.textBetween(Math.max(0, $from.parentOffset - 40), $from.parentOffset, undefined, '\uFFFC')
            const replacement = typedCharacter(text, before, direction, options.settings())
            if (replacement === null && turned === null) return false
            const tr = view.state.tr
            if (turned) tr.setNodeAttribute($from.before(1), 'dir', turned === 'ltr' ? 'ltr' : null)
            view.dispatch(tr.insertText(replacement ?? text, from, to))
            return true
          }
        }
      })
    ]
  }
})
