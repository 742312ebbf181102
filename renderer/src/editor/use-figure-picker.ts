import { useCallback, useRef, useState, type ChangeEvent } from 'react'
import type { Editor } from '@tiptap/core'
import { useBackend } from '../backend/backend-context'
import { useT } from '../i18n/locale-context'
import { storePicture } from './store-picture'

/**
 * tb-figure → file picker → the back side stores the picture → a figure node
 * is inserted. A refusal is shown and inserts nothing.
 */
export function useFigurePicker(editor: Editor | null, onError: (message: string | null) => void) {
  const { api } = useBackend()
  const t = useT()
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
      setAdding(true)
      onError(null)
      try {
        const stored = await storePicture(api, file, t)
        if (!stored.ok) {
          onError(stored.message)
          return
        }
        const { mediaId, width, height } = stored
        editor
          .chain()
          .focus()
          .insertContent({ type: 'figure', attrs: { mediaId, width, height, alt: '', caption: '', credit: '' } })
          .run()
      } finally {
        setAdding(false)
      }
    },
    [api, editor, t, onError]
  )

  return { fileInput, adding, pick, onFileChosen }
}
