import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import type { ArticleBody } from '../../../shared/article/body'
import { useBackend } from '../backend/backend-context'
import { useT } from '../i18n/locale-context'
import { EditorBridge } from './editor-bridge'
import { editorExtensions } from './editor-extensions'
import { LinkDialog } from './LinkDialog'
import { Toolbar } from './Toolbar'
import { useFigurePicker } from './use-figure-picker'

interface Props {
  initialBody: ArticleBody
  /** The body changed (typing, formatting, figure fields). */
  onEdit: () => void
  /** Focus left the body or one of its fields: save now. */
  onLeave: () => void
  onError: (message: string | null) => void
  onReady: (editor: Editor | null) => void
  onWordsChanged: (text: string) => void
}

const bodyText = (editor: Editor) => editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n\n', ' ')

/** The article body: toolbar, link box and the right-to-left Tiptap editor. */
export function BodyEditor({ initialBody, onEdit, onLeave, onError, onReady, onWordsChanged }: Props) {
  const t = useT()
  const { mediaUrl } = useBackend()
  const [linkOpen, setLinkOpen] = useState(false)

  const [bridge] = useState(
    () => new EditorBridge({ placeholder: () => t('body.placeholder'), onLink: () => setLinkOpen(true), onFieldBlur: onLeave })
  )
  useEffect(() => {
    bridge.update({ placeholder: () => t('body.placeholder'), onLink: () => setLinkOpen(true), onFieldBlur: onLeave })
  })
  const extensions = useMemo(() => editorExtensions(bridge.hooks(mediaUrl)), [bridge, mediaUrl])

  // A new object would make useEditor push fresh props into the view on every render.
  const editorProps = useMemo(
    () => ({
      // The copy is Arabic: the body is right-to-left once, and a block differs
      // only through its own `dir` (shared/schema/block-direction.ts).
      attributes: { class: 'article-body', dir: 'rtl', lang: 'ar', 'aria-label': t('body.label'), 'aria-multiline': 'true', role: 'textbox' }
    }),
    [t]
  )

  // useEditor calls the latest onUpdate/onBlur given to it on every render.
  const editor = useEditor({
    extensions,
    content: initialBody,
    shouldRerenderOnTransaction: false,
    editorProps,
    onCreate: ({ editor: created }) => onWordsChanged(bodyText(created)),
    onUpdate: ({ editor: updated }) => {
      onEdit()
      onWordsChanged(bodyText(updated))
    },
    onBlur: () => onLeave()
  })

  // A new interface language redraws the placeholder (an empty transaction
  // recomputes decorations without touching the article).
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false))
  }, [editor, t])

  useEffect(() => {
    onReady(editor)
    return () => onReady(null)
  }, [editor, onReady])

  const { fileInput, adding, pick, onFileChosen } = useFigurePicker(editor, onError)
  const closeLink = useCallback(() => setLinkOpen(false), [])

  return (
    <section className="body-section" aria-label={t('body.label')}>
      <div className="toolbar-bar">
        <Toolbar
          editor={editor}
          linkOpen={linkOpen}
          onLink={() => setLinkOpen((open) => !open)}
          onFigure={pick}
          addingFigure={adding}
        />
        {linkOpen && <LinkDialog editor={editor} onClose={closeLink} onError={onError} />}
        <input
          ref={fileInput}
          type="file"
          accept="image/*"
          data-testid="figure-file"
          hidden
          onChange={(event) => void onFileChosen(event)}
        />
      </div>
      <div className="body-editor" data-testid="body-editor" dir="rtl" lang="ar">
        <EditorContent editor={editor} />
      </div>
    </section>
  )
}
