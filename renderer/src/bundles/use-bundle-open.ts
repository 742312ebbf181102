import { useCallback, useState } from 'react'
import { MAX_BUNDLE_BYTES, type BundleOpened, type BundlePreview } from '../../../shared/bundle/bundle-views'
import type { OpenedBundle } from '../../../shared/bundle/opened-bundle'
import type { MidadFailure } from '../../../shared/contract/errors'
import { useBackend } from '../backend/backend-context'
import { readFileAsBase64 } from '../editor/image-file'

export type BundleOpening =
  | { name: 'checking'; fileName: string }
  | { name: 'preview'; fileName: string; dataBase64: string; preview: BundlePreview }
  | { name: 'merging'; fileName: string; preview: BundlePreview }
  | { name: 'merged'; fileName: string; opened: BundleOpened }
  | { name: 'refused'; fileName: string; failure: MidadFailure }

const failure = (code: MidadFailure['code'], params?: MidadFailure['params']): MidadFailure => ({ code, message: code, params })
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`

/**
 * Opening a .midad file takes two steps: the back side reads and checks it and
 * says who sent it and what it would change here; only when the person agrees
 * is it merged. Until then the library is untouched.
 */
export function useBundleOpen(onMerged: (opened: BundleOpened) => void) {
  const { api } = useBackend()
  const [opening, setOpening] = useState<BundleOpening | null>(null)

  const preview = useCallback(
    async (fileName: string, dataBase64: string) => {
      const previewed = await api.previewBundle({ fileName, dataBase64 })
      if (!previewed.ok) return setOpening({ name: 'refused', fileName, failure: previewed.error })
      setOpening({ name: 'preview', fileName, dataBase64, preview: previewed.value })
    },
    [api]
  )

  const openFile = useCallback(
    async (file: File) => {
      const fileName = file.name
      // Refused here, before a file too big is read into memory at all.
      if (file.size > MAX_BUNDLE_BYTES) return setOpening({ name: 'refused', fileName, failure: failure('bundle_too_large', { limit: megabytes(MAX_BUNDLE_BYTES) }) })
      setOpening({ name: 'checking', fileName })
      let dataBase64: string
      try {
        dataBase64 = await readFileAsBase64(file)
      } catch {
        return setOpening({ name: 'refused', fileName, failure: failure('file_unreadable', { fileName }) })
      }
      await preview(fileName, dataBase64)
    },
    [preview]
  )

  /** A bundle the system opened with the app: the same steps as a file picked here. */
  const openHanded = useCallback(
    async (bundle: OpenedBundle) => {
      const { fileName } = bundle
      if (bundle.kind === 'too_large') return setOpening({ name: 'refused', fileName, failure: failure('bundle_too_large', { limit: megabytes(MAX_BUNDLE_BYTES) }) })
      if (bundle.kind === 'unreadable') return setOpening({ name: 'refused', fileName, failure: failure('file_unreadable', { fileName }) })
      setOpening({ name: 'checking', fileName })
      await preview(fileName, bundle.dataBase64)
    },
    [preview]
  )

  const merge = useCallback(async () => {
    if (opening?.name !== 'preview') return
    const { fileName, dataBase64, preview } = opening
    setOpening({ name: 'merging', fileName, preview })
    const opened = await api.openBundle({ fileName, dataBase64 })
    if (!opened.ok) return setOpening({ name: 'refused', fileName, failure: opened.error })
    setOpening({ name: 'merged', fileName, opened: opened.value })
    onMerged(opened.value)
  }, [api, opening, onMerged])

  const close = useCallback(() => setOpening(null), [])

  return { opening, openFile, openHanded, merge, close }
}

/** Whether a file is a review bundle rather than an article to import: by its name, as the picker and the drop see it. */
export const isBundleFile = (file: { name: string }) => /\.midad$/i.test(file.name)
