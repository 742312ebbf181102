import { useCallback, useRef, useState } from 'react'
import type { Article } from '../../../shared/article/article'
import { importLimitBytes, limitMb } from '../../../shared/contract/import-limits'
import { useBackend } from '../backend/backend-context'
import { readFileAsBase64 } from '../editor/image-file'
import { refused, said, type ShownMessage } from '../common/shown-message'

/**
 * Imports one article file through core's importer (the same one `midad
 * import` uses). A file over the limit is refused here, before it is read
 * into memory and encoded, with the limit core holds its kind to; any other refusal is core's, by its code.
 */
export function useArticleImport(onImported: (article: Article) => void, onError: (message: ShownMessage | null) => void) {
  const { api } = useBackend()
  const [importing, setImporting] = useState(false)
  // The id of the import running now, so that Cancel can name it to core.
  const running = useRef<string | null>(null)
  const stopped = useRef<string | null>(null)

  const importFile = useCallback(
    async (file: File) => {
      onError(null)
      const fileName = file.name
      const limit = importLimitBytes(fileName)
      if (file.size > limit) {
        onError(said('error.import_too_large', { fileName, limitMb: limitMb(limit) }))
        return
      }
      setImporting(true)
      const importId = crypto.randomUUID()
      running.current = importId
      try {
        let dataBase64: string
        try {
          dataBase64 = await readFileAsBase64(file)
        } catch {
          onError(said('error.file_unreadable', { fileName }))
          return
        }
        // Cancelled while the file was still being read: core never hears of it.
        if (stopped.current === importId) {
          onError(said('library.importCancelled', { fileName }))
          return
        }
        const imported = await api.importArticle({ fileName, dataBase64, importId })
        if (imported.ok) onImported(imported.value)
        else if (imported.error.code === 'cancelled') onError(said('library.importCancelled', { fileName }))
        else onError(refused(imported.error))
      } finally {
        running.current = null
        setImporting(false)
      }
    },
    [api, onError, onImported]
  )

  const cancelImport = useCallback(() => {
    const importId = running.current
    // The import's own answer says it was cancelled; a failure to reach core
    // here leaves the import to finish (or fail) as it would have.
    if (!importId) return
    stopped.current = importId
    void api.cancelImport({ importId })
  }, [api])

  return { importing, importFile, cancelImport }
}
