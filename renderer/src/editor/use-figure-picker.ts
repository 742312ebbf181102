import { useCallback, useRef, useState, type ChangeEvent } from 'react'
import type { Editor } from '@tiptap/core'
import { MAX_IMAGE_BYTES } from '../../../shared/contract/operations'
import { useBackend } from '../backend/backend-context'
import { useT } from '../i18n/locale-context'
import { readFileAsBase64 } from './image-file'

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
      if (file.size > MAX_IMAGE_BYTES) {
        // Refused here rather than after reading and sending 25+ MB.
        onError(t('error.image_too_large', { fileName: file.name, limitMb: MAX_IMAGE_BYTES / 1024 / 1024 }))
        return
      }
      setAdding(true)
      onError(null)
      try {
        let dataBase64: string
        try {
          dataBase64 = await readFileAsBase64(file)
        } catch {
          onError(t('error.internal'))
          return
        }
        const stored = await api.addImage({ fileName: file.name, dataBase64 })
        if (!stored.ok) {
          onError(stored.error.message)
          return
        }
        const { mediaId, width, height } = stored.value
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
