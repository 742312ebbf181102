import { useCallback, useState } from 'react'
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
      try {
        let dataBase64: string
        try {
          dataBase64 = await readFileAsBase64(file)
        } catch {
          onError(said('error.file_unreadable', { fileName }))
          return
        }
        const imported = await api.importArticle({ fileName, dataBase64 })
        if (imported.ok) onImported(imported.value)
        else onError(refused(imported.error))
      } finally {
        setImporting(false)
      }
    },
    [api, onError, onImported]
  )

  return { importing, importFile }
}
