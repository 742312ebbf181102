import { useCallback, useRef, useState, type ChangeEvent } from 'react'
import type { Editor } from '@tiptap/core'
import { useBackend } from '../backend/backend-context'
import { isolated } from '../i18n/user-text'
import { said, type ShownMessage } from '../common/shown-message'
import { focusBodyAfterInsert, keyboardOwner } from './focus-body'
import { figurePositionOf, forgetPlace, placeAfterInsert, type ArrivingFiles } from './picture-files'
import { storePicture, type StoredPicture } from './store-picture'

const figureOf = ({ mediaId, width, height }: Extract<StoredPicture, { ok: true }>) => ({
  type: 'figure',
  attrs: { mediaId, width, height, alt: '', caption: '', credit: '' }
})

/**
 * tb-figure → file picker → the back side stores the picture → a figure node
 * is inserted. Pictures dropped on the body or pasted as files take the same
 * path and land where they were dropped. A refusal is shown and inserts nothing.
 * A figure arriving never takes the keyboard from a field the journalist is
 * typing in (see focus-body.ts).
 */
export function useFigurePicker(editor: Editor | null, onError: (message: ShownMessage | null) => void) {
  const { api } = useBackend()
  const fileInput = useRef<HTMLInputElement>(null)
  const [adding, setAdding] = useState(false)

  const pick = useCallback(() => fileInput.current?.click(), [])

  const onFileChosen = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget
      const file = input.files?.[0]
      // Cleared at once so choosing the same file again still fires.
      input.value = ''
      if (!file || !editor) return
      const owner = keyboardOwner()
      setAdding(true)
      onError(null)
      try {
        const stored = await storePicture(api, file)
        if (!stored.ok) {
          onError(stored.message)
          return
        }
        if (editor.isDestroyed) return
        editor.commands.insertContent(figureOf(stored))
        focusBodyAfterInsert(editor, owner)
      } finally {
        setAdding(false)
      }
    },
    [api, editor, onError]
  )

  const placeFiles = useCallback(
    async ({ pictures, others, placeKey }: ArrivingFiles) => {
      if (!editor) return
      const owner = keyboardOwner()
      setAdding(pictures.length > 0)
      onError(others[0] ? said('editor.dropNotPicture', { fileName: isolated(others[0].name) }) : null)
      try {
        // One after another, so several dropped pictures keep their order.
        for (const file of pictures) {
          const stored = await storePicture(api, file)
          if (editor.isDestroyed) return
          if (!stored.ok) {
            onError(stored.message)
            continue
          }
          const at = figurePositionOf(editor.view, placeKey) ?? editor.state.selection.from
          const before = editor.state.doc
          editor.commands.insertContentAt(at, figureOf(stored))
          placeAfterInsert(editor.view, placeKey, before)
          focusBodyAfterInsert(editor, owner)
        }
      } finally {
        if (!editor.isDestroyed) forgetPlace(editor.view, placeKey)
        setAdding(false)
      }
    },
    [api, editor, onError]
  )

  return { fileInput, adding, pick, onFileChosen, placeFiles }
}
