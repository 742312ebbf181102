// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import type { TypographySettings } from '../../../shared/text/typography'
import { TypingTypography } from './typing-typography'

let editor: Editor | undefined
afterEach(() => editor?.destroy())

function editorWith(settings: TypographySettings, dir: 'ltr' | null = null): Editor {
  editor = new Editor({
    extensions: [...articleExtensions({ kit: { undoRedo: {} } }), TypingTypography.configure({ settings: () => settings })],
    content: { type: 'doc', content: [{ type: 'paragraph', attrs: { dir } }] }
  })
  editor.commands.focus('end')
  return editor
}

// What the view does with each key the journalist types.
function type(target: Editor, text: string): void {
  for (const ch of text) {
    const { from, to } = target.state.selection
    const insert = () => target.state.tr.insertText(ch, from, to)
    const handled = target.view.someProp('handleTextInput', (f) => f(target.view, from, to, ch, insert))
    if (!handled) target.view.dispatch(insert())
  }
}

describe('typing in the article body', () => {
  it('follows the newsroom settings: « » and Arabic-Indic digits', () => {
    const e = editorWith({ quoteStyle: 'guillemets', digitStyle: 'arabic-indic' })
    type(e, 'قال "نعم" عام 2026?')
    expect(e.state.doc.textContent).toBe('قال «نعم» عام ٢٠٢٦?')
  })

  it('uses right-to-left curly quotes and Western digits by default', () => {
    const e = editorWith({ quoteStyle: 'curly', digitStyle: 'western' })
    type(e, 'قال "نعم", عام ٢٠٢٦')
    expect(e.state.doc.textContent).toBe('قال \u201Dنعم\u201C, عام 2026')
  })

  it('leaves an English block as typed', () => {
    const e = editorWith({ quoteStyle: 'guillemets', digitStyle: 'arabic-indic' }, 'ltr')
    type(e, 'He said "yes", in 2026?')
    expect(e.state.doc.textContent).toBe('He said \u201Cyes\u201D, in 2026?')
  })

  it('gives back what the key typed with one undo', () => {
    const e = editorWith({ quoteStyle: 'curly', digitStyle: 'western' })
    type(e, 'لماذا')
    type(e, '?')
    expect(e.state.doc.textContent).toBe('لماذا؟')
    e.commands.undo()
    expect(e.state.doc.textContent).not.toContain('؟')
  })
})
