// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { articleExtensions } from '../../../shared/schema/article-extensions'
import type { TypographySettings } from '../../../shared/text/typography'
import { TypingTypography } from './typing-typography'
import { toggleBlockDirection } from './block-direction-command'

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

describe('a new paragraph after an English block', () => {
  const english = { quoteStyle: 'curly', digitStyle: 'western' } as const
  const dirs = (target: Editor) => target.state.doc.content.content.map((node) => [node.attrs.dir as unknown, node.textContent])

  function afterEnglish(): Editor {
    const e = editorWith(english, 'ltr')
    type(e, 'We are ready')
    e.commands.enter()
    return e
  }

  it('turns right-to-left when the first letter typed is Arabic, with Arabic typography', () => {
    const e = afterEnglish()
    type(e, 'قال "نعم"')
    expect(dirs(e)).toEqual([['ltr', 'We are ready'], [null, 'قال \u201Dنعم\u201C']])
  })

  it('stays left-to-right when the first letter is Latin, and waits past digits and punctuation', () => {
    const e = afterEnglish()
    type(e, '"Yes"')
    expect(dirs(e)).toEqual([['ltr', 'We are ready'], ['ltr', '\u201CYes\u201D']])
    e.commands.enter()
    type(e, '3 ')
    type(e, 'ق')
    expect(dirs(e).at(-1)).toEqual([null, '3 ق'])
  })

  it('turns left-to-right after an English block when the empty paragraph there runs right-to-left', () => {
    editor = new Editor({
      extensions: [...articleExtensions({ kit: { undoRedo: {} } }), TypingTypography.configure({ settings: () => english })],
      content: { type: 'doc', content: [{ type: 'paragraph', attrs: { dir: 'ltr' }, content: [{ type: 'text', text: 'English' }] }, { type: 'paragraph' }] }
    })
    editor.commands.focus('end')
    type(editor, 'Then')
    expect(dirs(editor)).toEqual([['ltr', 'English'], ['ltr', 'Then']])
  })

  it('keeps a direction the journalist set with the toggle on the empty paragraph', () => {
    const e = afterEnglish()
    e.commands.command(({ state, dispatch }) => toggleBlockDirection(state, dispatch))
    expect(dirs(e).at(-1)).toEqual([null, ''])
    type(e, 'Reuters')
    expect(dirs(e).at(-1)).toEqual([null, 'Reuters'])
  })

  it('leaves a paragraph after Arabic copy right-to-left when it starts with a Latin name', () => {
    const e = editorWith(english)
    type(e, 'قال')
    e.commands.enter()
    type(e, 'Reuters')
    expect(dirs(e).at(-1)).toEqual([null, 'Reuters'])
  })

  it('gives back the letter and the direction with undo', () => {
    const e = afterEnglish()
    type(e, 'ق')
    e.commands.undo()
    expect(dirs(e)).toEqual([['ltr', 'We are ready'], ['ltr', '']])
  })
})

